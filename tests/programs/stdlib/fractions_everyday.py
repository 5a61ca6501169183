from fractions import Fraction
import math


def egyptian(f: Fraction) -> list[Fraction]:
    parts = []
    while f.numerator != 0:
        unit = Fraction(1, -(-f.denominator // f.numerator))
        parts.append(unit)
        f -= unit
    return parts


def continued(f: Fraction) -> list[int]:
    terms = []
    while True:
        whole = math.floor(f)
        terms.append(whole)
        f -= whole
        if f == 0:
            return terms
        f = 1 / f


def bernoulli(n: int) -> list[Fraction]:
    a = [Fraction(0)] * (n + 1)
    out = []
    for m in range(n + 1):
        a[m] = Fraction(1, m + 1)
        for j in range(m, 0, -1):
            a[j - 1] = j * (a[j - 1] - a[j])
        out.append(a[0])
    return out


print(" + ".join(str(p) for p in egyptian(Fraction(7, 15))))
print(continued(Fraction(415, 93)), continued(Fraction(math.pi).limit_denominator(10 ** 6)))
print([str(b) for b in bernoulli(12)])
h = Fraction(0)
for k in range(1, 30):
    h += Fraction(1, k)
print(h, float(h), round(h, 3), h > 3.9, int(h))
recipe = {"flour": Fraction(3, 4), "sugar": Fraction(1, 3), "butter": Fraction(1, 8)}
scale = Fraction("1.5")
for name, cups in recipe.items():
    print(f"{name:>7}: {cups * scale} cups ({float(cups * scale):.3f})")
print(sum(recipe.values(), Fraction(0)), max(recipe.values()), sorted(recipe.values()))
