# os's OSError subclasses, caught: CPython's errno messages.
import os
import sys

base = sys.argv[1]


def short(e):
    return str(e).replace(base, "B")


d = os.path.join(base, "d")
os.mkdir(d)
with open(os.path.join(d, "f"), "w") as fh:
    fh.write("x")
tries = [("listdir missing", lambda: os.listdir(os.path.join(base, "nope"))),
         ("listdir of a file", lambda: os.listdir(os.path.join(d, "f"))),
         ("mkdir existing", lambda: os.mkdir(d)),
         ("mkdir under a missing folder", lambda: os.mkdir(os.path.join(base, "no", "x"))),
         ("makedirs existing", lambda: os.makedirs(d)),
         ("makedirs over a file", lambda: os.makedirs(os.path.join(d, "f"), exist_ok=True)),
         ("rmdir not empty", lambda: os.rmdir(d)),
         ("rmdir of a file", lambda: os.rmdir(os.path.join(d, "f"))),
         ("remove missing", lambda: os.remove(os.path.join(d, "g"))),
         ("remove a folder", lambda: os.remove(d)),
         ("rename missing", lambda: os.rename(os.path.join(d, "g"), os.path.join(d, "h"))),
         ("getmtime missing", lambda: print(os.path.getmtime(os.path.join(base, "nope"))))]
for what, f in tries:
    try:
        f()
    except FileNotFoundError as e:
        print(what, "FileNotFoundError", short(e))
    except FileExistsError as e:
        print(what, "FileExistsError", short(e))
    except NotADirectoryError as e:
        print(what, "NotADirectoryError", short(e))
    except IsADirectoryError as e:
        print(what, "IsADirectoryError", short(e))
    except OSError as e:
        print(what, "OSError", short(e))
try:
    os.listdir("a\0b")
except ValueError as e:
    print("ValueError", e)
