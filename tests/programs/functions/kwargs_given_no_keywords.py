# A **kwargs dict that no call fills is still a dict of str keys: it updates another, is iterated.
def f(**kwargs):
    kw = {"c": 1}
    kw.update(kwargs)
    return kw


print(f(), f(d=2))
print(f())


def names(**kw):
    return sorted(kw) + [k.upper() for k in kw]


print(names(), names(b=1, a=2))
