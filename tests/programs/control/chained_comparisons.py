# Chained comparisons across ints, floats and strings.
def classify_age(age):
    if age < 0:
        return "invalid"
    elif 0 <= age < 13:
        return "child"
    elif 13 <= age < 20:
        return "teen"
    elif 20 <= age < 65:
        return "adult"
    else:
        return "senior"


def in_box(x, y, x0, y0, x1, y1):
    return x0 <= x <= x1 and y0 <= y <= y1


for age in [-1, 0, 12, 13, 19, 20, 64, 65, 100]:
    print(age, classify_age(age))
points_x = [0.5, 1.0, 2.5, -0.1, 1.999]
points_y = [0.5, 2.0, 1.0, 1.0, 1.999]
for x, y in zip(points_x, points_y):
    print(x, y, in_box(x, y, 0.0, 0.0, 2.0, 2.0))
a = 1
b = 2
c = 3
print(a < b < c, a < b > c, a == 1 < b, c > b > a > 0, a < c != b)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5, 5 > 4 >= 4 > 3)
print("apple" < "banana" < "cherry", "b" < "a" < "c", "a" <= "a" < "ab")
print(0.1 + 0.2 > 0.3 > 0.29, 1.0 == 1.0 != 2.0)
count = 0
for i in range(-5, 15):
    if 0 < i <= 10 and not 3 <= i <= 6:
        count += 1
        print("selected", i)
print("count", count)
calls = 0


def noisy(v):
    global calls
    calls += 1
    print("  evaluating", v)
    return v


print(noisy(1) < noisy(0) < noisy(2))
print("calls", calls)
print(noisy(1) < noisy(2) < noisy(3))
print("calls", calls)
