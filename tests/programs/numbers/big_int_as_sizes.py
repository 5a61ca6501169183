# Big ints where a size, an index or a slice bound is needed: CPython's errors, or its clamping
xs = [1, 2, 3, 4]
s = "abcd"
big = 2**64 + 5
for case in ["index", "strindex", "repeat", "strrepeat", "slice", "strslice", "negslice", "range", "window"]:
    try:
        if case == "index":
            print(xs[big])
        elif case == "strindex":
            print(s[-big])
        elif case == "repeat":
            print(len([0] * big))
        elif case == "strrepeat":
            print(len(s * big))
        elif case == "slice":
            print(xs[1:big], xs[-big:2], xs[::big])
        elif case == "strslice":
            print(s[big:], s[:big], s[-big:-1])
        elif case == "negslice":
            print(xs[-(2**63) - 1:], xs[:2**63])
        elif case == "range":
            print(len(range(big)))
        else:  # ints below -2**63 + 2**60 are big words in pyzc, but they fit in 64 bits
            n = -(2**63)
            print(list(range(n, n + 3)), xs[n + 2**63], [n] * 2, n in range(n, 0), len(range(n, n + 5)))
    except (IndexError, OverflowError, ValueError) as e:
        print(case, type(e).__name__, e)
