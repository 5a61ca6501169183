# int ** int is an int for an exponent >= 0 and a float for a negative one; when the sign of the
# exponent is not known at compile time the result is a number of several types.
e = -3
for i in range(6):
    e += 1
    r = 10 ** e
    print(e, r, 2 ** e, (-2) ** e, r * 2)
try:
    print(0 ** e)
    print(0 ** (e - 10))
except ZeroDivisionError as ex:
    print("ZeroDivisionError:", ex)
base = 3
for k in (2, -2):
    print(base ** k, base ** 2)
sizes = [4 ** n for n in range(4)]
print(sizes)
