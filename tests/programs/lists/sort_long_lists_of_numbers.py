# Sorting long lists of ints and floats (the runtime sorts those by their bits when no two
# items can be told apart by their order) and the lists where it must not: -0.0, NaN, big ints.


def lcg(n, seed, modulus):
    out = []
    state = seed
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        out.append(state % modulus)
    return out


def show(label, xs):
    print(label, len(xs), xs[:6], xs[len(xs) // 2 - 2:len(xs) // 2 + 2], xs[-6:])


for n in (255, 256, 257, 1000, 5000):
    ints = [x - 500 for x in lcg(n, n, 1000)]
    show("ints", sorted(ints))
    show("ints reversed", sorted(ints, reverse=True))
    wide = [x - 2**62 for x in lcg(n, n + 1, 2**63)]
    show("wide", sorted(wide))
    ints.sort()
    show("in place", ints)
    ints.sort()  # already sorted
    show("again", ints)
    ints.reverse()
    ints.sort()
    show("from descending", ints)
    floats = [(x - 5000) / 7 for x in lcg(n, n + 2, 10000)]
    floats[3] = float("inf")
    floats[7] = -float("inf")
    floats[11] = 1e-310  # subnormal
    floats[13] = -1e-310
    show("floats", sorted(floats))
    show("floats reversed", sorted(floats, reverse=True))
    zeros = floats[:]
    zeros[20] = -0.0
    zeros[40] = 0.0
    zeros[60] = -0.0
    s = sorted(zeros)
    i = s.index(0.0)
    print("zeros in order", [str(z) for z in s[i - 1:i + 4]])
    s = sorted(zeros, reverse=True)
    i = s.index(0.0)
    print("zeros reversed", [str(z) for z in s[i - 1:i + 4]])
    nans = floats[:]
    nans[5] = float("nan")
    nans[50] = float("nan")
    print("with nan", [str(x) for x in sorted(nans)[:8]], [str(x) for x in sorted(nans)[-8:]])
    big = ints[:]
    big[9] = 2**80
    big[19] = -(2**70)
    show("big", sorted(big))
    show("big reversed", sorted(big, reverse=True))
    small = [x % 3 for x in ints]
    show("few values", sorted(small))
    print(sum(i * x for i, x in enumerate(sorted(ints))), sum(i * x for i, x in enumerate(sorted(floats))))
