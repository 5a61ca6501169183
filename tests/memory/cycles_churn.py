# Cyclic garbage in a loop: rings of nodes and parent <-> child links, about 0.3 GB in all, kept at most one round.
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
        self.payload = [value] * 16


class Parent:
    def __init__(self, name):
        self.name = name
        self.children = []


class Child:
    def __init__(self, parent, n):
        self.parent = parent
        self.n = n
        self.tag = "c" + str(n)


def ring(n, base):
    first = Node(base)
    cur = first
    for i in range(1, n):
        node = Node(base + i)
        cur.next = node
        cur = node
    cur.next = first
    return first


total = 0
kept = 0
for round_ in range(10000):
    head = ring(100, round_)
    cur = head.next
    while cur is not head:
        total += cur.value + cur.payload[15]
        cur = cur.next
    p = Parent("p" + str(round_))
    for k in range(20):
        p.children.append(Child(p, k))
    total += len(p.children[7].parent.children)
    kept += len(p.children[-1].tag)
print("total", total, "kept", kept)
