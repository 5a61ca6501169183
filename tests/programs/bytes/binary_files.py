# binary files: write bytes, read them back whole and in pieces, append
import os
import sys

path = os.path.join(sys.argv[1], "data.bin")
with open(path, "wb") as f:
    print(f.write(b"P6\n2 1\n255\n"))
    print(f.write(bytes([0, 128, 255, 13, 10, 13])))
    buf = bytearray(b"tail")
    print(f.write(buf))
with open(path, "rb") as f:
    data = f.read()
print(data, len(data), os.path.getsize(path))
f = open(path, "rb")
print(f.read(3), f.read(0), f.read(4))
print(f.read(100))
print(f.read(), f.read(5))
f.close()
with open(path, "ab") as f:
    f.write(b"\xff" * 3)
with open(path, "rb") as f:
    print(f.read()[-6:])
with open(path, "w") as t:
    t.write("caf\u00e9\r\n")
with open(path, "rb") as f:
    raw = f.read()
print(raw, raw.decode())
print(b"x".find(bytearray(b"x")), bytearray(b"ab").startswith(bytearray(b"a")))
f = open(path, "rb")
g = open(path, "ab")
print(("%s %r" % (f, g)).replace(sys.argv[1], "TMP"), str([f]).replace(sys.argv[1], "TMP"), str(f) == repr(f))
f.close()
g.close()
print(repr(f).replace(sys.argv[1], "TMP"))
