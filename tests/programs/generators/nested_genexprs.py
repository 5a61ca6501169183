# Generator expressions over nested data and computed ranges.
def dot(xs, ys):
    return sum(xs[i] * ys[i] for i in range(len(xs)))


def norm_sq(xs):
    return sum(x * x for x in xs)


def cell_text(grid, r):
    return " ".join(str(v) for v in grid[r])


vectors = [[1.0, 2.0, 2.0], [3.0, 0.0, -4.0], [0.5, 0.5, 0.5]]
for v in vectors:
    print(v, "norm^2", norm_sq(v), "norm", norm_sq(v) ** 0.5)
for i in range(len(vectors)):
    print(" ".join(f"{dot(vectors[i], vectors[j]):.2f}" for j in range(len(vectors))))
grid = [[(r * 7 + c * 3) % 10 for c in range(6)] for r in range(5)]
for r in range(len(grid)):
    print(cell_text(grid, r), "| row sum", sum(val for val in grid[r]))
print("column sums", list(sum(grid[r][c] for r in range(len(grid))) for c in range(6)))
print("cells equal to 0:", sum(1 for row in grid for val in row if val == 0))
print("largest row sum:", max(sum(row) for row in grid))
print("any row without odd:", any(all(val % 2 == 0 for val in row) for row in grid))
print("pythagorean triples:", sum(1 for a in range(1, 30) for b in range(a, 30) for c in range(b, 30) if a * a + b * b == c * c))
total_chars = sum(len(w) for line in ["a bb ccc", "dddd e"] for w in line.split())
print("chars:", total_chars)
print(sorted(w for line in ["pear fig", "apple kiwi plum"] for w in line.split()))
print(", ".join(str(n) for n in range(1, 40) if all(n % p != 0 for p in [2, 3, 5])))
