# A 50-digit polynomial hash over text without a modulus until the end: each step multiplies a
# number of up to 50 digits by a small one and adds, then the hash is reduced (issue 19).


def poly_hash(words):
    out = []
    for w in words:
        h = 0
        for ch in w:
            h = h * 1000003 + ord(ch)
            if h >= 10**50:
                h %= 10**50 + 151
        out.append(h)
    return out


def main():
    words = [f"word{i}-{i * i % 977}-{'x' * (i % 13)}" for i in range(3000)]
    total = 0
    for _ in range(40):
        hs = poly_hash(words)
        total = (total + sum(hs)) % (10**60 + 7)
    print(len(hs), hs[0], hs[-1], total)


main()
