# A binary search tree: insert, search, in-order traversal, height and min/max.
class TreeNode:
    def __init__(self, key, label):
        self.key = key
        self.label = label
        self.left = None
        self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key, label):
        node = TreeNode(key, label)
        self.count += 1
        if self.root is None:
            self.root = node
            return
        cur = self.root
        while True:
            if key < cur.key:
                if cur.left is None:
                    cur.left = node
                    return
                cur = cur.left
            else:
                if cur.right is None:
                    cur.right = node
                    return
                cur = cur.right

    def find(self, key):
        cur = self.root
        depth = 0
        while cur is not None:
            if key == cur.key:
                return cur.label + " at depth " + str(depth)
            cur = cur.left if key < cur.key else cur.right
            depth += 1
        return "missing"


def in_order(node, out):
    if node is None:
        return
    in_order(node.left, out)
    out.append(node.key)
    in_order(node.right, out)


def height(node):
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    tree.insert(k, "n" + str(k))
keys = []
in_order(tree.root, keys)
print("in order", keys, "count", tree.count)
print("height", height(tree.root), "left height", height(tree.root.left))
for k in [45, 50, 65, 10, 99]:
    print("find", k, "->", tree.find(k))
lo = tree.root
while lo.left is not None:
    lo = lo.left
hi = tree.root
while hi.right is not None:
    hi = hi.right
print("min", lo.key, lo.label, "max", hi.key, hi.label)
chain = BST()
for k in range(1, 8):
    chain.insert(k, "c")
print("degenerate height", height(chain.root), "balanced height", height(tree.root))
