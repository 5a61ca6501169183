# Lists of lists (and of tuples) made here take wider items at the inner level: a comprehension of
# [0] * n given a float, a function's result filled with floats by its caller, tuples whose first
# position is an int or a float.
scores = [[0] * 3 for _ in range(2)]
scores[1][2] = 0.5
print(scores)
best = [[0] * 2, [1] * 2]
best = [[0.5, 1.0]]
print(best)
table = {"a": [1, 2]}
table["a"][0] = None
print(table)


def grid(n):
    return [[0] * n for _ in range(n)]


g = grid(2)
g[0][0] = 2.5
print(g, grid(1))
moves = [(0, (1, 2))]
moves.append((0.5, (3, 4)))
print(moves, max(moves))
