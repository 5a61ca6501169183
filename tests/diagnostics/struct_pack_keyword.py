# expect: 4:7: error: _struct.pack() takes no keyword arguments
import struct

print(struct.pack(">H", v=1))
