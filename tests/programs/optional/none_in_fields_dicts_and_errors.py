# None or a value in fields and d.get(k); CPython's TypeError/AttributeError where None is used as a value.
class Node:
    def __init__(self, v):
        self.v = v
        self.kids = None
        self.best = None

    def add(self, k):
        if self.kids is None:
            self.kids = []
        self.kids.append(k)
        if self.best is None or k > self.best:
            self.best = k


n = Node(1)
print(n.kids, n.best)
n.add(3)
n.add(2)
print(n.kids, n.best)

d = {"a": 1, "b": 2}
g = d.get("a")
print(g, d.get("zz"), d.get("b") is None)


def div(a, b):
    if b == 0:
        return None
    return a / b


vals = [div(1, 2), div(1, 0), 4.0]
print(vals, vals[1] is None, vals == [0.5, None, 4.0])
total = 0.0
for v in vals:
    if v is not None:
        total += v
print(total)


def fail(what):
    x = None
    if what > 100:
        x = [1]
    try:
        if what == 0:
            print(x[0])
        elif what == 1:
            print(len(x))
        elif what == 2:
            for i in x:
                print(i)
        elif what == 3:
            x.append(1)
    except TypeError as e:
        print("TypeError:", e)
    except AttributeError as e:
        print("AttributeError:", e)


for w in range(4):
    fail(w)


def num(k):
    y = None
    if k > 100:
        y = 5
    try:
        if k == 0:
            print(y + 1)
        elif k == 1:
            print(1 - y)
        elif k == 2:
            print(y < 3)
        elif k == 3:
            print(-y)
        elif k == 4:
            a, b = (None if k == 4 else (1, 2))
    except TypeError as e:
        print("TypeError:", e)


for k in range(5):
    num(k)
s = None
s = "abc" if len(d) > 5 else s
print(s or "default", s)
