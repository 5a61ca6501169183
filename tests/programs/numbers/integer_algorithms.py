# Classic integer algorithms: gcd, lcm, primality, digit manipulation.
def gcd(a, b):
    while b != 0:
        t = a % b
        a = b
        b = t
    return abs(a)


def lcm(a, b):
    return a // gcd(a, b) * b


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def reverse_digits(n):
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r


def digital_root(n):
    while n >= 10:
        s = 0
        while n > 0:
            s += n % 10
            n //= 10
        n = s
    return n


print(gcd(48, 18), gcd(17, 5), gcd(-12, 8), gcd(0, 9), gcd(1071, 462))
running = 1
for k in range(1, 21):
    running = lcm(running, k)
print("lcm(1..20) =", running)
primes = []
for n in range(0, 60):
    if is_prime(n):
        primes.append(n)
print(primes)
print(is_prime(1000003), is_prime(1000001), is_prime(2147483647))
for n in [12345, 1000, 907, 123456789]:
    print(n, "reversed", reverse_digits(n), "root", digital_root(n))
palins = 0
for n in range(1, 2000):
    if n == reverse_digits(n):
        palins += 1
print("palindromic numbers below 2000:", palins)
perfect = []
for n in range(2, 10000):
    s = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            s += d
            if d * d != n:
                s += n // d
        d += 1
    if s == n:
        perfect.append(n)
print("perfect numbers:", perfect)
