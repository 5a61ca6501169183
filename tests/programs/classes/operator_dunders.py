# Operator dunders beyond the basics: reflected __radd__/__rmul__, != from __eq__, > and >= through the
# other operand's __lt__/__le__, __len__, hash(); and a [None] * n table filled with objects later.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __radd__(self, n):
        return Money(self.cents + n)

    def __mul__(self, k):
        return Money(self.cents * k)

    def __rmul__(self, k):
        return Money(self.cents * k)

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __le__(self, other):
        return self.cents <= other.cents

    def __hash__(self):
        return hash(self.cents)

    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"


class Wallet:
    def __init__(self, n):
        self.slots = [None] * n
        self.used = 0

    def put(self, i, m):
        if self.slots[i] is None:
            self.used += 1
        self.slots[i] = m

    def __len__(self):
        return self.used


a = Money(250)
b = Money(199)
print(a + b, 5 + a, a * 3, 2 * b, a != b, a != Money(250), a > b, b >= a, a >= Money(250))
print(sorted([a, b, Money(5)]), max([a, b]), hash(a) == hash(Money(250)), len({a, Money(250), b}))
w = Wallet(4)
w.put(2, a)
w.put(0, b)
w.put(2, b + b)
print(len(w), w.slots, [m for m in w.slots if m is not None])
