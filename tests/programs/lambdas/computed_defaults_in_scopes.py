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
