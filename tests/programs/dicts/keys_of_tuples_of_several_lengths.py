# Dict keys and set items that are tuples of several lengths: the key type becomes a tuple
# of any length, and every key is converted where it is stored or looked for.
from functools import lru_cache


def partitions(n, parts, memo):
    key = (n, parts)
    if key in memo:
        return memo[key]
    if n == 0:
        result = 1
    elif n < 0 or not parts:
        result = 0
    else:
        result = partitions(n - parts[0], parts, memo) + partitions(n, parts[1:], memo)
    memo[key] = result
    return result


memo = {}
print(partitions(40, (1, 3, 4, 9), memo), len(memo))
print(sorted(memo.items())[:4])


@lru_cache(maxsize=None)
def routes(x, steps):
    if x == 0:
        return 1
    if x < 0 or len(steps) == 0:
        return 0
    return routes(x - steps[-1], steps) + routes(x, steps[:-1])


print(routes(25, (2, 3, 7)), routes(30, (1, 5)))

visited = {(0, 0)}
visited.add((1, 2, 3))
visited.add(())
visited.add((5,))
print(visited, len(visited))
print((0, 0) in visited, (0, 0, 0) in visited, () in visited, tuple([5]) in visited)
visited.discard((1, 2, 3))
visited.remove(())
print(sorted(visited))
try:
    visited.remove((4, 4, 4, 4))
except KeyError as e:
    print("KeyError:", e)

grid = {(r, c): r * c for r in range(2) for c in range(2)}
grid[(9,)] = 9
grid[(1, 1, 1)] = 111
print(grid)
print(grid.get((1, 1)), grid.get((9,)), grid.get((2, 2, 2), -1), (9,) in grid, (9, 9) in grid)
print(grid.pop((9,)), grid.setdefault((4, 4, 4), 444), len(grid))
del grid[(1, 1, 1)]
try:
    del grid[(7, 7, 7)]
except KeyError as e:
    print("KeyError:", e)
probe = tuple(range(2))
print(probe in grid, grid[probe])
for key in grid:
    print(key, len(key), grid[key])

paths = {("home",): 0}
paths[("home", "user")] = 1
paths[("home", "user", "docs")] = 2
print(max(paths, key=len), paths[("home", "user")])

nested = {(1, (2, 3)): "pair"}
nested[(1, (2,))] = "single"
nested[(1, ())] = "empty"
print(nested, nested[(1, (2, 3))], (1, (2,)) in nested)
print(grid == {(0, 0): 0, (0, 1): 0, (1, 0): 0, (1, 1): 1, (4, 4, 4): 444}, grid == {})
