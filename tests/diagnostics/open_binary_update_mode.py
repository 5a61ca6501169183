# expect: 4:24: error: open() mode 'r+b' is not supported yet (supported: 'r', 'w', 'a', 'rb', 'wb', 'ab')
import sys

with open(sys.argv[0], "r+b") as f:
    print(len(f.read()))
