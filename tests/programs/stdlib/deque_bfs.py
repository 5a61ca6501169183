# collections.deque as a BFS queue on a grid maze, and as a stack; popleft/appendleft/rotate/indexing/in
import collections

MAZE = [
    "S.#.......",
    ".##.####.#",
    "....#....#",
    "#.#.#.##..",
    "..#...#..E",
]


def bfs(maze):
    rows, cols = len(maze), len(maze[0])
    start = (0, 0)
    goal = (0, 0)
    for r in range(rows):
        for c in range(cols):
            if maze[r][c] == "S":
                start = (r, c)
            elif maze[r][c] == "E":
                goal = (r, c)
    dist = {start: 0}
    queue = collections.deque([start])
    order = []
    while queue:
        r, c = queue.popleft()
        order.append((r, c))
        if (r, c) == goal:
            break
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return dist.get(goal, -1), len(order), len(queue)


print(bfs(MAZE))

d = collections.deque()
for i in range(5):
    d.append(i * i)
    d.appendleft(-i)
print(d, len(d), d[0], d[-1], d[3])
d.rotate(3)
print(d)
d.rotate(-4)
print(d)
print(16 in d, 5 in d, d.count(0), d.index(16))
d[2] = 100
d[-1] += 7
print(d, sum(d), max(d), sorted(d)[:3])
d.extend(range(3))
d.extendleft([7, 8, 9])
print(d)
d.remove(100)
d.reverse()
print(d, list(d) == sorted(d))
stack = collections.deque(["a", "b", "c"])
while stack:
    print(stack.pop(), end=" ")
print(stack, bool(stack))
try:
    stack.popleft()
except IndexError as e:
    print("IndexError:", e)
try:
    print(d[40])
except IndexError as e:
    print("IndexError:", e)
copy = d.copy()
copy.clear()
print(len(d), len(copy), [x * 2 for x in d if x > 0])
d.pop()
stack.pop()
