# struct.iter_unpack where it is iterated: one tuple per item, in order; a buffer of part of an item
import struct
data = struct.pack("<6H", 1, 2, 3, 4, 5, 6)
for a, b in struct.iter_unpack("<HH", data):
    print(a, b)
print(list(struct.iter_unpack(">h", b"\x00\x01\xff\xff")), [t[0] for t in struct.iter_unpack("B", b"xyz")])
print(sum(x for (x,) in struct.iter_unpack("<I", bytes(8))), sorted(struct.iter_unpack("b", b"\x03\x01\x02")))
try:
    for t in struct.iter_unpack("<I", b"abcde"):
        print(t)
except struct.error as e:
    print("struct.error:", e)
