# Tuple unpacking in for loops: enumerate, dict items and zip.
fruits = ["apple", "banana", "cherry", "date"]
for i, fruit in enumerate(fruits):
    print(i, fruit)

for idx, word in enumerate(fruits, 1):
    print(f"{idx}. {word.upper()}")

prices = {"apple": 0.5, "banana": 0.25, "cherry": 3.0, "date": 2.75}
for fname, price in prices.items():
    print(fname, "costs", price)

stock = {"apple": 12, "banana": 40, "cherry": 0, "date": 7}
value = 0.0
for item, qty in stock.items():
    line = qty * prices[item]
    value += line
    print(f"{item:<8}{qty:>4} x {prices[item]:.2f} = {line:.2f}")
print("stock value", value)

pairs = list(enumerate("xyz"))
print(pairs)
for pos, ch in pairs:
    print(pos, ch, ord(ch))

names = ["ann", "bob", "cy"]
ages = [31, 25, 47]
for who, years in zip(names, ages):
    print(who, "is", years)
zipped = list(zip(names, ages))
print(zipped)

grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
diag = 0
for r, row in enumerate(grid):
    for c, cell in enumerate(row):
        if r == c:
            diag += cell
        if r + c == 2:
            print("anti-diagonal", (r, c), cell)
print("diagonal sum", diag)

points = [(0, 0), (3, 4), (-1, 2), (6, 8)]
for n, (px, py) in enumerate(points):
    print(n, px, py, px * px + py * py)

largest = -1
largest_at = -1
for i, (px, py) in enumerate(points):
    d = px * px + py * py
    if d > largest:
        largest, largest_at = d, i
print("farthest", points[largest_at], "squared distance", largest)
