# expect: 4:21: error: struct format character 'p' (Pascal strings) is not supported yet
import struct

print(struct.unpack("5p", b"\x02ab\x00\x00"))
