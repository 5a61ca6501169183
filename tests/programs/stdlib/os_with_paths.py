# os and os.path take a pathlib.Path wherever they take a path, as CPython's do (os.fspath).
import os
import os.path
import sys
from pathlib import Path

base = Path(sys.argv[1])
d = base / "pkg"
os.mkdir(d)
os.makedirs(d / "a" / "b", exist_ok=True)
with open(d / "m.py", "w") as f:
    f.write("x = 1\n")
print(os.path.exists(d / "m.py"), os.path.isfile(d / "m.py"), os.path.isdir(d), os.path.getsize(d / "m.py"))
print(os.path.basename(d / "m.py"), os.path.splitext(d / "m.py")[1], os.path.split(d / "m.py")[1])
print(os.path.relpath(d / "a" / "b", base), os.path.isabs(d), os.path.normpath(Path("x/./y")))
print(sorted(os.listdir(d)), os.path.join(Path("a"), "b"))
for top, dirs, files in os.walk(d):
    dirs.sort()
    print(os.path.relpath(top, base), dirs, sorted(files))
os.rename(d / "m.py", d / "n.py")
os.remove(d / "n.py")
os.rmdir(d / "a" / "b")
print(sorted(os.listdir(d)), os.fspath(d / "q") == str(d / "q"), os.fspath("s"))
