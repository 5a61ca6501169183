# Lists of lists as matrices: creation, transpose, multiplication, printing.
def zeros(rows, cols):
    return [[0] * cols for r in range(rows)]


def transpose(m):
    return [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]


def matmul(a, b):
    n = len(a)
    k = len(b)
    p = len(b[0])
    out = zeros(n, p)
    for i in range(n):
        for j in range(p):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            out[i][j] = s
    return out


def show(m):
    for row in m:
        print(" ".join(f"{v:>4}" for v in row))


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(a)
print(transpose(a))
c = matmul(a, b)
print(c)
show(c)
ident = zeros(3, 3)
for i in range(3):
    ident[i][i] = 1
print(ident)
print(matmul(b, matmul(a, ident)) == matmul(b, a))
power = [[1, 1], [1, 0]]
result = [[1, 0], [0, 1]]
for step in range(10):
    result = matmul(result, power)
    print("step", step + 1, result[0])
grid = zeros(4, 5)
for r in range(4):
    for col in range(5):
        grid[r][col] = r * col - 2
show(grid)
print("row sums", [sum(row) for row in grid])
print("col sums", [sum(column) for column in transpose(grid)])
print("max", max(max(row) for row in grid), "min", min(min(row) for row in grid))
fm = [[0.5, 1.5], [2.0, -1.0]]
print(fm, [[x * 2.0 for x in row] for row in fm])
