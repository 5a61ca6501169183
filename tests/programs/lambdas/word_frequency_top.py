# Word frequencies with a dict, ranked with sorted(..., key=lambda ...): count descending, then alphabetical.
text = """It was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness it was the epoch of belief it was the epoch of incredulity"""
counts = {}
for line in text.splitlines():
    for word in line.lower().split():
        counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:6]:
    print(f"{word:<12}{n:>3}")
print("distinct", len(counts), "longest", max(counts, key=lambda w: (len(w), w)))
by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for n in sorted(by_length):
    group = by_length[n]
    group.sort(key=lambda w: counts[w], reverse=True)
    print(n, group)
