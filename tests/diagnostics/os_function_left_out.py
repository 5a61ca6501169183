# expect: 4:14: error: os.scandir() is not supported yet
import os

for entry in os.scandir("."):
    print(entry)
