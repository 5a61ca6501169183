# obj(args) calls the class's __call__ (callable objects: accumulators, strategies, memos)
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, scale=1):
        return (x + self.n) * scale

add3 = Adder(3)
print(add3(4), add3(4, 2), add3(x=1, scale=10))
print([add3(i) for i in range(3)])
adders = [Adder(1), Adder(10)]
print([a(5) for a in adders], adders[1](0))
table = {"one": Adder(1)}
print(table["one"](41))

class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
tick = Counter()
tick()
tick()
print(tick(), tick.calls)

# overrides dispatch on the object's class
class Shape:
    def __call__(self, k):
        return 0
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def __call__(self, k):
        return self.s * self.s * k
shapes = [Shape(), Square(3)]
for sh in shapes:
    print(type(sh).__name__, sh(2))

def apply(f, v):
    return f(v)
print(apply(add3, 7), apply(Square(2), 1))

class Holder:
    def __init__(self, fn):
        self.fn = fn
    def run(self, v):
        return self.fn(v)
print(Holder(add3).run(1))

def double(x):
    return 2 * x
print(apply(double, 5), apply(add3, 5))
