class Graph:
    def __init__(self, edges):
        self.edges = edges
    def add(self, a, b):
        self.edges.append((a, b))
g = Graph([])
g.add("a", "b")
print(g.edges)
h = Graph(edges=[("x", "y")])
print(h.edges)
