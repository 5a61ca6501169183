# Using lists as stacks and queues: RPN evaluation and a BFS on a grid.
def eval_rpn(expr):
    stack = []
    for tok in expr.split():
        if tok == "+" or tok == "-" or tok == "*" or tok == "/":
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            else:
                stack.append(a // b)
        else:
            stack.append(int(tok))
        print("   ", tok, stack)
    return stack.pop()


def bfs(grid, sr, sc, tr, tc):
    rows = len(grid)
    cols = len(grid[0])
    dist = [[-1] * cols for r in range(rows)]
    queue_r = [sr]
    queue_c = [sc]
    dist[sr][sc] = 0
    while len(queue_r) > 0:
        r = queue_r.pop(0)
        c = queue_c.pop(0)
        for dr, dc in zip([1, -1, 0, 0], [0, 0, 1, -1]):
            nr = r + dr
            nc = c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and dist[nr][nc] < 0:
                dist[nr][nc] = dist[r][c] + 1
                queue_r.append(nr)
                queue_c.append(nc)
    return dist[tr][tc]


print(eval_rpn("3 4 + 2 *"))
print(eval_rpn("5 1 2 + 4 * + 3 -"))
print(eval_rpn("100 7 / 3 -"))
maze = ["..#.....", ".##.###.", "....#...", "#.#...#.", "..#.#.#."]
for line in maze:
    print(line)
print("shortest path:", bfs(maze, 0, 0, 4, 7))
print("unreachable:", bfs([".#", "#."], 0, 0, 1, 1))
