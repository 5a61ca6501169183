# round(v, -k) of an int near -2**63 computed v - (v // 10**k) * 10**k with a product that left
# int64 (signed overflow: UBSan aborted the debug build and test-asan).  The remainder is small,
# so it is now computed with wrapping arithmetic; a result beyond int64 still raises OverflowError
# (pyzc's documented 64-bit ints; CPython has no limit, hence the range check printed here).
# round(v, -19) returned 0 for |v| > 5 * 10**18, where the result is +-10**19.
# Found by the fuzzer with --profile debug (seed 600000, shape "edge").
I64_MIN = -9223372036854775807 - 1
I64_MAX = 9223372036854775807
for v in [-9223372036854775807, I64_MIN, I64_MAX, -9223372036854770001, 9223372036854770499, -123456789]:
    for k in [-1, -3, -18, -19]:
        try:
            r = round(v, k)
            if I64_MIN <= r <= I64_MAX:
                print(v, k, r)
            else:
                print(v, k, 'beyond int64')
        except OverflowError:
            print(v, k, 'beyond int64')
