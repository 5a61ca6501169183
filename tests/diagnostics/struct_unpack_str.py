# expect: 4:27: error: a bytes-like object is required, not 'str'
import struct

print(struct.unpack(">H", "ab"))
