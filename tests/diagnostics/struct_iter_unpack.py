# expect: 4:10: error: struct.iter_unpack() is not supported yet
import struct

for t in struct.iter_unpack(">H", b"\x00\x01\x00\x02"):
    print(t)
