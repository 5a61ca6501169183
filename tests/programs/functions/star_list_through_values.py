# f(*xs) of a list through a function value: each function it may be binds the items itself
def f(a, b, c=0):
    return a * 100 + b * 10 + c
def g(x, y):
    return x - y
h = f
xs = [1, 2]
print(h(*xs))
ops = [f, g]
for op in ops:
    print(op(*xs), op(*map(int, "5 3".split())))
k = lambda u, v=4: u + v
one = [1]
print(k(*one), k(*xs))
def outer():
    m = lambda p, q: p * q
    try:
        one = [1]
        return str(m(*one))
    except TypeError as e:
        return str(e)
print(outer())
try:
    three = [1, 2, 3]
    print(ops[1](*three))
except TypeError as e:
    print(e)
