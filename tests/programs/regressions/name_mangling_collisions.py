# Names that collided after mangling into C: a user variable t1 and the temporary t1 (the
# parameter was overwritten: silent miscompilation), x_c1 and the comprehension variable x@1,
# é and _u00e9_, and a function twice__int beside the int instance of twice().
def f(t1):
    t2 = t1 * 2 + 1
    t3 = [t2, t1 + 3]
    return t3[0] + len(str(t2))


print(f(5))
x_c1 = 10
ys = [x * 2 for x in range(3)]
zs = [x + x_c1 for x in range(3)]
print(ys, zs, x_c1)
é = 1
_u00e9_ = 2
print(é, _u00e9_)
def g():
    ü = 3
    _u00fc_ = 4
    return ü * 10 + _u00fc_
print(g())
def f2(t1):
    t2 = t1 * 2 + 1
    t3 = [t2, t1 + 3]
    return t3[0] + len(str(t2))

print(f2(5))


def twice(a):
    return a + a


def twice__int(a):
    return a * 3


print(twice(2), twice("ab"), twice__int(2))
ñ = "eñe"
n_u00f1_ = "plain"
print(ñ, n_u00f1_, len(ñ))
