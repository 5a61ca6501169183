# expect: 4:19: error: struct format character 'e' (half floats) is not supported yet
import struct

print(struct.pack("<e", 1.5))
