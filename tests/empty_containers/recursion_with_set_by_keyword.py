def visit(n, seen=None):
    return n
def dfs(graph, node, seen):
    if node in seen:
        return
    seen.add(node)
    for nb in graph[node]:
        dfs(graph, nb, seen)
g = {1: [2, 3], 2: [3], 3: [1]}
s = set()
dfs(g, 1, seen=s)
print(sorted(s))
dfs(g, 2, set())
