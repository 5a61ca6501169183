# expect: 4:37: error: open() newline= is supported as None, "" or "\n" (a constant)
import sys

with open(sys.argv[1], "w", newline="\r\n") as out:
    out.write("a\n")
