# itertools.accumulate running totals (default +, a lambda, a function, initial=) and functools.reduce
import functools
import itertools

sales = [120, 80, 95, 130, 60, 150]
print(list(itertools.accumulate(sales)))
print(list(itertools.accumulate(sales, max)))
print(list(itertools.accumulate(sales, lambda a, b: a - b)))
print(list(itertools.accumulate([0.5, 0.25, 0.125])))
print(list(itertools.accumulate(["a", "b", "c"])))
print(list(itertools.accumulate(sales, initial=1000)))
print(list(itertools.accumulate([], initial=5)), list(itertools.accumulate([])))


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def lcm(a, b):
    return a * b // gcd(a, b)


print(functools.reduce(gcd, [84, 126, 210]))
print(functools.reduce(lcm, range(1, 11)))
print(functools.reduce(lambda a, b: a * b, range(1, 11)))
print(functools.reduce(lambda acc, w: acc + len(w), ["alpha", "be", "gamma"], 0))
print(functools.reduce(lambda acc, x: acc * 10 + x, [4, 0, 9, 6]))
print(functools.reduce(lambda a, b: a if a > b else b, ["pear", "fig", "quince"]))
print(functools.reduce(lambda a, b: a + b, [[1], [2, 3], [4]]))
print(functools.reduce(lambda a, b: a + b, [0.25, 2.0], 0.5))
balances = [0]
for s in itertools.accumulate(sales, lambda total, x: total + x if x > 90 else total):
    balances.append(s)
print(balances)
print(functools.reduce(lambda a, b: a + b, []))
