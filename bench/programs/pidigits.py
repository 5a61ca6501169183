# The pidigits spigot (Gibbons' unbounded algorithm) to 2,000 digits: big-int multiply, add and
# divide by small and big divisors; CPython's long arithmetic is the bar (issue 19).


def pidigits(n):
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < n:
        # the next term's digit is certain when floor((3q + r) / t) == floor((4q + r) / t)
        if 4 * q + r - t < (3 * q + r) // t * t + t - q:
            d = (3 * q + r) // t
            digits.append(d)
            q, r = 10 * q, 10 * (r - d * t)
        else:
            q, r, t, k = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1), k + 1
    return digits


def main():
    ds = pidigits(2000)
    text = "".join(str(d) for d in ds)
    for i in range(0, len(text), 50):
        print(text[i:i + 50])


main()
