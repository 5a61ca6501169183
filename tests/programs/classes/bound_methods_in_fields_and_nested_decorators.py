class Node:
    def __init__(self, v):
        self.v = v
        self.on_visit = None

    def report(self, depth):
        print("  " * depth + str(self.v))
        return self.v * 2


def walk(nodes, depth):
    total = 0
    for n in nodes:
        n.on_visit = n.report
        total += n.on_visit(depth)
    return total


print(walk([Node(1), Node(2)], 1))


def make_nested():
    def deco(f):
        def inner(x):
            return f(x) + 1
        return inner

    @deco
    def base(x):
        return x * 10

    return base(4)


print(make_nested())


class Holder:
    pass


maybe = None
for i in range(2):
    if i == 1:
        maybe = Node(7)
print(maybe.report(0))
missing = None
if len(str(maybe)) > 100:
    missing = Node(1)
f = missing.report
