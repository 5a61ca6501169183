# Objects without dunders: default repr (address varies, so only its shape is printed), identity
# equality and hashing, None in object slots, class attributes changed through the class.
class Token:
    count = 0

    def __init__(self, text):
        self.text = text
        Token.count += 1
        self.serial = Token.count


class Holder:
    def __init__(self):
        self.item = None

    def take(self, t):
        old = self.item
        self.item = t
        return old


a = Token("a")
b = Token("b")
a2 = a
r = repr(a)
print(r.startswith("<__main__.Token object at 0x"), r.endswith(">"), str(b) == repr(b))
print(a == a2, a == b, a != b, a is a2, a is not b, Token.count, b.serial)
seen = {a: "first", b: "second"}
seen[a2] = "again"
print(len(seen), seen[a], seen[b])
h = Holder()
print(h.item is None, h.item)
prev = h.take(a)
print(prev is None, h.item.text)
prev = h.take(b)
print(prev.text, h.item.text, prev is a)
tokens = [Token(c) for c in "xyz"]
print([t.serial for t in tokens], Token.count, isinstance(tokens[0], (Holder, Token)), isinstance(h, Token))
nothing = Holder().item
try:
    print(nothing.text)
except AttributeError as e:
    print("AttributeError:", e)
