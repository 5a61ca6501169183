# `assert x is not None` (and `assert x`) narrows x as `if x is None: raise` does: after it,
# x is used as its value where pyzc needs one that cannot be None (zip(p, p[1:]), a method).
class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent


def find(n):
    if n < 0:
        return None
    return list(range(n))


def pairs(n):
    p = find(n)
    assert p is not None, f"no path for {n}"
    return [a * 10 + b for a, b in zip(p, p[1:])]


def label(n):
    word = {1: "one", 2: "two"}.get(n)
    assert word
    return word.upper() + "!" * len(word)


def root_name(node):
    parent = node.parent
    assert parent is not None
    return parent.name.title()


def first_even(xs):
    found = None
    for x in xs:
        if x % 2 == 0:
            found = x
            break
    assert found is not None
    return found + 1


print(pairs(4), pairs(1), pairs(0))
print(label(1), label(2))
print(root_name(Node("leaf", Node("trunk"))))
print(first_even([3, 5, 8, 9]))
try:
    label(3)
except AssertionError as e:
    print("AssertionError", repr(str(e)))
try:
    first_even([1, 3])
except AssertionError:
    print("no even number")
print(pairs(-1))
