# str.splitlines over texts with every kind of line break (\n, \r, \r\n, \v, \f, \x1c-\x1e,
# \x85, \u2028, \u2029), tabs and other control bytes that are not breaks, non-ASCII letters, and
# lines of every length from 0 to past 16 bytes (pyzc's runtime skips 16 bytes at a time to the
# next byte that may end a line).

PIECES = ["\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029",
          "\t", "\x1f", "\x00", " ", "é", "日", "\U0001F600", "\x7f"]


def text_of(n, seed):
    state = seed
    out = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        r = (state >> 16) % 100
        if r < 12:
            out.append(PIECES[(state >> 8) % len(PIECES)])
        elif r < 14:
            out.append("x" * ((state >> 4) % 40))
        else:
            out.append(chr(ord("a") + r % 26))
    return "".join(out)


total = 0
lengths = {}
for seed in range(300):
    text = text_of(seed % 97 + 1, seed)
    lines = text.splitlines()
    total += len(lines) * (seed + 1) + sum(len(line) for line in lines)
    for line in lines:
        lengths[len(line)] = lengths.get(len(line), 0) + 1
    if seed % 37 == 0:
        print(seed, [line for line in lines][:6])
print(total, sorted(lengths.items())[:12], max(lengths))

long_text = ("abcdefghijklmnopqrstuvwxyz0123456789" * 3 + "\n") * 5 + "\t" * 40 + "\r\n" + "é" * 33 + "\x85end"
print([len(line) for line in long_text.splitlines()])
print(long_text.splitlines()[-2:], "".splitlines(), "\n".splitlines(), "a\r".splitlines(), "\r\n\r\n".splitlines())
