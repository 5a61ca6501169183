# Cyclic structures built and dropped in a loop: a ring of nodes pointing at each other, and
# parent <-> child links.  The collector must reclaim the cycles.  Rounds come from argv[1]
# (default 2,000, about 40 MB of garbage); tests/test_memory.py runs 20,000 and bounds the peak RSS.
import sys


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
        self.payload = [value] * 8


class Parent:
    def __init__(self, name):
        self.name = name
        self.children = []


class Child:
    def __init__(self, parent, n):
        self.parent = parent
        self.n = n


def ring(n):
    first = Node(0)
    cur = first
    for i in range(1, n):
        node = Node(i)
        cur.next = node
        cur = node
    cur.next = first
    return first


rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
total = 0
for round_ in range(rounds):
    head = ring(100)
    cur = head.next
    while cur is not head:
        total += cur.value
        cur = cur.next
    p = Parent("p" + str(round_))
    for k in range(50):
        p.children.append(Child(p, k))
    total += len(p.children[7].parent.children)
print("total", total)
