# with open() closes the file when an exception, a return or a break leaves the block; writes made before are kept; os.path helpers.
import os
import sys

folder = sys.argv[1]
path = os.path.join(folder, "data.txt")
handles = []


def write_then_fail(n):
    with open(path, "w") as f:
        handles.append(f)
        for i in range(n):
            f.write(f"row {i}\n")
        if n > 2:
            raise ValueError("too many rows: " + str(n))
    return n


def first_long_line(p, width):
    with open(p) as f:
        handles.append(f)
        for line in f:
            if len(line) > width:
                return line.rstrip()
    return ""


try:
    write_then_fail(4)
except ValueError as e:
    print("caught", e)
print("closed after the exception:", handles[-1].closed)
with open(path) as f:
    print(f.readlines())
print(first_long_line(path, 4), handles[-1].closed)

count = 0
with open(path, "a") as out, open(os.path.join(folder, "copy.txt"), "w") as copy:
    for word in ["alpha", "beta", "gamma", "delta"]:
        if word == "delta":
            break
        out.write(word + "\n")
        copy.write(word.upper() + "\n")
        count += 1
print(count, out.closed, copy.closed)
print(open(path).read().split())
print(open(os.path.join(folder, "copy.txt")).read().split())
print(os.path.basename(path), os.path.basename(folder + "/"), os.path.dirname("a/b/c.txt"), os.path.dirname("/top"))
print(os.path.join("a", "b", "c.txt"), os.path.join("a/", "b"), os.path.join("a", "/abs", "x"), os.path.join("", "y"))
