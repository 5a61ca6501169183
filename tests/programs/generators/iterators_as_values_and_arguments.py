# map, filter, zip and enumerate held and advanced by next(); generator expressions as arguments of a
# user function and nested in a comprehension; a class whose __iter__ returns iter(list) through builtins
import itertools


def squares(n):
    for i in range(n):
        yield i * i


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        return iter(self.cards)


def consume(it):
    out = []
    for x in it:
        out.append(x)
    return out


lines = ["a b", "", "c  d e"]
print([w for w in (x for line in lines for x in line.split()) if w])
print(consume(x + 1 for x in squares(4)))
e = enumerate(squares(4))
print(next(e), list(e))
m = map(lambda v: v * 2, squares(5))
print(next(m), list(m))
f = filter(lambda v: v % 2, squares(6))
print(next(f), list(f))
z = zip(squares(3), "abc")
print(next(z), list(z))
d = Deck(["k", "q", "j"])
print(min(d), max(d), ",".join(d), sorted(d, key=lambda c: c[0]), list(zip(d, squares(9))), list(enumerate(d, 1)))
print(sum(squares(5)), any(v > 10 for v in squares(5)), all(squares(3)))
gens = [squares(2), squares(3)]
print([list(g) for g in gens])
it = iter(d)
print(next(it), next(it), next(it), next(it, "none"))
print(dict(zip(squares(3), squares(3))), set(squares(4)), tuple(squares(3)))
