def make_ops(scale):
    table = {}
    table["add"] = lambda a, b: (a + b) * scale
    table["sub"] = lambda a, b: (a - b) * scale
    def mul(a, b):
        return a * b * scale
    table["mul"] = mul
    return table

ops = make_ops(2)
for name in sorted(ops):
    print(name, ops[name](7, 3))

def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle

print(outer(1)(2)(3))

class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def depositor(self, fee):
        def deposit(amount):
            self.balance += amount - fee
            return self.balance
        return deposit

acct = Account("ann")
d = acct.depositor(1)
d(10)
d(5)
print(acct.owner, acct.balance)

def pairs_fns(items):
    out = []
    for k, v in items:
        out.append(lambda: k + "=" + str(v))
    return out
print([f() for f in pairs_fns([("a", 1), ("b", 2)])])

def fact_maker():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(fact_maker()(10))

def countdown_gen(n):
    def gen():
        i = n
        while i > 0:
            yield i
            i -= 1
    return gen
print(list(countdown_gen(4)()))

class Registry:
    def __init__(self):
        self.callbacks = []
    def add(self, cb):
        self.callbacks.append(cb)
    def fire(self, v):
        return [cb(v) for cb in self.callbacks]

def build(reg, factor):
    reg.add(lambda v: v * factor)
    reg.add(lambda v: v + factor)

r = Registry()
build(r, 3)
build(r, 10)
print(r.fire(2))

def rebinding():
    msg = "first"
    f = lambda: msg
    print(f())
    msg = "second"
    return f
print(rebinding()())

def with_default_and_capture(base):
    def g(x, y=5):
        return base * x + y
    return g
h = with_default_and_capture(3)
print(h(1), h(1, 0), h(y=1, x=2))
