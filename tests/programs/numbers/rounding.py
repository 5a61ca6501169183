# round(), int() truncation and banker's rounding.
values = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4999, 2.5001, 7.0]
for v in values:
    print(v, "round ->", round(v), "int ->", int(v))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1))
print(round(1234.5678, 1), round(1234.5678, 2), round(1234.5678, 4))
print(int(-3.99), int(3.99), int(-0.1), int(1e10))
print(round(123.456, 1), round(155.55, 1), round(150.25, 1))
print(round(7), round(-7))
amounts = [10.0, 3.333, 12.5, 0.015, 99.999]
total = 0.0
for a in amounts:
    r = round(a, 2)
    total += r
    print(f"{a:>8} -> {r:.2f} running {total:.2f}")
print("total", round(total, 2))
avg = total / len(amounts)
print("average", avg, round(avg, 3), f"{avg:.3f}")
percent = 2.0 / 3.0 * 100.0
print(f"{percent:.0f}% {percent:.1f}% {percent:.5f}%")
print(round(0.1 + 0.2, 10) == 0.3)
print(round(-0.4), round(0.4), round(-0.6))
