# tell() and seek(offset, whence) of binary files, reading and writing; CPython's OSError for a negative position
import os, sys
path = os.path.join(sys.argv[1], "seek_test.bin")
with open(path, "wb") as f:
    print(f.tell())
    f.write(b"hello world, binary")
    print(f.tell())
    f.seek(6)
    f.write(b"WORLD")
    print(f.tell(), f.seek(0, 2))
with open(path, "rb") as f:
    print(f.read(5), f.tell())
    f.seek(0)
    print(f.read(), f.tell())
    f.seek(-6, 2)
    print(f.read(3), f.seek(2, 1), f.read())
    f.seek(0)
    print(f.read(3))
    try:
        f.seek(-1)
    except OSError as e:
        print("OSError", e)
g = open(path, "rb")
print(g.name == path, g.closed)
g.close()
print(g.closed)
