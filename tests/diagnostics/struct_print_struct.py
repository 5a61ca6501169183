# expect: 5:7: error: printing struct.Struct objects is not supported yet
import struct

s = struct.Struct(">H")
print(s)
