# expect: 9:38: error: functools.cmp_to_key() of a function that is not a module-level function or a lambda of module-level names is not supported yet
from functools import cmp_to_key


def order(xs, descending):
    def compare(a, b):
        return b - a if descending else a - b

    return sorted(xs, key=cmp_to_key(compare))


print(order([3, 1, 2], True))
