# expect: 4:29: error: struct.iter_unpack() of a format with no items is not supported yet
import struct

for t in struct.iter_unpack("", b""):
    print(t)
