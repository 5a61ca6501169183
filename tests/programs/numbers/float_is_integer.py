# float.is_integer(): True for a finite float with no fraction (-0.0 and 1e300 too), False for
# inf and nan; of a quotient.  pyzc said "'float' object has no attribute 'is_integer'".

x = 3.0
vals = [3.0, 2.5, -0.0, 1e300, float("inf"), float("nan"), -7.0]
for v in vals:
    print(v, v.is_integer())
print(x.is_integer(), (2.5).is_integer())
n = 10
print((n / 4).is_integer(), (n / 5).is_integer())
