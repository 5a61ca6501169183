# Lambdas with computed defaults (lambda x, i=i: ...): each lambda keeps the values it was made with.
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
scale = 3
muls = {n: (lambda v, n=n, k=scale: v * n * k) for n in (1, 2)}
print({n: f(5) for n, f in muls.items()})
def make_buttons(labels):
    out = []
    for lab in labels:
        out.append(lambda lab=lab: "clicked " + lab)
    return out
print([b() for b in make_buttons(["ok", "cancel"])])
def powers(base):
    fs = []
    for e in range(4):
        fs.append(lambda x, e=e, b=base: b ** e + x)
    return fs
print([f(1) for f in powers(2)])
class Handler:
    def __init__(self):
        self.log = []
    def bind(self, names):
        return [lambda msg, n=n: self.log.append(f"{n}: {msg}") for n in names]
h = Handler()
for cb in h.bind(["a", "b"]):
    cb("hi")
print(h.log)
default_width = 8
fmt = lambda s, w=default_width: s.rjust(w, ".")
print(fmt("x"), fmt("yz"))


# A lambda that reads its function's variables, called with its computed parameter given, by
# position and by name; a constant default after a computed one; the variable it reads rebound
# after the lambda is made (the lambda sees the new value, its default keeps the old); a nested
# def with a computed default made by a nested factory; a traceback through such a lambda.
def make(scale):
    f = lambda x, b=scale * 2, c=1: x * scale + b + c
    scale += 10
    return f(1), f(1, 2), f(1, b=5), f(1, 2, 3), f(1, c=0)


print(make(3))


def outer():
    def mk(d):
        def inner(x, i=d):
            return x + i
        return inner
    g = mk(3)
    return g(1), g(1, 5)


print(outer())


def divide_all(n):
    fs = [lambda x, k=k: x // (k - n) for k in range(3)]
    return [fs[0](6), fs[2](6, 4)] + [f(6) for f in fs]


print(divide_all(1))
