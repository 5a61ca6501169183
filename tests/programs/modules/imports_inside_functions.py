"""Standard modules imported inside functions and methods, as scripts import what they need lazily."""


def hypotenuse(a, b):
    import math
    return math.sqrt(a * a + b * b)


def most_common_letter(text):
    from collections import Counter
    import random as rnd
    rnd.seed(3)
    return Counter(text).most_common(1)[0], rnd.randint(1, 100)


class Report:
    def mean(self, xs):
        from statistics import mean
        return mean(xs)

    def average_or_zero(self, xs):
        if xs:
            import math
            return math.fsum(xs) / len(xs)
        return 0.0

    def today_parts(self, stamp):
        from datetime import date
        d = date.fromisoformat(stamp)
        return d.year, d.month, d.weekday()


def outer(n):
    import math

    def inner(k):
        return math.factorial(k)  # the enclosing function's import
    return [inner(k) for k in range(n)]


r = Report()
print(hypotenuse(3.0, 4.0), most_common_letter("abracadabra"))
print(r.mean([1, 2, 3, 4]), r.average_or_zero([0.5, 1.5]), r.average_or_zero([]))
print(r.today_parts("2024-02-29"), outer(6))
