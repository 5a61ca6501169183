# expect: 5:17: error: iterating over a binary file is not supported yet (read() it)
import sys

with open(sys.argv[0], "rb") as f:
    for line in f:
        print(line)
