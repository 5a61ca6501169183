# callable(x): functions, lambdas, builtins and classes as values, objects whose class has __call__; not other values.
def f(x):
    return x + 1


class Adder:
    def __call__(self, x):
        return x + 2


class Plain:
    pass


g = lambda y: y * 2
handlers = [f, g]
print(callable(f), callable(g), callable(Adder()), callable(Plain()), callable(3), callable("s"), callable(handlers))
print(callable(handlers[0]), callable(len), callable(Adder), [callable(h) for h in handlers])
