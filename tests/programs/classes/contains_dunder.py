# x in obj: the truth of obj.__contains__(x), for not in too
class Agenda:
    def __init__(self):
        self.d = {}
    def __contains__(self, key):
        return key in self.d
    def add(self, k):
        self.d[k] = 1
class Bag:
    def __init__(self, xs):
        self.xs = xs
    def __contains__(self, x):
        return self.xs.count(x)
a = Agenda()
a.add("x")
print("x" in a, "y" in a, "y" not in a)
b = Bag([1, 2, 2])
print(2 in b, 5 in b, 5 not in b)
