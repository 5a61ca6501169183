# An OSError's errno, strerror, filename, filename2 and args, as CPython sets them.
import os
import sys

base = sys.argv[1]
tries = [lambda: open(os.path.join(base, "missing.txt")).read(),
         lambda: str(os.listdir(os.path.join(base, "nope"))),
         lambda: str(os.mkdir(base)),
         lambda: str(os.rename(os.path.join(base, "a'b"), os.path.join(base, "c\\nd"))),
         lambda: open(base).read()]
for f in tries:
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.args, repr(e))
        name = e.filename
        other = e.filename2
        print(name.replace(base, "B") if name is not None else "-", other.replace(base, "B") if other is not None else "-")
        if e.errno == 2:
            print("missing", e.args[0], len(e.args))
try:
    raise FileNotFoundError("made by the program")
except OSError as e:
    print(e.errno, e.strerror, e.filename, e.filename2, e.args)
