# strip, lstrip and rstrip with sets of characters that change from call to call: the same
# length with other characters, sets built at run time (new strings, freed and their memory
# reused by the next ones), sets of 16 and 17 characters, non-ASCII members, the empty set.
# pyzc keeps the bitmap of the last set it built (runtime_c/str.c, charset_init).

WORDS = ["..hello,,", ",;word;,", "!!wow!!", "  spaced  ", "xxmiddlexx", "ééacuteéé", "-+-sign-+-", ""]
SETS = [".,", ",;", "!w", " ", "x", "é", "-+", ".;", "", "abcdefghijklmnop", "abcdefghijklmnopq",
        ".,;:!?", ".,;:!@"]

out = []
for i in range(2000):
    word = WORDS[i % len(WORDS)]
    chars = SETS[(i * 7 + i // 5) % len(SETS)]
    out.append(word.strip(chars) + "|" + word.lstrip(chars) + "|" + word.rstrip(chars))
print(len(out), sum(len(x) for x in out))
print(out[:16])

state = 1
total = 0
samples = []
for i in range(3000):
    state = (state * 1103515245 + 12345) % 2147483648
    k = (state >> 8) % 5 + 1
    chars = "".join(chr(ord("a") + (state >> (3 * j)) % 6) for j in range(k))  # a new string each time
    word = "".join(chr(ord("a") + (state >> (2 * j + 5)) % 6) for j in range(12))
    stripped = word.strip(chars)
    total += len(stripped) + 3 * len(word.lstrip(chars)) + 7 * len(word.rstrip(chars))
    if i % 500 == 0:
        samples.append((word, chars, stripped))
print(total, samples)
print("abcxyzcba".strip("abc"), "abcxyzcba".strip("abd"), "abcxyzcba".strip("cba"), "abcxyzcba".strip("bca"))
