# Conditional expressions used in assignments, prints and arguments.
def sign_name(n):
    return "positive" if n > 0 else ("negative" if n < 0 else "zero")


def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


for n in [-5, 0, 7]:
    print(n, sign_name(n))

for v in [-3, 4, 15, 10]:
    print("clamp", v, "->", clamp(v, 0, 10))

for i in range(1, 8):
    label = "even" if i % 2 == 0 else "odd"
    size = "big" if i > 4 else "small"
    print(i, label, size)

temps = [12.5, 25.0, 31.2, -4.0]
for t in temps:
    desc = "hot" if t > 30.0 else "warm" if t > 20.0 else "cold" if t > 0.0 else "freezing"
    print(f"{t:>6} {desc}")

count = 3
print("1 item" if count == 1 else str(count) + " items")
count = 1
print("1 item" if count == 1 else str(count) + " items")

scores = [55, 72, 90, 38]
passed = sum(1 if s >= 60 else 0 for s in scores)
print("passed:", passed)
bonus = [s + 10 if s < 60 else s for s in scores]
print(bonus)
ratio = 0.75
print(int(ratio * 100) if ratio < 1.0 else 100)
