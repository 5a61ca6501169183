# f-string formatting: alignment, precision, thousands separators, zero padding.
names = ["apple", "kiwi", "watermelon", "fig"]
prices = [1.25, 0.5, 3.999, 12.0]
counts = [3, 12, 1, 250]
for name, price in zip(names, prices):
    print(f"[{name:<12}] [{price:>8}] [{price:.3f}] [{name:^12}]")
for c in counts:
    print(f"count={c} padded={c:05d} right={c:>6} left={c:<6}| center={c:^7}|")
big_numbers = [0, 999, 1000, 1234567, -9876543, 1000000000000]
for n in big_numbers:
    print(f"{n:,}", f"{n:>16}", f"{n:05d}")
total = 0.0
for p, c in zip(prices, counts):
    line = p * c
    total += line
    print(f"{c:>4} x {p:.2f} = {line:.2f}")
print(f"total: {total:.2f}")
print(f"avg: {total / len(prices):.3f}")
x = 7
y = 3
print(f"{x} + {y} = {x + y}, {x} / {y} = {x / y:.4f}")
word = "py"
print(f"{word * 3} {len(word)} {word.upper()}")
print(f"{-42:05d} {-3.14159:.2f} {2.5:>8} {True} {1e16}")
print(f"pi is about {3.14159265:.0f} or {3.14159265:.1f}")
width_label = "name"
print(f"{width_label:^10}|{width_label:<10}|{width_label:>10}|")
for i in range(1, 4):
    stars = "*" * i
    print(f"row {i:>2}: {stars:<5}| {i * 1.5:.1f}")
