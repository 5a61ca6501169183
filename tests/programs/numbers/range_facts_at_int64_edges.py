# Checks the value-range analysis removes (passes/remove_range_checks.py) at the edges of int64:
# every result here fits in 64 bits, so CPython and pyzc agree, and the debug build's UBSan would
# report a C overflow if a check had been removed from an operation that can leave 64 bits.  The
# ints below -2**63 + 2**60 are big ints in pyzc (runtime_c/int.c): their paths are tested too.
I64_MAX = 9223372036854775807
I64_MIN = -I64_MAX - 1


def near_top():
    out = []
    for i in range(I64_MAX - 5, I64_MAX):
        out.append((i % 7, i // 3, i - 1, i % -7, i // -3, -i))
    return out


def near_bottom():
    # a while loop: pyzc's range() takes ints above -2**63 + 2**60 only (runtime_c/int.c keeps the
    # ints below that as big ints), so these are big ints crossing back into the small range
    out = []
    i = I64_MIN
    while i < I64_MIN + 5:
        out.append((i % 7, i // 3, i + 1, i % -7, i // 7, i + I64_MAX))
        i += 1
    return out


def fib_like(n):
    if n < 2:
        return n + 1
    return (n - 1) // 2 + (n - 2) // 2


def countdown(n):
    steps = 0
    while n > I64_MIN + 3:
        n -= 1
        steps += 1
        if steps == 3:
            break
    return n, steps


def climb(i, n):
    while i < n:
        i += 1
    return i


def reduce_loop(n):
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i * 7 - i // 3 + i % 11) % 1_000_003
    return acc


def signed_mods(lo, hi):
    out = []
    for i in range(lo, hi):
        out.append(i % 3)
        out.append(i // 3)
        out.append(i % -3)
        out.append(i // -3)
    return out


def divide_by(x, y):
    if y > 0:
        return x % y, x // y
    if y < -1:
        return x % y, x // y
    return 0, 0


def bounded_product(a, b):
    return (a % 1000) * (b % 1000) + (a % 3037000499) * (a % 3037000499)


print(near_top())
print(near_bottom())
print([fib_like(n) for n in (I64_MIN, -1, 0, 1, 2, 3, I64_MAX)])
print(countdown(I64_MIN + 10), countdown(5))
print(climb(I64_MAX - 3, I64_MAX), climb(5, 2), climb(I64_MIN, I64_MIN + 2))
print(reduce_loop(100_000))
print(signed_mods(-7, 8))
print(divide_by(I64_MIN, 7), divide_by(I64_MAX, 2), divide_by(I64_MIN, -2), divide_by(-9, -4), divide_by(9, 0))
print(bounded_product(I64_MAX, I64_MIN), bounded_product(-1, -999))
print(divide_by(I64_MIN, -1))


def sum_to_the_top(n):
    # versioned (passes/version_loops.py): n <= 2**16 runs a copy whose adds are unchecked; x reaches
    # exactly I64_MAX at n == 2**16, which UBSan would report if the bound were one too generous
    x = I64_MAX - 3 * 65536
    for i in range(n):
        x += 3
    return x


def sum_of_mods(n):
    total = 0
    for i in range(n):
        total += i % 7
    count = 0
    for i in range(n):
        if i % 3 == 0:
            count += 1
    return total, count


print(sum_to_the_top(65536), sum_to_the_top(0), sum_to_the_top(7))
print(sum_of_mods(1000), sum_of_mods(0), sum_of_mods(-5))
