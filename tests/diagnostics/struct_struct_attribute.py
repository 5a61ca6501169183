# expect: 5:7: error: struct.Struct.sizes is not supported yet
import struct

s = struct.Struct(">H")
print(s.sizes)
