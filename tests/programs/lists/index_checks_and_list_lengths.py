# List index checks the value-range analysis removes or keeps (passes/remove_range_checks.py): the
# indices below are in bounds where it proves so, and the ones that are not still raise IndexError
# at the same iteration as CPython, after the same output.


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for p in range(2, int(n ** 0.5) + 1):
        if flags[p]:
            for m in range(p * p, n + 1, p):
                flags[m] = False
    return [i for i in range(n + 1) if flags[i]]


def total(xs):
    s = 0
    for i in range(len(xs)):
        s += xs[i] * (i + 1)
    return s


def shrinking(xs):
    out = []
    try:
        for i in range(len(xs)):
            xs.pop()
            out.append(xs[i])
    except IndexError as e:
        print(e)
    return out


def helper(xs):
    del xs[0]


def shrunk_by_call(xs):
    out = []
    try:
        for i in range(len(xs)):
            helper(xs)
            out.append(xs[i])
    except IndexError as e:
        print(e)
    return out


def empty_base(n):
    xs = [] * n
    try:
        for i in range(n):
            xs[i] = 1
    except IndexError as e:
        return str(e)
    return "no error"


def strided(n, step, start):
    flags = [0] * (n + 1)
    hits = []
    try:
        for m in range(start, n + 1, step):
            flags[m] += 1
            hits.append(m)
    except IndexError as e:
        print(e)
    return hits


def constant_indices(b):
    x = b[4] + b[2]
    b.pop()
    b.pop()
    b.pop()
    try:
        return x + b[3]
    except IndexError as e:
        print(e)
    return x + b[1]


def one_past(xs):
    for i in range(len(xs) + 1):
        print(xs[i])


print(sieve(60))
print(total([3, 1, 4, 1, 5, 9, 2, 6]))
print(shrinking([1, 2, 3, 4, 5]))
print(shrunk_by_call([1, 2, 3, 4, 5]))
print(empty_base(3))
print(strided(10, 3, 0), strided(10, -3, 10), strided(10, 4, -12))
print(constant_indices([1, 2, 3, 4, 5]), constant_indices([1, 2, 3, 4, 5, 6, 7]))
one_past([7, 8, 9])
