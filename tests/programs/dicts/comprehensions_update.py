# Dict comprehensions, update and merging of settings.
squares = {n: n * n for n in range(1, 8)}
print(squares)
odd_squares = {n: sq for n, sq in squares.items() if n % 2 == 1}
print(odd_squares)

names = ["Ann", "Bartholomew", "Cy", "Dorothea"]
name_len = {name: len(name) for name in names}
print(name_len)
long_names = {name: n for name, n in name_len.items() if n > 3}
print(long_names)

inverted = {sq: n for n, sq in squares.items()}
print(inverted)
print(inverted[25], 36 in inverted, 37 in inverted)

defaults = {"width": 80, "height": 24, "tabsize": 8, "margin": 2}
user = {"width": 120, "margin": 0}
settings = dict(defaults)
settings.update(user)
print("defaults", defaults)
print("settings", settings)
settings.update({"tabsize": 4, "columns": 2})
print("updated", settings)
changed = {k: v for k, v in settings.items() if k not in defaults or defaults[k] != v}
print("changed", changed)

prices = {"tea": 2.5, "coffee": 3.25, "cake": 4.0, "juice": 3.0}
with_tax = {item: round(p * 1.2, 2) for item, p in prices.items()}
print(with_tax)
discounted = {item: p for item, p in with_tax.items() if p > 3.5}
print(discounted)

words = "one two three four five six seven".split()
index = {w: i for i, w in enumerate(words)}
print(index)
lengths = {len(w): w for w in words}
print(lengths)

grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(grid)
diag = {cell: v for cell, v in grid.items() if cell[0] == cell[1]}
print(diag, sum(diag.values()))

counts = {ch: 0 for ch in "aeiou"}
for ch in "programming in python is quite fun":
    if ch in counts:
        counts[ch] += 1
print(counts)
