# key= lambdas for sorted(), list.sort(), min() and max(), reading the enclosing variables; stability with reverse=True.
words = "the cat and the dog and the bird saw a cat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts, key=lambda w: (-counts[w], w))
print(top)
print(sorted(words, key=lambda w: len(w)))
print(sorted(words, key=lambda w: len(w), reverse=True))
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
print(min(words, key=lambda w: len(w)), max(words, key=lambda w: len(w)))
print(max(pairs, key=lambda p: p[1]), min([4, -7, 2], key=lambda x: abs(x)))
class P:
    def __init__(self, n, s):
        self.n = n
        self.s = s
ps = [P(3, "x"), P(1, "y"), P(2, "z")]
print([p.s for p in sorted(ps, key=lambda p: p.n)])
best = max(ps, key=lambda p: p.n)
print(best.s)


def score(w):
    return len(w) * 10 - ord(w[0])


print(sorted(words, key=score), sorted(words, key=len)[:3], max(words, key=len))
ties = [("b", 1), ("a", 1), ("c", 0), ("d", 1)]
print(sorted(ties, key=lambda t: t[1], reverse=True), sorted(ties, key=lambda t: t[1]))
