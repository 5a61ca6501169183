# expect: 4:7: error: printing range/iterator objects is not supported yet
import struct

print(struct.iter_unpack(">H", b"\x00\x01\x00\x02"))
