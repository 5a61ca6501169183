# Multiply two square matrices stored as lists of lists.


def make_matrix(n, seed):
    state = seed
    matrix = []
    for i in range(n):
        row = []
        for j in range(n):
            state = (state * 1103515245 + 12345) % 2147483648
            row.append((state % 2000 - 1000) / 100.0)
        matrix.append(row)
    return matrix


def transpose(m):
    return [[m[i][j] for i in range(len(m))] for j in range(len(m[0]))]


def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def main():
    n = 180
    a = make_matrix(n, 1)
    b = make_matrix(n, 2)
    c = matmul(a, b)
    trace = 0.0
    for i in range(n):
        trace += c[i][i]
    total = sum(sum(row) for row in c)
    print(f"size: {n}x{n}")
    print(f"trace: {trace:.6f}")
    print(f"sum: {total:.6f}")
    print(f"c[0][0]: {c[0][0]:.6f}  c[{n - 1}][{n - 1}]: {c[n - 1][n - 1]:.6f}")


main()
