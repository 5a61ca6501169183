# List + and *, min/max/sum of lists, list(range(...)) and membership.
a = [1, 2, 3]
b = [10, 20]
c = a + b
print(c, len(c))
print(a * 3, [0] * 5, b * 0)
print([a] * 2, [[0] * 3] * 2)
words = ["x"] * 3 + ["y", "z"]
print(words, words.count("x"))
print(min(c), max(c), sum(c))
fl = [2.5, -1.25, 8.0]
print(min(fl), max(fl), sum(fl), sum(fl) / len(fl))
print(min(["pear", "apple", "fig"]), max(["pear", "apple", "fig"]))
print(list(range(5)), list(range(2, 12, 3)), list(range(10, 0, -2)), list(range(0)))
print(list(range(-3, 3)), list(range(5, 5)), list(range(0, -10, -3)))
acc = [100]
for i in range(4):
    acc = acc + [i * i]
    print(acc)
grid_row = [0] * 4
grid = [grid_row[:] for k in range(3)]
grid[0][0] = 7
print(grid)
print(3 in a, 4 in a, [1, 2] in [[1, 2], [3]], "y" in words)
print([1, 2, 3] == [1, 2, 3], [1, 2] == [1, 2, 3], [1, 2] != [2, 1], a + b == c)
numbers = list(range(1, 21))
print(sum(numbers), max(numbers) - min(numbers), sum(numbers) // len(numbers))
parts = [1.5] * 4
print(parts, sum(parts))
