# Keeping a sorted list with binary search insertion and lookups.
def lower_bound(xs, target):
    lo = 0
    hi = len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def contains(xs, target):
    i = lower_bound(xs, target)
    return i < len(xs) and xs[i] == target


sorted_vals = [0]
seed = 7
for step in range(15):
    seed = (seed * 31 + 11) % 101
    pos = lower_bound(sorted_vals, seed)
    sorted_vals.insert(pos, seed)
    print("insert", seed, "at", pos, "->", sorted_vals)
for q in [0, 7, 11, 50, 100, 101]:
    print("query", q, "lower_bound", lower_bound(sorted_vals, q), "contains", contains(sorted_vals, q))
words = ["a"]
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(lower_bound(words, w), w)
print(words)
print(contains(words, "fox"), contains(words, "cat"), lower_bound(words, "m"))
grades = [60.0, 70.0, 80.0, 90.0]
letters = ["F", "D", "C", "B", "A"]
for score in [55.5, 60.0, 79.9, 85.0, 99.0]:
    print(score, letters[lower_bound(grades, score + 0.0001)])
