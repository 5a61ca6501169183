# collections.Counter: counting words and letters, most_common (ties in insertion order), update, total, missing keys read 0, repr
import collections

TEXT = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick brown dog and a lazy fox"""


def word_counts(text):
    return collections.Counter(text.split())


counts = word_counts(TEXT)
print(counts)
print(counts.most_common(3))
print(counts.most_common(0), counts.most_common(-2))
print(len(counts), counts["the"], counts["elephant"], "elephant" in counts, len(counts))
print(counts.total())

letters = collections.Counter(ch for ch in TEXT if ch.isalpha())
for ch, n in letters.most_common(5):
    print(f"{ch}: {'#' * n} {n}")

# counting by hand into an empty Counter, then merging more words
tally = collections.Counter()
for w in TEXT.split():
    if len(w) > 3:
        tally[w] += 1
tally.update(["quick", "zebra", "zebra"])
tally["lazy"] -= 2
print(tally)
print(sorted(tally.items()))
print([w for w, n in tally.items() if n == 0])
print(collections.Counter(), collections.Counter([3, 1, 3, 2, 3, 1]))
print(collections.Counter(len(w) for w in TEXT.split()).most_common())
print(dict(collections.Counter("abracadabra")))
best = max(counts.items(), key=lambda kv: kv[1])
print(best, counts.get("fox", 0), counts.get("cat", -1))
