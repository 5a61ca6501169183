# d[k] += x and d[k] = d.get(k, c) + x on dicts of ints: one lookup, CPython's answers and order of errors.
from collections import Counter, defaultdict

STEP = 3


def counted(words, n):
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
        d[w] = n + d.get(w, 0)
        d[w] = d.get(w, -7) + STEP
    return d


def in_place(words, step):
    d = {w: 0 for w in words}
    for w in words:
        d[w] += step
        d[w] += 2 ** 58
        d[w] += 2 ** 58  # past 64 bits after a few: a big int in place
    try:
        d["missing"] += 1
    except KeyError as e:
        print("KeyError", e)
    return d


def big_addends(n):
    big = 2 ** 70
    d = {}
    for i in range(n):
        d[i % 3] = d.get(i % 3, 0) + big  # the key is an expression: the general path
        k = i % 4
        d[k] = d.get(k, 0) + big
        d[k] += -big - big
    return d


def many_keys(n):
    d = {}
    for i in range(n):
        k = (i * 7919) % (n // 2 + 1)
        d[k] = d.get(k, 10) + i  # inserts grow the table between lookups
    total = 0
    for k in d:
        total += k * d[k]
    return len(d), total


def counters(words):
    c = Counter()
    dd = defaultdict(int)
    for w in words:
        c[w] += 1
        dd[w] += len(w)
        c[w] = c.get(w, 0) + 1
    return c, dd


def errors_in_order():
    d = {"a": 1}
    try:
        d["zz"] += later  # the missing key is found before `later` is read: KeyError
    except KeyError as e:
        print("dict: KeyError", e)
    except UnboundLocalError:
        print("dict: UnboundLocalError")
    print(d)
    c = Counter("a")
    try:
        c["zz"] += later  # a Counter reads a missing key as 0, then `later`: nothing stored
    except UnboundLocalError:
        print("Counter: UnboundLocalError")
    print(c)
    dd = defaultdict(int, {"a": 1})
    try:
        dd["zz"] += later  # a defaultdict inserts 0 before `later` is read
    except UnboundLocalError:
        print("defaultdict: UnboundLocalError")
    print(dict(dd))
    try:
        d["b"] = d.get("b", 0) + later  # nothing stored
    except UnboundLocalError:
        print("get: UnboundLocalError")
    print(d)
    later = 1
    return later


words = "the cat and the dog and the bird saw the cat".split()
print(counted(words, 3))
print(in_place(words, -5))
print(big_addends(10))
print(many_keys(5000))
print(counters(words))
errors_in_order()
totals = {}
for w in words:
    totals[w] = totals.get(w, 0) + len(w)
print(totals)
