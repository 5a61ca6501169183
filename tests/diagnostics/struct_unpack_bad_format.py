# expect: 4:21: error: struct.error: bad char in struct format
import struct

print(struct.unpack("y", b"a"))
