# pow(base, exp) as base ** exp: ints, floats, a negative exponent
x = 3.0
print(pow(x, 2), pow(2, 10), pow(2, -1), pow(1.0 - 0.25, 3.5), pow((3 - 1) ** 2 + 1, 0.5))
n = 5
print(pow(n, 3), pow(-2, n), pow(2.5, -2.0 // 3.0))
try:
    print(pow(0, -1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
