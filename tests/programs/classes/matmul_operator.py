# The @ operator on objects whose class defines __matmul__ (and @= with __imatmul__).
class V:
    def __init__(self, xs):
        self.xs = xs
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.xs, o.xs))
    def __rmatmul__(self, o):
        return -1
    def __imatmul__(self, o):
        self.xs = [a * b for a, b in zip(self.xs, o.xs)]
        return self
v = V([1, 2, 3])
print(v @ v, V([0.5]) @ V([4.0]))
v @= V([2, 2, 2])
print(v.xs)
class W:
    pass
print(W() @ v if False else 0)
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    @classmethod
    def identity(cls, n):
        z = cls.zeros(n, n)
        for i in range(n):
            z[i, i] = 1
        return z

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __matmul__(self, o):
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(self.m)) for j in range(o.m)] for i in range(self.n)])

    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])

    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])

    def __eq__(self, o):
        return self.rows == o.rows

    def __pow__(self, e):
        r = Matrix.identity(self.n)
        b = self
        while e:
            if e & 1:
                r = r @ b
            b = b @ b
            e >>= 1
        return r

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(f"{x:>{w}}" for x in r) for r in self.rows)

fibm = Matrix([[1, 1], [1, 0]])
print(fibm ** 10)
print((fibm ** 90)[0, 1])
a = Matrix([[1, 2], [3, 4]])
print(a @ a, a * 3, a + a, a == Matrix([[1, 2], [3, 4]]), sep="\n")
print(repr(Matrix.identity(3)))
