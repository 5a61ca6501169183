# Counting words and letters with d.get(k, 0) + 1 and reporting sorted results.
text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while a quick brown bird sings over the hill"""

counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print("distinct words", len(counts), "total", sum(counts.values()))

for word, n in sorted(counts.items()):
    if n > 1:
        print(f"{word:<8}{n}")

best = ""
best_n = 0
for word, n in counts.items():
    if n > best_n or (n == best_n and word < best):
        best, best_n = word, n
print("most common", best, best_n)

by_count = []
for word, n in counts.items():
    by_count.append((-n, word))
by_count.sort()
top = []
for neg, word in by_count[:5]:
    top.append((word, -neg))
print("top 5", top)

letters = {}
for ch in text:
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("letters used", len(letters))
print(sorted(letters.items())[:8])
missing = [ch for ch in "abcdefghijklmnopqrstuvwxyz" if ch not in letters]
print("missing letters", missing)

lengths = {}
for word in counts:
    n = len(word)
    lengths[n] = lengths.get(n, 0) + counts[word]
for n in sorted(lengths):
    print(n, "#" * lengths[n])

first_seen = {}
for i, word in enumerate(text.split()):
    if word not in first_seen:
        first_seen[word] = i
print(list(first_seen.items())[:6])
