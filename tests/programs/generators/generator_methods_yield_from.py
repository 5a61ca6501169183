class Tree:
    def __init__(self, value, children):
        self.value = value
        self.children = children

    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()

    def leaves(self):
        if not self.children:
            yield self.value
            return
        for c in self.children:
            for v in c.leaves():
                yield v


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, g):
    out = []
    for x in g:
        if len(out) >= n:
            break
        out.append(x)
    return out


def inner(k):
    for i in range(k):
        yield i
    return k * 10


def outer():
    total = yield from inner(3)
    yield total
    r = yield from [7, 8]
    print("r is", r)


def words(lines):
    for line in lines:
        for w in line.split():
            yield w.lower()


t = Tree(1, [Tree(2, [Tree(4, [])]), Tree(3, [Tree(5, []), Tree(6, [])])])
print(list(t.walk()))
print(list(t.leaves()))
print(take(10, fib()))
f = fib()
print(take(3, f), take(3, f))
print(list(outer()))
lines = ["The quick brown", "fox Jumps over", "the lazy dog"]
print(sorted(words(lines)))
print(" ".join(words(lines)))
print(min(words(lines)), max(words(lines)))
print(any(w == "fox" for w in words(lines)), all(len(w) > 2 for w in words(lines)))
for i, w in enumerate(words(lines)):
    if i < 3:
        print(i, w)
for a, b in zip(words(lines), fib()):
    print(a, b)
print(sum(x * x for x in inner(5)))
print(max(inner(4)), min(inner(4)))
print(sorted(t.walk(), reverse=True))
print(set(inner(3)), tuple(inner(3)))
