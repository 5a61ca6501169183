# Misusing files raises what CPython raises: reading a file opened for writing (io.UnsupportedOperation, both an OSError and a ValueError), using a closed file (ValueError), opening a directory; the last one is left uncaught.
import os
import sys

path = os.path.join(sys.argv[1], "notes.txt")
out = open(path, "w")
try:
    out.read()
except ValueError as e:
    print("ValueError:", e)
try:
    for line in out:
        print(line)
except OSError as e:
    print("OSError:", e)
out.write("kept\n")
out.close()
try:
    out.write("lost\n")
except ValueError as e:
    print("closed:", e)
try:
    print("to a closed file", file=out)
except ValueError as e:
    print("closed print:", e)
inp = open(path)
try:
    inp.write("x")
except OSError as e:
    print("OSError:", e)
print(inp.read(), end="")
print(repr(inp.read()), repr(inp.readline()), inp.readlines())
inp.close()
inp.close()
print("closed twice is fine:", inp.closed)
with open(path) as again:
    print(again.name == path, again.closed)
    for line in again:
        print("line:", line.strip())
open("tests/programs/io/data")
