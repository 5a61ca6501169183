# A parameter given an int whose variable then holds a float (`c += 1.5`): pyzc failed internally (the
# C parameter kept the argument's type); the variable is now a copy of the parameter made on entry.
def f(c1):
    c1 += 1.5
    return c1
print(f(3))
def g(c1):
    c1 = c1 + 0.5
    return c1
print(g(3))
def nup(c, k, d=2):
    if k > 2:
        c += k * 0.5
    d = d + k / 2 if k % 2 else d - 1
    return c, d
print(nup(-3, -1), nup(2, 2, 1))
