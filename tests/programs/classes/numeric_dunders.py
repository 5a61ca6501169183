import math


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __round__(self):
        return (self.cents + 50) // 100

    def __abs__(self):
        return Money(abs(self.cents))

    def __int__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __trunc__(self):
        return int(self.cents / 100)

    def __neg__(self):
        return Money(-self.cents)

    def __format__(self, spec):
        return format(self.cents / 100, spec) + " EUR"

    def __repr__(self):
        return f"Money({self.cents})"


class Step:
    def __init__(self, x):
        self.x = x

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.x)
        return Step(round(self.x, ndigits))

    def __divmod__(self, other):
        return divmod(self.x, other)

    def __rdivmod__(self, other):
        return divmod(other, self.x)

    def __repr__(self):
        return f"Step({self.x})"


m = Money(-1234)
print(round(m), abs(m), int(m), float(m), math.floor(m), math.ceil(m), math.trunc(m), -m)
print(f"{m:.1f}", f"{abs(m):>10.2f}", format(m, ".3f"), "{:.0f}".format(m))
s = Step(2.675)
print(round(s), round(s, 2), divmod(s, 0.5), divmod(7, Step(2.0)))
