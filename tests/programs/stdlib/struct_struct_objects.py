# struct.Struct: a format compiled once, its methods and attributes, in variables, fields and calls
import struct
from struct import Struct

HEADER = struct.Struct(">IH")
print(HEADER.size, HEADER.format, HEADER.pack(1, 2), HEADER.unpack(b"\x00\x00\x00\x05\x00\x06"))
ba = bytearray(8)
HEADER.pack_into(ba, 1, 7, 8)
print(ba, HEADER.unpack_from(ba, 1), HEADER.unpack_from(ba, offset=2))
print(Struct("<d").unpack(Struct("<d").pack(2.5)), Struct(b"=bh").size, Struct("@bq").size, Struct("").size)


def decode_all(st, data):
    return [st.unpack_from(data, i) for i in range(0, len(data), st.size)]


print(decode_all(Struct("<hh"), bytes(list(range(16)))))


class Record:
    def __init__(self):
        self.layout = Struct("<i?3s")

    def encode(self, n, flag, name):
        return self.layout.pack(n, flag, name)


r = Record()
blob = r.encode(-9, True, b"abcd")
print(blob, r.layout.unpack(blob), r.layout.size)
try:
    HEADER.pack(1)
except struct.error as e:
    print("struct.error:", e)
try:
    HEADER.unpack(b"short")
except struct.error as e:
    print("struct.error:", e)
try:
    HEADER.pack(-1, 0)
except struct.error as e:
    print("struct.error:", e)
