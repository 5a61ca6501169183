# os: mkdir, makedirs, listdir, rename, replace, remove, unlink, rmdir, getcwd, in a folder of the test's own.
import os
import sys

base = sys.argv[1]
d = os.path.join(base, "sub")
os.mkdir(d)
os.makedirs(os.path.join(d, "x", "y"))
os.makedirs(os.path.join(d, "x", "y"), exist_ok=True)
os.makedirs(os.path.join(base, "a", "b", "c"), 0o755)
for name in ("f.txt", "g.txt", "h.log"):
    with open(os.path.join(d, name), "w") as f:
        f.write(name * 3)
print(sorted(os.listdir(d)))
print(sorted(os.listdir(path=base)))
os.rename(os.path.join(d, "f.txt"), os.path.join(d, "renamed.txt"))
os.replace(os.path.join(d, "g.txt"), os.path.join(d, "renamed.txt"))
with open(os.path.join(d, "renamed.txt")) as f:
    print(f.read())
os.remove(os.path.join(d, "renamed.txt"))
os.unlink(os.path.join(d, "h.log"))
os.rmdir(os.path.join(d, "x", "y"))
print(sorted(os.listdir(d)), os.listdir(os.path.join(d, "x")))
print(os.path.isdir(os.path.join(d, "x")), os.path.exists(os.path.join(d, "f.txt")))
here = os.getcwd()
print(sorted(os.listdir()) == sorted(os.listdir(".")) == sorted(os.listdir(None)), os.getcwd() == os.path.abspath("."))
print(os.path.isabs(here))
mtime = os.path.getmtime(d)
print(type(mtime).__name__, mtime > 1e9)
os.removedirs(os.path.join(base, "a", "b", "c"))
print(sorted(os.listdir(base)))
