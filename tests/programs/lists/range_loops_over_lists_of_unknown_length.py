# Loops versioned by passes/version_loops.py: a test before the loop picks a copy without index
# checks when the range lies inside the list; otherwise the original loop raises IndexError (or
# UnboundLocalError) at the same point as CPython.
def f(xs, n):
    s = 0
    for i in range(n):
        s += xs[i]
    return s

def g(c, n):
    if c:
        ys = [1, 2, 3]
    t = 0
    for i in range(n):
        t += ys[i]
    return t

def h(xs, a, b):
    out = 0
    for i in range(a, b):
        out += xs[i] * 2
    return out

print(f([1, 2, 3, 4], 4), f([1, 2, 3], 2))
print(h([5, 6, 7, 8], 1, 3), h([5, 6, 7, 8], -2, 2))
print(g(True, 3))
try:
    print(f([1, 2], 3))
except IndexError as e:
    print("IndexError", e)
try:
    print(h([1, 2], 1, 5))
except IndexError as e:
    print("IndexError", e)
print(g(False, 2))
