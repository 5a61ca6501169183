# struct: pack, unpack, calcsize, pack_into, unpack_from with the common format characters
import struct
from struct import pack, unpack, calcsize


def be32(n):
    return struct.pack(">I", n)


print(be32(0x89504E47), be32(7))
print(struct.pack(">IIBBBBB", 800, 600, 8, 2, 0, 0, 0))
print(struct.pack("<BHH", True, 1000, 0xFFFF ^ 1000))
print(pack("<hHiIqQ", -2, 65535, -70000, 4000000000, -(2 ** 62), 2 ** 63 - 1))
print(pack(">hHiIqQ", -2, 65535, -70000, 4000000000, -(2 ** 62), 2 ** 63 - 1))
print(pack("!lL", -5, 5), pack("=lL", -5, 5), pack("lL", -5, 5))
print(pack("@bi", 1, 2), pack("@bq", 1, 2), pack("=bq", 1, 2), pack("bhc", -1, 3, b"z"))
print(pack("3s", b"abcdef"), pack("5s", b"ab"), pack("0s", b"xy"), pack("2x?x?", 7, 0))
print(pack(">fd", 1.5, -0.1), pack("<fd", 3, True), pack("f", 0.1))
print(pack("4c", b"a", b"b", b"\x00", b"\xff"), pack(b">H", 258), pack("> H ", 1))
print(pack("3i", 1, 2, 3), pack("2B2b", 255, 0, -128, 127), pack(""), pack("nN", -1, 1))
print(pack("s", bytearray(b"q")), pack("?", 0.5), pack("?", ""), pack("?", "a"), pack("??", [], [1]))

print(calcsize(">IIBBBBB"), calcsize("@bi"), calcsize("bi0q"), calcsize("=bq"), calcsize("10s2x"), calcsize(""))
print(struct.calcsize("@qb"), struct.calcsize("lLnN"), struct.calcsize("<lL"), struct.calcsize(b"hd"))

data = pack(">IhBd3s?", 123456789, -300, 200, 2.5, b"xyz", True)
print(unpack(">IhBd3s?", data))
a, h, byte, d, s, flag = struct.unpack(">IhBd3s?", data)
print(a + 1, h * 2, byte, d / 2, s + b"!", not flag)
print(unpack("<q", pack("<q", -(2 ** 63))), unpack(">Q", b"\x7f" + b"\xff" * 7))
print(unpack("@bi", pack("@bi", -3, -4)), unpack("bhiq", pack("bhiq", -1, -2, -3, -4)))
print(unpack(">f", pack(">f", 0.1)), unpack("<d", pack("<d", 1e300)), unpack("4c", b"abcd"))
print(unpack("?", b"\x02"), unpack("!H", bytearray(b"\x01\x02")), unpack("2s2s", b"abcd"))
print(struct.unpack_from(">H", b"\x00\x01\x02\x03", 1), struct.unpack_from(">H", b"\x00\x01\x02\x03"))
print(struct.unpack_from(">H", b"\x00\x01\x02\x03", -2), struct.unpack_from("<H", b"\x00\x01\x02", offset=1))
print(struct.unpack_from("B", buffer=b"\x09"))

ba = bytearray(8)
struct.pack_into(">HI", ba, 1, 513, 0xDEADBEEF)
print(ba)
struct.pack_into("<h", ba, -2, -2)
print(ba, struct.pack_into("b", ba, 0, 5), ba)

print(b"".join(pack(">H", i * 257) for i in range(4)), b"-".join(c for c in (b"a", b"b")))
words = [unpack(">I", data[i:i + 4])[0] for i in range(0, 12, 4)]
print(words)


