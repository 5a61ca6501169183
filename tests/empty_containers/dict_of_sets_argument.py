def link(graph, a, b):
    graph.setdefault(a, set()).add(b)
    graph.setdefault(b, set()).add(a)
g = {}
link(g, "x", "y")
print(sorted(g), sorted(g["x"]))
h = link({}, 1, 2)
