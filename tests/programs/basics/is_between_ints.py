# `is` and `is not` between ints.  CPython's ints from -5 to 256 are single objects, so for them
# `is` is `==`; pyzc compares every int as a value (docs/SUPPORTED.md, Differences from CPython),
# so this program stays within that range, and compares an int with itself.
def neg(lit):
    return -1 - lit


def reason(lits, lit):
    assert lit is lits[0], "the first literal"
    return [neg(x) for x in lits if x is not lit]


def first_or_none(xs):
    if xs:
        return xs[0]
    return None


clause = [3, -4, 7, 0]
print(reason(clause, clause[0]), reason([-5, 256], -5))
a, b = 200, 100 + 100
c, d = a + 1, neg(4)
print(a is b, a is not b, a is c, d is neg(4), d is not clause[3])
big = 10 ** 6
same = big
print(same is big, same is not big)
for n in ([], [5], [6]):
    m = first_or_none(n)
    print(m is first_or_none([5]), m is not a, m is None, first_or_none([]) is m, a is m)
try:
    reason(clause, 7)
except AssertionError as e:
    print("AssertionError:", e)
