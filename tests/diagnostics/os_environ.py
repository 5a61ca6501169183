# expect: 4:8: error: os.environ is not supported yet (os.path.join(), os.path.exists()... are)
import os

home = os.environ["HOME"]
print(home)
