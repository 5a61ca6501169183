# Classic recursive functions: factorial, gcd, power, hanoi, ackermann, binomial.
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


def fast_power(base, exp):
    if exp == 0:
        return 1
    half = fast_power(base, exp // 2)
    if exp % 2 == 0:
        return half * half
    return half * half * base


moves = []


def hanoi(n, src, dst, via):
    if n == 0:
        return 0
    count = hanoi(n - 1, src, via, dst)
    moves.append(src + "->" + dst)
    count += 1
    count += hanoi(n - 1, via, dst, src)
    return count


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def binomial(n, k):
    if k == 0 or k == n:
        return 1
    return binomial(n - 1, k - 1) + binomial(n - 1, k)


for n in [0, 1, 5, 10, 18]:
    print(n, "! =", factorial(n))
print(gcd(1071, 462), gcd(270, 192), gcd(17, 0))
print(fast_power(2, 30), fast_power(3, 13), fast_power(7, 0), fast_power(-3, 5))
print("hanoi 3 moves:", hanoi(3, "A", "C", "B"))
print(moves)
print("hanoi 10 moves:", hanoi(10, "A", "C", "B"), "recorded", len(moves))
for m in range(3):
    print("ackermann", m, [ackermann(m, n) for n in range(5)])
print(ackermann(2, 3), ackermann(3, 3))
for n in range(8):
    print(" ".join(str(binomial(n, k)) for k in range(n + 1)))
