# Strings built by repeated concatenation: `s = s + t` and `s += t` in loops, the pattern
# CPython makes linear by appending in place; plus a run-length encoder that builds its
# output the same way.


def build_plain(n):
    s = ""
    for i in range(n):
        s = s + str(i % 10)
    return s


def build_chain(n):
    # CPython appends in place only when the left operand is the variable being stored,
    # so this one copies there: kept small.
    c = ""
    for i in range(n):
        c = c + "ab" + str(i % 10)
    return c


def build_augmented(n):
    out = ""
    for i in range(n):
        out += chr(97 + i % 26)
        if i % 1000 == 999:
            out += "\n"
    return out


def encode(text):
    c = ""
    i = 0
    n = len(text)
    while i < n:
        j = i
        while j < n and text[j] == text[i]:
            j += 1
        c += str(j - i) + text[i]
        i = j
    return c


def main():
    a = build_plain(300_000)
    print(len(a), a[:12], a[-6:])
    c = build_chain(40_000)
    print(len(c), c[:12], c[-6:])
    b = build_augmented(300_000)
    print(len(b), b.count("\n"), b[:5])
    runs = ""
    for k in range(40_000):
        runs += "x" * (k % 4 + 1) + "y" * (k % 3 + 1)
    e = encode(runs)
    print(len(runs), len(e), e[:20])


main()
