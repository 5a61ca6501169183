# `t + (t := t * 2) + t` in a function: the first t is read before the assignment expression stores
# to it, as CPython evaluates left to right. pyzc read the register after the store in a
# concatenation ('ab!ab!' for CPython's 'abab!'): a wrong answer the fuzzer's padparts shape found.


def f(t):
    n = 1
    return t + (t := t * 2) + str(n + (n := n + 5) + n) + t


def g(s, items):
    out = s + (s := s + "!") + str(len(items)) + "".join(items)
    return out, s


s = "ab"
print(s + (s := s + "!") + s)
print(f("x"), g("ab", ["q", "r"]))
