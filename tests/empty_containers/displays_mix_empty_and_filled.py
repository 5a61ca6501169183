def f(a):
    grid = [[], ["s"]]
    grid[0].append(a)
    m = {"x": [], "y": [1.5]}
    m["x"].append(2.5)
    z = a if False else ""
    rows = [[]] + [["t"]]
    return grid, m, rows
print(f("q"))
def g(xs):
    both = [xs, ["k"]]
    return both
print(g([]))
