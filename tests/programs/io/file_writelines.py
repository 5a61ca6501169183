# f.writelines(lines): each str written in turn, nothing between them (an empty list included, and
# sys.stdout's); a closed file's ValueError.  pyzc refused it ("file.writelines() is not supported yet").
import os
import sys

sys.stdout.writelines(["x", "y\n"])
sys.stdout.writelines([])
path = os.path.join(sys.argv[1], "writelines.txt")
f = open(path, "w")
f.writelines(["1\n", "é", "\n"])
lines = []
f.writelines(lines)
lines.append("last")
f.writelines(lines)
f.close()
try:
    f.writelines(["z"])
except ValueError as e:
    print("ValueError", e)
with open(path, "a") as g:
    g.writelines([str(n) + "," for n in range(4)])
with open(path) as h:
    print(repr(h.read()))
