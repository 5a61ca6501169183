# __hash__ returning an int past 64 bits: objects still work as dict keys and set items, and hash()
# of them is CPython's (the hash of that int), as slot_tp_hash does
class P:
    def __init__(self, name, n):
        self.name = name
        self.n = n

    def __eq__(self, other):
        return self.name == other.name and self.n == other.n

    def __hash__(self):
        return hash(self.name) * 0 + self.n * 2**70 + 12345


d = {}
for i in range(50):
    d[P("a", i)] = i
print(d[P("a", 7)], P("a", 49) in d, P("b", 1) in d, len(d))
s = {P("x", 3), P("x", 3), P("x", 4)}
print(len(s), hash(P("z", 5)), hash(P("z", 0)), hash(P("z", -1)))


class Q:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return -1


print(hash(Q()), {Q(): 1}[Q()])
