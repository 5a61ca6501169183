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
