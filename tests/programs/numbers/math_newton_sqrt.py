# Newton's method square roots and logarithm identities compared with math.
import math


def newton_sqrt(x, steps):
    guess = x / 2.0
    if guess == 0.0:
        return 0.0
    for i in range(steps):
        guess = (guess + x / guess) / 2.0
    return guess


def isqrt(n):
    if n < 2:
        return n
    lo = 1
    hi = n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo


for x in [2.0, 9.0, 10.0, 1e6, 0.25]:
    approx = newton_sqrt(x, 20)
    exact = math.sqrt(x)
    print(f"{x:>10} newton {approx:.12f} math {exact:.12f} diff {math.fabs(approx - exact):.3f}")
for n in [0, 1, 15, 16, 17, 99, 1000000, 123456789]:
    r = isqrt(n)
    print("isqrt", n, "=", r, "floor(sqrt)", math.floor(math.sqrt(n)))
for k in range(1, 6):
    v = 10.0 ** k
    print(k, f"{math.log(v) / math.log(10.0):.9f}", math.ceil(math.log(v)))
steps = 0
value = 1000.0
while value > 1.0:
    value = math.sqrt(value)
    steps += 1
    print("step", steps, value)
print("steps:", steps)
