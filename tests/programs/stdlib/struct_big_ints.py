# struct.pack and unpack of ints past 64 bits and past pyzc's small range: CPython's struct.error
# message for each code and byte order, and unsigned 8-byte items past 2**63 unpacked as big ints.
import struct

VALUES = [2**64, 2**63, 2**64 - 1, -2**63 - 1, 2**100, -2**100, -2**63, -2**63 + 5, -1, 0, 255]


def show(fmt, f):
    for v in VALUES:
        try:
            print(fmt, v, f(v))
        except struct.error as e:
            print(fmt, v, "struct.error:", e)


show("<Q", lambda v: struct.pack("<Q", v))
show(">Q", lambda v: struct.pack(">Q", v))
show("Q", lambda v: struct.pack("Q", v))
show("<q", lambda v: struct.pack("<q", v))
show(">q", lambda v: struct.pack(">q", v))
show("q", lambda v: struct.pack("q", v))
show("<L", lambda v: struct.pack("<L", v))
show(">L", lambda v: struct.pack(">L", v))
show("L", lambda v: struct.pack("L", v))
show("I", lambda v: struct.pack("I", v))
show(">I", lambda v: struct.pack(">I", v))
show("<H", lambda v: struct.pack("<H", v))
show(">H", lambda v: struct.pack(">H", v))
show("H", lambda v: struct.pack("H", v))
show("<b", lambda v: struct.pack("<b", v))
show("B", lambda v: struct.pack("B", v))
show("n", lambda v: struct.pack("n", v))
show("N", lambda v: struct.pack("N", v))
show("<QqQ", lambda v: struct.unpack("<QqQ", struct.pack("<QqQ", v, -2**63, 2**63 + 7)))
show(">Q round trip", lambda v: struct.unpack(">Q", struct.pack(">Q", v))[0] == v)
big = struct.unpack("<Q", b"\xff" * 8)[0]
print(big, big + 1, big > 2**63, hash(big) == hash(2**64 - 1), struct.unpack("<q", b"\x00" * 7 + b"\x80"))
print(list(struct.iter_unpack(">Q", b"\x80" + b"\x00" * 7 + b"\xff" * 8)))
