class Node:
    def __init__(self, name, kids):
        self.name = name
        self.kids = kids
    def add(self, k):
        self.kids.append(k)
        return self
root = Node("r", [])
root.add(Node("c", []))
print(len(root.kids), root.kids[0].name)
