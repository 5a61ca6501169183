# Concatenation that appends in place must never change a string someone else still holds.


class Log:
    def __init__(self):
        self.text = ""

    def add(self, line):
        self.text += line + "\n"


def extend(s, n):
    for i in range(n):
        s += str(i)
    return s


def main():
    # s = s + t with aliases kept at every step
    s = "start:" + "x" * 60
    kept = []
    for i in range(200):
        kept.append(s)
        s = s + chr(65 + i % 26)
    print(len(s), s[-30:])
    print([len(k) for k in kept[::40]], kept[5][-8:], kept[199][-3:])
    print(all(kept[i] == s[:len(kept[i])] for i in range(len(kept))))

    # c = c + a + b: the first + appends in place, the second appends to its result
    c = ""
    snapshots = []
    for i in range(300):
        c = c + str(i % 7) + "-"
        if i % 100 == 0:
            snapshots.append(c)
    print(len(c), c[-6:], c.count("-"), [len(x) for x in snapshots], snapshots[1][-4:])

    # s used after t = s + x: both grow from the same prefix
    base = "b" * 70
    t = base + "one"
    u = base + "two"
    print(t[-5:], u[-5:], base[-3:], len(base), len(t), len(u))
    t2 = t + "!"
    t3 = t + "?"
    print(t2[-4:], t3[-4:], t[-4:], t2 == t3, t2 < t3)

    # s + s, and a prefix appended to its own buffer
    d = "d" * 64
    d = d + d
    d = d + d
    e = d + d[:10]
    print(len(d), len(e), e.count("d"))

    # in a list
    rows = ["." * 64 for _ in range(3)]
    for i in range(100):
        rows[i % 3] += "#" if i % 2 else "."
    print([len(r) for r in rows], rows[0][-10:], rows[1][60:70])

    # in a class field
    log = Log()
    for i in range(50):
        log.add("line " + str(i))
    print(len(log.text), log.text.count("\n"), log.text[-9:].strip())

    # += in a function called twice with one shared string
    shared = "shared" * 12
    a = extend(shared, 30)
    b = extend(shared, 40)
    print(len(shared), len(a), len(b), a[-4:], b[-4:], b.startswith(a[:80]))
    print(shared == "shared" * 12)

    # non-ASCII pieces keep lengths in code points, hashes and comparisons right
    w = "é" * 40
    keys = {}
    for i in range(60):
        keys[w] = i
        w += "ü" if i % 2 else "a"
    print(len(w), w[-4:], w.isascii(), len(keys), keys["é" * 40 + "aü"])
    h = hash(w)
    w2 = w + "z"
    print(hash(w) == h, hash(w2[:-1]) == h, w2[:-1] == w, w2.upper()[-3:])
    a1 = "q" * 70
    a2 = a1 + "é"
    a3 = a1 + "e"
    print(len(a2), len(a3), a2.isascii(), a3.isascii(), a2 > a3, a1.find("e"), a2.find("é"))

    # str methods, formatting and printing of prefixes that are no longer NUL-terminated
    p = "12345" * 13
    q = p + "678"
    print(int(p[:10]), float(p[:5] + "." + "5"), p.split("5")[:2], f"{p[-3:]:>6}|", len(q))
    num = "1" * 64
    more = num + "2"
    print(int(num) == int("1" * 64) if False else num.isdigit(), more[-2:], num.strip("1") == "")
    print(num)


main()
