# expect: 11:1: error: variable 'g' is generator of a() but is assigned a generator of b() here; a variable must keep one type
def a():
    yield 1


def b():
    yield 2


g = a()
g = b()
print(list(g))
