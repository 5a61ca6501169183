# **kwargs parameters: the extra keyword arguments in a dict, in the call's order, with *args and keyword-only ones
def f(a, *args, sep=", ", **kw):
    parts = [str(a)] + [str(x) for x in args]
    for k, v in kw.items():
        parts.append(k + "=" + str(v))
    return sep.join(parts)
print(f(1))
print(f(1, 2, 3, x=4, y=5))
print(f(1, sep="/", z=9))
def g(**opts):
    return len(opts), sorted(opts)
print(g(b=1, a=2), g())
class C:
    def __init__(self, **attrs):
        self.attrs = attrs
    def get(self, k, **more):
        return self.attrs.get(k, 0) + len(more)
c = C(w=3, h=4)
print(c.attrs, c.get("w"), c.get("q", extra=1))
def h(**kw):
    return kw
print(h(kw=2), h(h=1, a=3))
def tag(name, **attrs):
    inner = " ".join(k + '="' + v + '"' for k, v in attrs.items())
    return "<" + name + (" " + inner if inner else "") + ">"
print(tag("p"), tag("a", href="x.html", title="X"))
