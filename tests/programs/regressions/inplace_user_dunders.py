# x op= y calls __iop__ when the class has one (changing the object: aliases see it),
# else falls back to __op__ and rebinds the name to a new object
class Acc:
    def __init__(self, n):
        self.n = n
        self.log = []

    def __iadd__(self, k):
        self.n += k
        self.log.append(k)
        return self

    def __imul__(self, k):
        self.n *= k
        return self

    def __add__(self, k):
        return Acc(self.n + k + 1000)

    def __sub__(self, k):
        return Acc(self.n - k)


a = Acc(1)
b = a
b += 5
print(a.n, b.n, a.log)
b *= 3
print(a.n, b.n)
b -= 1
print(a.n, b.n)
c = a + 1
print(c.n, a.n)


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return Vec(self.x + o.x)


v = Vec(1)
w = v
w += Vec(2)
print(v.x, w.x)


class Team:
    def __init__(self):
        self.total = Acc(0)


t = Team()
keep = t.total
t.total += 4
print(keep.n, t.total.n)
accs = [Acc(10)]
first = accs[0]
accs[0] += 2
print(first.n, accs[0].n, first.log)
