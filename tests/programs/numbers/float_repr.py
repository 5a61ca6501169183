# Shortest-repr float printing for a variety of values.
print(0.1 + 0.2)
print(0.1 + 0.7)
print(1.1 * 3)
print(1e-05)
print(0.0001)
print(1e16)
print(1e15)
print(123456789.0 * 1000)
print(1.0 / 3.0)
print(2.0 / 3.0)
print(100.0)
print(-0.0)
print(0.0)
print(1e22, 1e-7, 5e-324)
print(1.7976931348623157e308)
print(12345678901234567.0)
print(0.000123)
print(3.14159)
print(2.5e-3)
values = [0.5, 0.25, 0.125, 0.1, 0.01, 0.001]
print(values)
total = 0.0
for i in range(10):
    total += 0.1
    print(i, total)
print(total == 1.0)
print(sum([0.1] * 10))
print(float(7), float(-3), float("2.5"), float("1e3"), float("-0.5"))
print(str(1.0), str(1e20), str(1e21), str(0.1 * 3))
big = 1.0
for i in range(25):
    big *= 10.0
    if i % 4 == 0:
        print(i, big)
small = 1.0
for i in range(8):
    small /= 7.0
    print(i, small)
print(9007199254740993.0)
print(float(2 ** 53) + 1.0)
