# int(s, base) of any size, with CPython's errors (runtime_c/format.c, long.c)
texts = ["ff", "FF", "0xff", "777", "0o17", "101", "0b101", " 12 ", "-z", "1_000", "zz" * 20, "7" * 40, "0", "-0x1f"]
for base in [0, 2, 8, 10, 16, 36]:
    for t in texts:
        try:
            print(base, t, int(t, base))
        except ValueError as e:
            print(base, t, "ValueError", e)
for base in [1, 37, -1]:
    try:
        print(int("5", base))
    except ValueError as e:
        print("ValueError", e)
print(int("f" * 30, base=16), int("1" * 100, 2) == 2**100 - 1)
