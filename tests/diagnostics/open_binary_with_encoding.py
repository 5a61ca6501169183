# expect: 4:39: error: binary mode doesn't take an encoding argument
import sys

with open(sys.argv[0], "rb", encoding="utf-8") as f:
    print(len(f.read()))
