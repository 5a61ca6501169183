# lower()/upper()/casefold() of a string with nothing to change give an equal string, and
# the original is never touched by a later change of the result.
words = ["alpha", "Beta", "GAMMA", "", "x", "mixed Case 12", "ünï", "already lower"]
for w in words:
    lo, up, cf = w.lower(), w.upper(), w.casefold()
    print(repr(lo), repr(up), repr(cf), lo == w, up == w, cf == w.lower())
    grown = lo + "!" * 70
    print(len(grown), w, lo, grown[:len(w)] == lo)
counts = {}
for w in "the The THE then the".split():
    k = w.lower()
    counts[k] = counts.get(k, 0) + 1
print(counts, hash("the".lower()) == hash("the"))

# every length from 1 to 20, with one byte at each place from around the letters' edges (pyzc
# tests 4 to 8 bytes at once for letters to change; "@", "[", "`", "{" sit just outside them)
changed = 0
samples = []
for n in range(1, 21):
    for at in range(n):
        for c in "@AMZ[`amz{":
            w = "-" * at + c + "." * (n - at - 1)
            lo, up, cf = w.lower(), w.upper(), w.casefold()
            changed += (lo != w) + 2 * (up != w) + 4 * (cf != w)
            if n in (4, 8, 9) and at in (0, n - 1):
                samples.append(lo + up)
print(changed, samples[:12], len(samples))
