# Drawing text patterns with nested loops.
n = 5
for i in range(1, n + 1):
    print("*" * i)
for i in range(n, 0, -1):
    print(" " * (n - i) + "*" * (2 * i - 1))
for i in range(n):
    line = ""
    for j in range(n):
        if i == j or i + j == n - 1:
            line += "X"
        elif i == 0 or j == 0 or i == n - 1 or j == n - 1:
            line += "#"
        else:
            line += "."
    print(line)
print("multiplication table")
for i in range(1, 10):
    row = ""
    for j in range(1, 10):
        row += f"{i * j:>4}"
    print(row)
print("pascal")
row_vals = [1]
for level in range(10):
    print(" " * (2 * (9 - level)) + "".join(f"{v:>4}" for v in row_vals))
    nxt = [1]
    for k in range(1, len(row_vals)):
        nxt.append(row_vals[k - 1] + row_vals[k])
    nxt.append(1)
    row_vals = nxt
for i in range(8):
    line = ""
    for j in range(16):
        if (i + j) % 4 < 2:
            line += "/"
        else:
            line += "\\"
    print(line)
