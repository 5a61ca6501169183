# hashlib: md5, sha1, sha256 (and new()) against CPython's on generated inputs, whole and in pieces
import hashlib
import random

random.seed(18)
LENGTHS = [0, 1, 3, 55, 56, 57, 63, 64, 65, 111, 112, 113, 119, 120, 127, 128, 129, 239, 240, 256, 1000, 4099]
for n in LENGTHS + [random.randrange(5000) for _ in range(20)]:
    data = bytes([random.randrange(256) for _ in range(n)])
    print(n, hashlib.md5(data).hexdigest(), hashlib.sha1(data).hexdigest(), hashlib.sha256(data).hexdigest())
    print(n, hashlib.sha224(data).hexdigest(), hashlib.sha384(data).hexdigest(), hashlib.sha512(data).hexdigest())
    for name in ("md5", "sha1", "sha256", "sha512"):
        if name == "sha512":
            h = hashlib.new("sha512")
            whole = hashlib.sha512(data)
        elif name == "md5":
            h = hashlib.new("md5")
            whole = hashlib.md5(data)
        elif name == "sha1":
            h = hashlib.new("sha1")
            whole = hashlib.new("sha1", data)
        else:
            h = hashlib.new("sha256")
            whole = hashlib.sha256(data)
        i = 0
        while i < n:
            step = random.randrange(1, 150)
            h.update(data[i:i + step])
            i += step
        if h.digest() != whole.digest() or h.hexdigest() != whole.hexdigest():
            print("pieces differ", name, n)

h = hashlib.sha256(b"abc")
print(h.digest(), len(h.digest()), h.hexdigest() == h.digest().hex())
c = h.copy()
c.update(b"def")
h.update(bytearray(b"d"))
print(h.hexdigest(), c.hexdigest(), hashlib.sha256(b"abcdef").hexdigest() == c.hexdigest())
print(hashlib.md5(string=b"x").hexdigest(), hashlib.sha1(b"x", usedforsecurity=False).hexdigest())
print(hashlib.new("MD5", data=b"q").hexdigest(), hashlib.new(name="sha1").hexdigest())
print(hashlib.md5("é".encode()).hexdigest(), hashlib.md5(bytes(list(range(256))) * 300).hexdigest())
digests = {}
for word in ["alpha", "beta", "alpha"]:
    digests[word] = hashlib.md5(word.encode()).hexdigest()[:8]
print(digests)
for h in (hashlib.md5(), hashlib.sha1(b"a"), hashlib.new("SHA256"), hashlib.sha224(), hashlib.new("sha384"),
          hashlib.sha512(b"z")):
    print(h.name, h.digest_size, h.block_size, len(h.digest()) == h.digest_size)
