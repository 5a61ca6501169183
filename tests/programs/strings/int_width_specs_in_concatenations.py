# f"{n:02d}", f"{n:5}", f"{n:07}" and format(n, "3d") of an int inside an f-string or a chain of +
# are written into the result with no str of their own (passes/fuse_str_parts.py); each is compared
# with the same text made the long way (a spec in a variable, which the pass leaves alone), for
# negative numbers, widths shorter than the digits, and ints past 64 bits.


def stamp(day, hour, minute, second, n):
    return f"2024-01-{day:02d} {hour:02d}:{minute:02d}:{second:02d} [{n:5}] <{n:07}> ({n:3d}) {n:1}"


def stamp_long_way(day, hour, minute, second, n, z2, w5, z7, w3, w1):
    return (f"2024-01-{format(day, z2)} {format(hour, z2)}:{format(minute, z2)}:{format(second, z2)} "
            f"[{format(n, w5)}] <{format(n, z7)}> ({format(n, w3)}) {format(n, w1)}")


def plus_chain(a, b):
    return "<" + format(a, "04") + "|" + format(b, "6d") + "|" + f"{a:02}{b:010d}" + ">"


CASES = [(1, 0, 5, 9, 0), (31, 23, 59, 59, 7), (9, 7, 3, 1, -3), (10, 10, 10, 10, -12345),
         (100, -1, 0, 0, 123456789), (0, 0, 0, 0, -(2 ** 63)), (5, 5, 5, 5, 2 ** 63),
         (-7, 12, 1, 2, 10 ** 30), (3, 4, 5, 6, -(10 ** 25))]
for case in CASES:
    short = stamp(*case)
    long_way = stamp_long_way(*case, "02d", "5", "07", "3d", "1")
    print(short, short == long_way)
for a, b in [(0, 0), (-1, -1), (12345, -99), (2 ** 70, -(2 ** 70)), (-5, 5)]:
    print(plus_chain(a, b))


def big_digits_raise_first(n):
    # an int past 4,300 digits raises ValueError in the format, as in CPython, before the print
    try:
        print(f"[{n:05d}]")
    except ValueError as e:
        print("ValueError:", e)


big_digits_raise_first(7)
big_digits_raise_first(10 ** 5000)
