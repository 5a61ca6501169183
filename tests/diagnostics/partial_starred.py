# expect: 9:5: error: functools.partial() with *args or **kwargs is not supported yet
import functools


def f(a, b):
    return a + b


p = functools.partial(f, *[1])
print(p(2))
