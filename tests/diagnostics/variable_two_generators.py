# expect: 12:12: error: this is a generator of a() or b(), whose items would be int and str; generators held in one place must yield one type
def a():
    yield 1


def b():
    yield "two"


g = a()
g = b()
print(list(g))
