# A word-frequency tool reading sys.stdin line by line: lower-cases, strips punctuation, counts in a dict, prints the top words with ties broken alphabetically.
import sys

counts = {}
lines = 0
for line in sys.stdin:
    lines += 1
    for raw in line.split():
        word = raw.strip(".,;:!?\"'()-").lower()
        if word:
            counts[word] = counts.get(word, 0) + 1

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(lines, "lines,", sum(counts.values()), "words,", len(counts), "distinct")
for word, n in ranked[:12]:
    print(f"{word:>12} {n:3d} {'#' * n}")
