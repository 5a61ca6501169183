# A file from any expression manages a with statement: a variable, a function's result, sys.stdin.
import os
import sys


def opener(path, mode):
    if mode == "w":
        return open(path, "w")
    return open(path)


path = os.path.join(sys.argv[1], "w.txt")
f = open(path, "w")
with f:
    f.write("one\n")
print(f.closed)
with opener(path, "r") as g:
    print(g.read().strip(), g.closed)
print(g.closed)
try:
    with opener(path, "w") as h:
        h.write("partial\n")
        raise KeyError("boom")
except KeyError as e:
    print("KeyError", e, h.closed)
with open(path) as r:
    print(r.read().strip())
with sys.stdin as s:
    print(s.readline().strip())
print(sys.stdin.closed)
