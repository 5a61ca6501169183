# expect: 14:7: error: Leaf defines __eq__, which Node (the class of these objects as pyzc types them) has not: pyzc would hash and compare an object of Leaf here as one of Node; not supported yet
class Node:
    pass


class Leaf(Node):
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Leaf) and self.v == other.v

nodes = [Node(), Leaf(1)]
print(nodes.count(Leaf(1)))
