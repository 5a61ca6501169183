def make_multipliers():
    fs = []
    for i in range(4):
        fs.append(lambda x: x * i)
    return fs

print([f(10) for f in make_multipliers()])

def make_counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter(10)
c2 = make_counter(100)
c1(); c1(5)
print(c1(), c2(), c2(2))

def compose(f, g):
    return lambda x: f(g(x))

def double(x):
    return x * 2

def inc(x):
    return x + 1

h = compose(double, inc)
print(h(5), compose(inc, double)(5))

def late():
    fs = {}
    name = "a"
    fs["get"] = lambda: name
    name = "b"
    return fs

print(late()["get"]())

class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []

    def on_click(self, fn):
        self.handlers.append(fn)

    def click(self):
        for h in self.handlers:
            h(self.label)

def make_logger(prefix):
    log = []
    def handler(label):
        log.append(prefix + ":" + label)
        print(prefix, label, len(log))
    return handler

b = Button("ok")
b.on_click(make_logger("first"))
b.on_click(make_logger("second"))
b.click()
b.click()

def adders():
    out = []
    for n in [1, 2, 3]:
        def add(x, n=n):
            return x + n
        out.append(add)
    return out
print([a(10) for a in adders()])

def pair_maker(a, b):
    t = (a, b)
    def get():
        return t
    return get
print(pair_maker(1, "x")())

def accum():
    total = 0.0
    items = []
    def add(v):
        items.append(v)
        return sum(items) + total
    return add
acc = accum()
acc(1.5)
print(acc(2.25))
