# functools.total_ordering: the three missing comparisons from each possible root
import functools
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"Version({self.major}, {self.minor})"


@functools.total_ordering
class Weight:
    def __init__(self, w):
        self.w = w

    def __eq__(self, other):
        return self.w == other.w

    def __ge__(self, other):
        return self.w >= other.w


@total_ordering
class Rank:
    def __init__(self, r):
        self.r = r

    def __eq__(self, other):
        return self.r == other.r

    def __gt__(self, other):
        print("gt called")
        return self.r > other.r

    def __le__(self, other):
        return self.r <= other.r


class Base:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return self.k == other.k

    def __le__(self, other):
        return self.k <= other.k


@total_ordering
class Derived(Base):
    pass


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
for x, y in ((a, b), (b, a), (a, c)):
    print(x, y, x < y, x <= y, x > y, x >= y, x == y, x != y)
print(sorted([Version(2, 0), a, b, Version(0, 9)]), max(a, b), min([b, a]))
for p, q in ((Weight(1), Weight(2)), (Weight(3), Weight(3)), (Weight(5), Weight(4))):
    print(p < q, p <= q, p > q, p >= q)
print(Rank(1) < Rank(2), Rank(2) >= Rank(2), Rank(3) > Rank(1))
print(Derived(1) < Derived(2), Derived(2) > Derived(1), Derived(2) >= Derived(3))
