# expect: 3:7: error: exists() takes 1 positional argument but 2 were given
import os
print(os.path.exists("a", "b"))
