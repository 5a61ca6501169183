# Tuples as dict keys and set members: a breadth-first search on a grid maze.
maze = [
    "S..#......",
    ".#.#.####.",
    ".#...#....",
    ".####.#.#.",
    "......#.#E",
]
rows = len(maze)
cols = len(maze[0])
walls = set()
start = (0, 0)
goal = (0, 0)
for r in range(rows):
    for c in range(cols):
        ch = maze[r][c]
        if ch == "#":
            walls.add((r, c))
        elif ch == "S":
            start = (r, c)
        elif ch == "E":
            goal = (r, c)
print("size", rows, "x", cols, "walls", len(walls), "start", start, "goal", goal)
print("(0, 3) is wall:", (0, 3) in walls, " (0, 1) is wall:", (0, 1) in walls)

dist = {start: 0}
parent = {start: start}
queue = [start]
head = 0
moves = [(0, 1), (1, 0), (0, -1), (-1, 0)]
while head < len(queue):
    cur = queue[head]
    head += 1
    cr, cc = cur
    for dr, dc in moves:
        nxt = (cr + dr, cc + dc)
        nr, nc = nxt
        if 0 <= nr < rows and 0 <= nc < cols and nxt not in walls and nxt not in dist:
            dist[nxt] = dist[cur] + 1
            parent[nxt] = cur
            queue.append(nxt)
print("reachable cells", len(dist))
print("distance to goal", dist[goal])

path = [goal]
node = goal
while node != start:
    node = parent[node]
    path.append(node)
path.reverse()
print("path length", len(path))
print(path[:5], "...", path[-3:])

on_path = set(path)
for r in range(rows):
    line = ""
    for c in range(cols):
        if (r, c) in walls:
            line += "#"
        elif (r, c) in on_path:
            line += "*"
        else:
            line += "."
    print(line)

far = start
for cell, d in dist.items():
    if d > dist[far] or (d == dist[far] and cell < far):
        far = cell
print("farthest cell", far, "at", dist[far])
print(sorted(walls)[:6])
