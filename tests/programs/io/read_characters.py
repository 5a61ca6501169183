# f.read(n) reads n characters (not bytes; fewer at the end), mixed with readline, and from stdin
import os
import sys

path = os.path.join(sys.argv[1], "chars.txt")
with open(path, "w") as f:
    f.write("héllo\r\nwörld\nend")
f = open(path)
print(repr(f.read(1)), repr(f.read(3)), repr(f.read(0)), repr(f.readline()), repr(f.read(2)), repr(f.read(100)), repr(f.read(5)))
f.close()
g = open(path)
print(repr(g.read(-1)))
g.close()
c = sys.stdin.read(1)
print(repr(c), repr(sys.stdin.read(2)), repr(sys.stdin.read()))
