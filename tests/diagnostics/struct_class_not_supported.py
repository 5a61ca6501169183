# expect: 4:5: error: struct.Struct() is not supported yet
import struct

s = struct.Struct(">I")
print(s.pack(1))
