class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        for c in self.cards:
            yield c.upper()


class Wrapper:
    def __init__(self, xs):
        self.xs = xs

    def __iter__(self):
        return iter(self.xs)


class Pairs:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return PairIter(self.n)


class PairIter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration()
        self.i += 1
        return (self.i, self.i * self.i)


for x in Countdown(3):
    print(x)
print(list(Countdown(4)), sum(Countdown(10)), max(Countdown(5)), sorted(Countdown(3)))
print(list(Deck(["a", "b"])), "+".join(Deck(["x", "y", "z"])))
print(list(Wrapper([1, 2, 3])), any(x > 2 for x in Wrapper([1, 3])))
for i, sq in Pairs(3):
    print(i, sq)
print(dict(Pairs(3)), [a + b for a, b in Pairs(2)])
c = Countdown(2)
it = iter(c)
print(next(it), next(it), next(it, -1))
for k, w in enumerate(Deck(["q"])):
    print(k, w)
print(list(zip(Countdown(3), Deck(["m", "n"]))))
d = iter(Deck(["p", "q"]))
print(next(d), list(d))
try:
    next(Countdown(0))
except StopIteration:
    print("empty")
print(min(Countdown(4)), all(Countdown(3)))


class Faulty:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise ValueError("broken at 3")
        return self.n


try:
    for v in Faulty():
        print("faulty", v)
except ValueError as e:
    print("caught:", e)
cd = Countdown(5)
for v in cd:
    if v == 3:
        break
print("rest", list(cd))
deck = Deck(["r", "s"])
print(list(deck), list(deck))
f = Faulty()
print(next(f), next(f, 0))
print(next(f))
