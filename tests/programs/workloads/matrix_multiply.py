# Multiply two 100x100 integer matrices held as lists of lists.
def make_matrix(n, seed):
    m = []
    x = seed
    for i in range(n):
        row = []
        for j in range(n):
            x = (x * 1103515245 + 12345) % 2147483648
            row.append(x % 21 - 10)
        m.append(row)
    return m


def multiply(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = []
    for i in range(n):
        row = [0] * m
        ai = a[i]
        for t in range(k):
            v = ai[t]
            bt = b[t]
            for j in range(m):
                row[j] += v * bt[j]
        c.append(row)
    return c


def trace(m):
    return sum(m[i][i] for i in range(len(m)))


def main():
    n = 100
    a = make_matrix(n, 1)
    b = make_matrix(n, 2)
    print("a[0][:8]", a[0][:8])
    print("b[99][-8:]", b[99][-8:])
    c = multiply(a, b)
    print("c[0][:6]", c[0][:6])
    print("c[50][50]", c[50][50])
    print("trace", trace(c))
    print("total", sum(sum(row) for row in c))
    print("max", max(max(row) for row in c), "min", min(min(row) for row in c))
    d = multiply(c, a)
    print("trace of c*a", trace(d))


main()
