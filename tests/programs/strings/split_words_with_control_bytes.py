# split() on whitespace, where a word holds bytes below ' ' that are not whitespace (\x00, \x01, \x1b,
# \x08) at every place of an 8-byte window, next to every ASCII whitespace: the word ends only at a
# space (a list, a loop over the pieces, unpacked pieces).

SPACES = [" ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f"]
CONTROLS = ["\x00", "\x01", "\x08", "\x1b", "!", "~"]

total = 0
digest = 0
for length in range(1, 20):
    for at in range(length):
        for c in CONTROLS:
            word = "w" * at + c + "x" * (length - at - 1)
            for sp in SPACES:
                text = sp.join([word, word[::-1], "tail" + word]) + sp * (at % 3)
                pieces = text.split()
                n = 0
                for p in text.split():
                    n += len(p)
                first, second, third = text.split()
                total += n + len(pieces)
                digest = (digest * 31 + len(first) * 7 + len(third) + (first == word) + 2 * (second == word[::-1])) % 1000003
print(total, digest)
print("a\x01b c\x00d\te".split(), "\x00\x01 \x02".split(), len(" \x1f\x1c x\x1d".split()))
