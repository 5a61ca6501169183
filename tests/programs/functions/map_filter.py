# map() and filter() with functions, lambdas and builtins, where they are
# consumed: each item is computed when the consumer asks for it, as in CPython.
seen = []


def noisy(x):
    seen.append(x)
    return x * 10


def is_even(n):
    return n % 2 == 0


line = "12 7 30"
width, height, depth = map(int, line.split())
print(width + height + depth)
print(list(map(int, line.split())), sum(map(len, ["ab", "c", ""])))
print(list(map(str, [1, 2])), sorted(map(abs, [-3, 1, -2])), list(map(float, ["1.5", "2"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(is_even, range(10))), list(filter(None, [0, 1, 2, 0, 3])))
print(" ".join(map(str, range(4))), max(map(noisy, [1, 5, 2])), min(map(lambda v: -v, [4, 9])))
print(any(map(lambda v: noisy(v) > 15, [1, 2, 3, 4])), seen)  # stops at 2, as CPython's lazy map does
print(all(filter(None, [3, 0, 2])), set(map(lambda v: v // 2, [1, 2, 3])))
print(dict(map(lambda s: (s, len(s)), ["ab", "c"])))

offset = 100


def shifted(xs, step):
    out = []
    for y in map(lambda v: v * step + offset, xs):
        out.append(y)
        if y > 250:
            break  # the rest is never computed
    for z in filter(lambda v: v > step, xs):
        out.append(-z)
    return out


print(shifted([1, 2, 3, 4], 2), shifted([5, 1], 60))
seen.clear()
for item in map(noisy, [1, 2]):
    seen.append(-1)
print(seen)
print([y + 1 for y in map(noisy, [1, 2]) if y > 10], [w for w in filter(is_even, [4, 5, 6]) if w > 4])
pairs = [(1, "a"), (2, "b"), (3, "c")]
print([s for n, s in filter(lambda p: p[0] != 2, pairs)], list(map(lambda p: p[1] * p[0], pairs)))
print(list(map(noisy, [])), list(filter(is_even, [])))
digits = ["3", "14", "15"]
print(list(map(abs, map(int, digits))), sum(map(lambda v: v * 2, filter(lambda v: v > 3, map(int, digits)))))
for n in map(str, map(len, digits)):
    print(n)
first, second = map(str, map(int, ["7", "8"]))
print([x for x in filter(None, map(int, ["0", "2"]))], first + second)
