# expect: 4:13: error: os.listdir() is not supported yet
import os

for name in os.listdir("."):
    print(name)
