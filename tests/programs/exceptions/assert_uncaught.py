# A consistency check with assert fails after a bad update; the AssertionError is uncaught.
def transpose(m):
    rows = len(m)
    cols = len(m[0])
    return [[m[r][c] for r in range(rows)] for c in range(cols)]


def check_square(m):
    for row in m:
        assert len(row) == len(m), f"row of length {len(row)} in {len(m)}x{len(m)} matrix"


def trace(m):
    check_square(m)
    total = 0
    for i in range(len(m)):
        total += m[i][i]
    return total


def is_symmetric(m):
    return transpose(m) == m


grid = [[2, 7, 6], [9, 5, 1], [4, 3, 8]]
print("grid", grid)
print("trace", trace(grid))
print("transpose", transpose(grid))
print("symmetric", is_symmetric(grid))
sym = [[1, 2], [2, 1]]
print("sym", sym, "trace", trace(sym), "symmetric", is_symmetric(sym))
try:
    check_square([[1, 2, 3], [4, 5, 6]])
except AssertionError as err:
    print("caught:", err)
grid[1].append(0)
print("after append", grid)
print("trace", trace(grid))
print("not reached")
