def kw(a=1, b=2):
    return a * 10 + b


def fwd(f, *args, **kwargs):
    return f(*args, **kwargs)


print(fwd(kw), fwd(kw, 5), fwd(kw, **{"b": 7}))

n = [0]


def g():
    n[0] += 1
    return n[0]


f = kw
print(f(**{"b": g()}), n, kw(**{"a": g()}), n)
