# Generator idioms as users write them: a tree's __iter__ and walk() with yield from, a sliding window
# over a deque, a tokenizer, an endless fib() cut by zip/islice/break and resumed, yield from's value
import itertools
from collections import deque


class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children if children is not None else []

    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c

    def walk(self, depth=0):
        yield depth, self.val
        for c in self.children:
            yield from c.walk(depth + 1)


def window(it, n):
    buf = deque(maxlen=n)
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)


def tokens(text):
    word = ""
    for ch in text:
        if ch.isalnum():
            word += ch
        else:
            if word:
                yield word
                word = ""
            if not ch.isspace():
                yield ch
    if word:
        yield word


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    return [x for _, x in zip(range(n), it)]


def evens_then_total(xs):
    total = 0
    for x in xs:
        if x % 2 == 0:
            total += x
            yield x
    return total


def driver(xs):
    t = yield from evens_then_total(xs)
    print("total was", t)


tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree), sum(tree), max(tree))
for d, v in tree.walk():
    print("  " * d + str(v))
print(list(window(range(6), 3)))
print(list(tokens("x = foo(a1, 22) + b;")))
print(take(10, fib()))
print(list(itertools.islice(fib(), 5, 8)))
print(list(driver([1, 2, 3, 4])))
g = fib()
for x in g:
    if x > 50:
        break
print(next(g), next(g))
nested = ((i, j) for i in range(3) for j in range(i))
print(dict(nested))
gen_of_gens = (tokens(s) for s in ["a b", "c"])
print([list(t) for t in gen_of_gens])
print(sorted((len(w), w) for w in tokens("aa b ccc")))
print(max(tokens("aa b ccc"), key=len), min((w for w in tokens("zz y")), default="none"))
print(sum(x * y for x, y in zip(fib(), range(5))))
print(next((w for w in tokens("a bb ccc") if len(w) > 1), None))
print(list(reversed([w for w in tokens("p q")])))
