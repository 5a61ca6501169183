# expect: 5:10: error: Struct.iter_unpack() is not supported yet
import struct

s = struct.Struct(">H")
for t in s.iter_unpack(b"\x00\x01\x00\x02"):
    print(t)