FORMS = [
    ("@b", lambda x: pack("@b", x)),
    ("=b", lambda x: pack("=b", x)),
    ("<b", lambda x: pack("<b", x)),
    (">b", lambda x: pack(">b", x)),
    ("!b", lambda x: pack("!b", x)),
    ("@B", lambda x: pack("@B", x)),
    ("=B", lambda x: pack("=B", x)),
    ("<B", lambda x: pack("<B", x)),
    (">B", lambda x: pack(">B", x)),
    ("!B", lambda x: pack("!B", x)),
    ("@h", lambda x: pack("@h", x)),
    ("=h", lambda x: pack("=h", x)),
    ("<h", lambda x: pack("<h", x)),
    (">h", lambda x: pack(">h", x)),
    ("!h", lambda x: pack("!h", x)),
    ("@H", lambda x: pack("@H", x)),
    ("=H", lambda x: pack("=H", x)),
    ("<H", lambda x: pack("<H", x)),
    (">H", lambda x: pack(">H", x)),
    ("!H", lambda x: pack("!H", x)),
    ("@i", lambda x: pack("@i", x)),
    ("=i", lambda x: pack("=i", x)),
    ("<i", lambda x: pack("<i", x)),
    (">i", lambda x: pack(">i", x)),
    ("!i", lambda x: pack("!i", x)),
    ("@I", lambda x: pack("@I", x)),
    ("=I", lambda x: pack("=I", x)),
    ("<I", lambda x: pack("<I", x)),
    (">I", lambda x: pack(">I", x)),
    ("!I", lambda x: pack("!I", x)),
    ("@l", lambda x: pack("@l", x)),
    ("=l", lambda x: pack("=l", x)),
    ("<l", lambda x: pack("<l", x)),
    (">l", lambda x: pack(">l", x)),
    ("!l", lambda x: pack("!l", x)),
    ("@L", lambda x: pack("@L", x)),
    ("=L", lambda x: pack("=L", x)),
    ("<L", lambda x: pack("<L", x)),
    (">L", lambda x: pack(">L", x)),
    ("!L", lambda x: pack("!L", x)),
    ("@q", lambda x: pack("@q", x)),
    ("=q", lambda x: pack("=q", x)),
    ("<q", lambda x: pack("<q", x)),
    (">q", lambda x: pack(">q", x)),
    ("!q", lambda x: pack("!q", x)),
    ("@Q", lambda x: pack("@Q", x)),
    ("=Q", lambda x: pack("=Q", x)),
    ("<Q", lambda x: pack("<Q", x)),
    (">Q", lambda x: pack(">Q", x)),
    ("!Q", lambda x: pack("!Q", x)),
    ("@n", lambda x: pack("@n", x)),
    ("@N", lambda x: pack("@N", x)),
]
for label, packer in FORMS:
    for v in (-1, -129, 256, -32769, 65536, -(2 ** 31) - 1, 2 ** 32, -(2 ** 63), 2 ** 63 - 1):
        try:
            print(label, v, packer(v))
        except struct.error as e:
            print(label, v, "struct.error:", e)
try:
    print(pack(">f", 1e300))
except struct.error as e:
    print("struct.error:", e)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(pack("f", 1e300))
except struct.error as e:
    print("struct.error:", e)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(pack(">I", 1.5))
except struct.error as e:
    print("struct.error:", e)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(pack(">I", "x"))
except struct.error as e:
    print("struct.error:", e)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(pack(">d", "x"))
except struct.error as e:
    print("struct.error:", e)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(pack(">d", None))
except struct.error as e:
    print("struct.error:", e)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(pack("c", b"ab"))
except struct.error as e:
    print("struct.error:", e)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(pack("c", bytearray(b"a")))
except struct.error as e:
    print("struct.error:", e)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(pack("c", 1))
except struct.error as e:
    print("struct.error:", e)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(pack("s", 5))
except struct.error as e:
    print("struct.error:", e)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(pack("zz", 1))
except struct.error as e:
    print("struct.error:", e)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(pack(">3", 1))
except struct.error as e:
    print("struct.error:", e)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(pack("II", 1))
except struct.error as e:
    print("struct.error:", e)
except OverflowError as e:
    print("OverflowError:", e)

try:
    pack(">H", 1, 2)
except struct.error as e:
    print(e)
for buf in (b"abc", b"abcde"):
    try:
        print(unpack(">I", buf))
    except struct.error as e:
        print(e)
for off in (2, -1, -9, 9, 1, -4):
    try:
        print(struct.unpack_from(">I", b"abcde", off))
    except struct.error as e:
        print(e)
    try:
        ba = bytearray(5)
        struct.pack_into(">I", ba, off, 7)
        print(ba)
    except struct.error as e:
        print(e)
try:
    struct.pack_into(">I", b"abcd", 0, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    struct.pack_into(">II", bytearray(8), 0, 1, -1)
except struct.error as e:
    print(e)
try:
    print(calcsize("q?y"))
except struct.error as e:
    print(e)
try:
    raise struct.error("mine")
except Exception as e:
    print(repr(e), e.args)
try:
    pack("b", 1000)
except Exception as e:
    print(isinstance(e, struct.error), isinstance(e, ValueError), isinstance(e, Exception), e.args)
struct.pack(">I", -1)
