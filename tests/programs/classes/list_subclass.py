# class C(list): the object is a list with methods of its own
class Stack(list):
    def push(self, x):
        self.append(x)
    def top(self):
        return self[-1]
    def is_empty(self):
        return len(self) == 0

s = Stack()
print(s, s.is_empty(), bool(s), isinstance(s, list), type(s).__name__)
s.push(3)
s.push(1)
s.push(2)
print(s, len(s), s.top(), s[0], 1 in s, 5 in s)
for x in s:
    print("item", x)
print(sorted(s), list(s), sum(s), max(s), [2 * x for x in s])
s[0] = 10
del s[1]
print(s, s.pop(), s, s.index(10), s.count(10))
s.extend([7, 8])
s.insert(0, 0)
s.sort(reverse=True)
print(s, s == [10, 8, 7, 0], s != [1], s == Stack([10, 8, 7, 0]))
s.extend([4])
print(s, s + [5], len(s.copy()))
s.reverse()
s.remove(10)
print(s)
s.clear()
print(s, not s)

# made from an iterable, with an __init__ of its own, overriding a method with super()
class Path(list):
    def __init__(self, start, steps):
        super().__init__(steps)
        self.start = start
    def append(self, step):
        print("step", step)
        super().append(step)
    def __str__(self):
        return f"Path from {self.start}: {list(self)}"

p = Path("home", ["a", "b"])
p.append("c")
print(p, len(p), repr(p))
print(Stack(range(3)), Stack((5, 6)))

class Named(list):
    def __init__(self, name):
        self.name = name
n = Named("empty")
n.append(1.5)
print(n.name, n)

try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
class Words(list):
    pass
words = Words()
for w in ["ccc", "a", "bb"]:
    words.append(w)
words.sort(key=len)
print(words)
words.sort(key=lambda w: w[0], reverse=True)
print(words)

# a class deriving from one that derives from list, with an __init__ that does not call super()
class Top(Stack):
    def __init__(self, label):
        self.label = label
t = Top("t")
t.push(9)
print(t.label, t.top(), t, len(t), isinstance(t, list), isinstance(t, Stack))
