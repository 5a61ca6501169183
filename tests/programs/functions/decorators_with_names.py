import functools


def announce(f):
    @functools.wraps(f)
    def wrapper(*args):
        print("->", f.__name__, args)
        return f(*args)
    print("decorating", f.__name__, wrapper.__qualname__)
    return wrapper


def repeat(n):
    def deco(f):
        def run(x):
            return [f(x) for _ in range(n)]
        return run
    return deco


@announce
def area(w, h):
    return w * h


@repeat(2)
@announce
def shout(s):
    return s.upper()


class Shape:
    def scaler(self, k):
        def scale(v):
            return v * k
        return scale


print(area(3, 4))
print(shout("hey"))
print(Shape().scaler(3).__qualname__, Shape().scaler(3)(5))
handlers = [area, shout, len, abs]
print([h.__name__ for h in handlers[:2]])
print(len.__name__, (lambda: 0).__name__)
