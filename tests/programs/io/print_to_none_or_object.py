# print(file=None) writes to sys.stdout, also where the file is an object or a file that may be None.
import io
import sys


def report(lines, out=None):
    for line in lines:
        print("-", line, file=out)
    print("done", file=out, flush=True)


buf = io.StringIO()
report(["a", "b"], buf)
report(["c"])
log = None
if len(sys.argv) > 5:
    log = io.StringIO()
print("to stdout", file=log)
print(repr(buf.getvalue()))
import os
path = os.path.join(sys.argv[1], "maybe.txt") if len(sys.argv) > 1 else "/tmp/pyzc_maybe.txt"
f = None
print("none file", file=f)
if len(sys.argv) > 1:
    f = open(path, "w")
print("file or none", file=f)
if f is not None:
    f.close()
    print(open(path).read(), end="")
