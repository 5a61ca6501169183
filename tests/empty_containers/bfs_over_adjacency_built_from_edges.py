from collections import deque
def build(edges):
    adj = {}
    for a, b in edges:
        adj.setdefault(a, []).append(b)
        adj.setdefault(b, []).append(a)
    return adj
def bfs(adj, start):
    dist = {start: 0}
    q = deque([start])
    while q:
        n = q.popleft()
        for m in adj.get(n, []):
            if m not in dist:
                dist[m] = dist[n] + 1
                q.append(m)
    return dist
print(bfs(build([("a", "b"), ("b", "c")]), "a"))
print(bfs(build([]), "z"))
