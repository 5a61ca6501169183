# A lambda's computed default is evaluated where the lambda is, and each function value keeps its own
# (frontend/lambda_defaults.py).

callbacks = []
for i in range(3):
    callbacks.append(lambda x, i=i: x + i)
print([f(10) for f in callbacks])
print([f(10, 100) for f in callbacks])  # the default given explicitly

base = 10
shift = lambda x, b=base: x + b
base = 20  # the default was taken when the lambda was made
print(shift(1), shift(1, 2))


def make_joiners(n):
    out = []
    for k in range(n):
        out.append(lambda v, k=k, sep="-": sep.join([str(v)] * (k + 1)))
    return out


for g in make_joiners(3):
    print(g(7))

labels = {name: (lambda msg, name=name: f"{name}: {msg}") for name in ["info", "warn"]}
print(labels["warn"]("disk full"), labels["info"]("ok"))

scalers = [lambda x, n=n: x * n for n in range(1, 4)]
print([s(5) for s in scalers])

order = []


def note(v):
    order.append(v)
    return v


pair = (note("first"), lambda y=note("default"): y, note("last"))
print(order, pair[1](), pair[1]("given"))

table = [1, 2, 3]
peek = lambda t=table: t[-1]
table.append(4)  # the same list: the default is the object, not a copy
print(peek())

divisors = [lambda x, d=d: x // d for d in [2, 1, 0]]
for f in divisors:
    print(f(10))  # the last raises ZeroDivisionError inside <lambda>
