# An item of a list or dict tested against None is narrowed as a variable is, until something may
# change it: a store through another name, a call, a rebinding of the index.


class Box:
    def __init__(self):
        self.slots = [None] * 3


def bucket(pairs, n):
    xs = [None] * n
    for k, v in pairs:
        if xs[k] is None:
            xs[k] = [v]
        else:
            xs[k].append(v)
    out = []
    for i in range(n):
        if xs[i] is None:
            ys = [[-1]]
        else:
            ys = [xs[i]]
        out.append(ys)
    return out


def total(vals, i):
    if vals[i] is not None:
        t = vals[i] + 1
        for c in vals:
            if c is not None:
                t += c
        return t * vals[i]
    return -1


def first_set(names):
    for i in range(len(names)):
        if names[i] is None:
            continue
        return names[i].upper()
    return "none"


def with_constant_index(rows):
    if rows[0] is not None and rows[1] is not None:
        return len(rows[0]) + len(rows[1])
    return 0


def reset(xs, i):
    xs[i] = None


def alias_store(xs, i):
    other = xs
    if xs[i] is not None:
        other[i] = None
        return xs[i] + 1  # None again: CPython's TypeError
    return 0


def call_store(xs, i):
    if xs[i] is not None:
        reset(xs, i)
        return xs[i] * 2
    return 0


print(bucket([(0, 1), (2, 5), (0, 3)], 4))
vals = [None] * 4
vals[1] = 3
vals[2] = 5
print([total(vals, i) for i in range(4)])
print(first_set([None, None, "abc", "d"]), first_set(["x", None]))
print(with_constant_index([[1, 2], [3], None]), with_constant_index([None, [1]]))
d = {"a": None, "b": "bee"}
for key in ["a", "b"]:
    if d[key] is not None:
        print(d[key].upper(), len(d[key]))
    else:
        print("none")
b = Box()
b.slots[1] = 4
slots = b.slots
j = 1
if slots[j] is not None:
    print(slots[j] + 1)
    j = 0
    print(slots[j])
try:
    print(call_store([1, 2], 0))
except TypeError as e:
    print("TypeError:", e)
print(alias_store([5, None], 0))
