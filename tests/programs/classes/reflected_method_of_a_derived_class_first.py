# CPython calls the right operand's reflected method first when its class derives from the left
# operand's: a comparison's always (a < b asks b.__gt__(a)), __radd__ when the derived class
# overrides it; objects of the three classes meet in every order.
import functools


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        print("Money.eq", self.cents, other.cents)
        return self.cents == other.cents

    def __lt__(self, other):
        print("Money.lt", self.cents, other.cents)
        return self.cents < other.cents

    def __gt__(self, other):
        print("Money.gt", self.cents, other.cents)
        return self.cents > other.cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        return Money(self.cents + other.cents)

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __repr__(self):
        return f"Money({self.cents})"


class Tip(Money):
    def __radd__(self, other):
        print("Tip.radd")
        return Money(other.cents + 2 * self.cents)

    def __gt__(self, other):
        print("Tip.gt")
        return True


class Fee(Money):
    pass


def total(items):
    acc = Money(0)
    for it in items:
        acc = acc + it
    return acc


base, tip, fee = Money(100), Tip(15), Fee(7)
print(base + tip, tip + base, base + fee, fee + base, tip + tip)
print(base < tip, tip < base, base < fee, fee > base, base == tip, tip != base, base != fee)
print(total([base, tip, fee, Tip(1)]))
pool = [Money(5), Tip(3), Fee(4)]
for x in pool:
    for y in pool:
        print(type(x).__name__, type(y).__name__, x < y, (x + y).cents, x - y)


@functools.total_ordering
class Rank:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("Rank.eq", self.n, other.n)
        return self.n == other.n

    def __lt__(self, other):
        print("Rank.lt", self.n, other.n)
        return self.n < other.n


class Ace(Rank):
    pass


print(Rank(2) <= Ace(14), Rank(2) > Ace(14), Ace(14) >= Rank(2), Rank(3) == Ace(3))
