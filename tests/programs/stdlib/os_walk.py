# os.walk, top-down, as a generator: pruning dirs in place skips them.
import os
import sys

base = sys.argv[1]
for p in ("a/b/c", "a/d", "e", "skip/deep"):
    os.makedirs(os.path.join(base, p))
for p in ("top.txt", "a/one.py", "a/b/two.py", "a/b/c/three.txt", "skip/deep/x.txt", "e/four.txt"):
    with open(os.path.join(base, p), "w") as f:
        f.write(p)
for top, dirs, files in os.walk(base):
    dirs.sort()
    if "skip" in dirs:
        dirs.remove("skip")
    print(os.path.relpath(top, base), dirs, sorted(files))
count = 0
for top, dirs, files in os.walk(os.path.join(base, "a")):
    for name in files:
        if name.endswith(".py"):
            count += 1
print("py files:", count)
walked = list(os.walk(os.path.join(base, "e")))
print(len(walked), walked[0][1], walked[0][2])
print(list(os.walk(os.path.join(base, "missing"))))
for top, dirs, files in os.walk(os.path.join(base, "a"), topdown=False):
    print("up", os.path.relpath(top, base), sorted(dirs), sorted(files))
errors = []


def failed(err):
    errors.append(str(err).replace(base, "B"))


print(list(os.walk(os.path.join(base, "missing"), onerror=failed)), errors)
