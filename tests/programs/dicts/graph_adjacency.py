# A dependency graph as a dict of lists: topological order and reachability.
deps = {
    "app": ["ui", "core", "net"],
    "ui": ["core", "gfx"],
    "net": ["core", "tls"],
    "tls": ["crypto"],
    "gfx": ["math"],
    "core": ["math"],
    "crypto": ["math"],
    "math": [],
}
print(deps)
print("packages", len(deps), "edges", sum(len(v) for v in deps.values()))

indegree = {name: 0 for name in deps}
for name, needs in deps.items():
    for dep in needs:
        indegree[dep] = indegree[dep] + 1
print("indegree", indegree)

# reverse edges: who depends on each package
users = {}
for name, needs in deps.items():
    for dep in needs:
        users.setdefault(dep, []).append(name)
for name in sorted(users):
    print(name, "is used by", sorted(users[name]))

# Kahn's algorithm on the reversed graph gives a build order
remaining = {name: len(needs) for name, needs in deps.items()}
ready = sorted([name for name, n in remaining.items() if n == 0])
order = []
while len(ready) > 0:
    cur = ready.pop(0)
    order.append(cur)
    for user in users.get(cur, []):
        remaining[user] -= 1
        if remaining[user] == 0:
            ready.append(user)
            ready.sort()
print("build order", order)

position = {name: i for i, name in enumerate(order)}
ok = True
for name, needs in deps.items():
    for dep in needs:
        if position[dep] > position[name]:
            ok = False
print("order valid", ok)


def reachable(graph, start):
    seen = {start: 0}
    stack = [start]
    while len(stack) > 0:
        node = stack.pop()
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                stack.append(nxt)
    return seen


for root in ["app", "net", "math"]:
    r = reachable(deps, root)
    print(root, "reaches", sorted(r), "count", len(r) - 1)
