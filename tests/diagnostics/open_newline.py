# expect: 4:29: error: open() newline= is not supported yet
import sys

with open(sys.argv[1], "w", newline="\r\n") as out:
    out.write("a\n")
