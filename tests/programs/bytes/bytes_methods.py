# bytes constructors, codecs, hex/fromhex, join and the common methods
s = "héllo wörld"
e = s.encode()
print(e, len(e), e.decode(), e.decode("utf-8") == s, s.encode("utf-8") == e)
print(b"abc".decode("ascii"), b"caf\xe9".decode("latin-1"), b"x".decode(encoding="UTF-8"))
print(bytes(), bytes(3), bytes([65, 66, 0, 255]), bytes(b"copy"), bytes("é", "utf-8"))
print(bytes([]), bytes([x * 2 for x in range(5)]))
print(b"\x00\x0f\xf0\xff".hex(), b"".hex(), bytes.fromhex("00 0f f0FF"), bytes.fromhex(""))
print(b", ".join([b"a", b"b", b"c"]), b"".join([]), b"-".join([b"x"]))
data = b"  Hello World  "
print(data.strip(), data.lstrip(), data.rstrip(), b"xxhixx".strip(b"x"), data.upper(), data.lower())
print(data.find(b"o"), data.find(b"o", 7), data.rfind(b"o"), data.find(b"z"), data.count(b"l"), data.count(b"l", 0, 6))
print(data.startswith(b"  H"), data.endswith(b"d  "), data.startswith(b"H", 2), data.endswith(b"x"))
print(b"a,b,,c".split(b","), b"  a b\tc\n ".split(), b"a b c".split(maxsplit=1), b"a,b,c".split(b",", 1))
print(b"aaa".replace(b"a", b"bb"), b"abc".replace(b"", b"-"), b"abcabc".replace(b"b", b"", 1), b"\xff\xfe".replace(b"\xff", b"\x80"))
print(b"\xff"[0], b"\xff\x80"[1:], b"\xe9"[:1], b"\xc3\xa9"[::-1])
for bad in (b"\xff", b"ab\xc3", b"\xe2\x28\xa1", b"\xf0\x90\x28"):
    try:
        print(bad.decode())
    except UnicodeDecodeError as err:
        print("UnicodeDecodeError:", err)
try:
    print(b"caf\xe9".decode("ascii"))
except UnicodeDecodeError as err:
    print("UnicodeDecodeError:", err)
for hexs in ("0g", "abc", " 1 2"):
    try:
        print(bytes.fromhex(hexs))
    except ValueError as err:
        print("ValueError:", err)
for src in ([1, 256], [-1]):
    try:
        print(bytes(src))
    except ValueError as err:
        print("ValueError:", err)
try:
    print(bytes(-1))
except ValueError as err:
    print("ValueError:", err)
try:
    print(b"a".split(b""))
except ValueError as err:
    print("ValueError:", err)
print(b"ignored".fromhex("41"))


class Header:
    def __init__(self, width: int):
        self.width = width

    def __bytes__(self):
        return b"W" + b"%c%c" % (self.width & 0xFF, self.width >> 8)


print(bytes(Header(513)))
for text in ("ok\ud800", "a\udfff"):
    try:
        print(text.encode())
    except UnicodeEncodeError as err:
        print("UnicodeEncodeError:", err)
print(ord(b"\xff"), ord(bytearray(b"a")), ord(b"xyz"[1:2]), ord("é"))
for v in (b"ab", b""):
    try:
        print(ord(v))
    except TypeError as err:
        print("TypeError:", err)
print(b"abcb".index(b"b", 2), b"abcb".rindex(b"b"), b"abcb".index(b"c"), b"abcb".rindex(b"a", 0, 3))
for sub in (b"z", b"cb"):
    try:
        print(b"abcb".index(sub, 0, 3))
    except ValueError as err:
        print("ValueError:", err)
try:
    print(b"abc".rindex(b"z"))
except ValueError as err:
    print("ValueError:", err)
