# expect: 4:24: error: binary files (mode 'rb') are not supported yet; pyzc opens text files with modes 'r', 'w' and 'a'
import sys

with open(sys.argv[0], "rb") as f:
    print(len(f.read()))
