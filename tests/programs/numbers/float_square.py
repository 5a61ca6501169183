# x ** 2 of floats (inline as x * x where that is provably pow's result), over a spread of
# magnitudes, squares near rounding boundaries, powers of two, tiny and huge values.

xs = []
state = 12345
for i in range(3000):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    mant = 1 + (state >> 11) / 2**53
    exp = (state % 1000) - 500
    xs.append(mant * 2.0 ** exp * (1 if state & 1 else -1))
xs += [0.0, -0.0, 1.0, 2.0, 0.5, 3.0, 1e-160, 1e-170, 1e154, 1.3407807929942596e154, 2**-480, 1 + 2**-52, 1 - 2**-53]
total = 0.0
for x in xs:
    total += x ** 2
print(repr(total))
print([repr(x ** 2) for x in xs[:8]])
print([repr(x ** 2) for x in xs[-13:]])
print(sum(1 for x in xs if x ** 2 == x * x), len(xs))
try:
    print(1e200 ** 2)
except OverflowError as e:
    print("OverflowError:", e)
