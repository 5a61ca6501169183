# expect: 6:19: error: struct.pack() needs a constant format (a string literal) for now
import struct

fmt = ">" + "I"
n = 2
print(struct.pack(fmt, n))
