# print(..., file=obj) calls obj.write with each piece (and obj.flush with flush=True), as CPython does.
class Buf:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("|")


b = Buf()
print("a", 1, 2.5, sep="-", file=b)
print(file=b, end="")
print(*[1, 2], file=b, flush=True)
print(b.parts)
