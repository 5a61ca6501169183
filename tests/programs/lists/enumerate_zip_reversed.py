# Iterating with enumerate, zip and reversed over parallel lists.
names = ["ana", "ben", "cleo", "dev"]
ages = [31, 25, 40, 19]
heights = [1.62, 1.80, 1.75, 1.68]
for i, name in enumerate(names):
    print(i, name, len(name))
for name, age in zip(names, ages):
    print(f"{name:<6}{age:>4}")
oldest = ""
best = -1
for name, age in zip(names, ages):
    if age > best:
        best = age
        oldest = name
print("oldest:", oldest, best)
total_h = 0.0
for i, h in enumerate(heights):
    total_h += h
    print(i, h, round(total_h / (i + 1), 4))
for a, h in zip(ages, heights):
    print(a, h, a * h)
short = [1, 2, 3, 4, 5]
long = ["a", "b", "c"]
for n, s in zip(short, long):
    print(n, s * n)
for ch in "stressed"[::-1]:
    print(ch, end="")
print()
for i, v in enumerate(ages[::-1]):
    print("rev", i, v)
idx = len(names) - 1
for name in reversed(names):
    print(idx, name, names[idx] == name)
    idx -= 1
diffs = []
for x, y in zip(ages, ages[1:]):
    diffs.append(y - x)
print("diffs:", diffs)
for i, row in enumerate([[1, 2], [3, 4, 5]]):
    for j, v in enumerate(row):
        print("cell", i, j, v)
letters = []
for i, ch in enumerate("zipper"):
    if i % 2 == 0:
        letters.append(ch.upper())
    else:
        letters.append(ch)
print(letters, "".join(letters))
