# defaultdict with a function of the program as its factory: a lambda or a def taking no
# arguments, called once for each missing key (its effects and errors when CPython has them).
from collections import defaultdict

LIMIT = 1_000_000
calls = []


def fresh_pair():
    calls.append("pair")
    return [0, 0]


def tally(words):
    seen = defaultdict(lambda: 0)
    for w in words:
        seen[w] += 1
    return seen


by_letter = defaultdict(fresh_pair)
by_length = defaultdict(lambda: defaultdict(int))
lowest = defaultdict(lambda: LIMIT)
spans = defaultdict(lambda: (LIMIT, -1))
text = "a rose is a rose is a rose but a daisy is not"
for i, w in enumerate(text.split()):
    by_letter[w[0]][i % 2] += len(w)
    by_length[len(w)][w] += 1
    lowest[w[0]] = min(lowest[w[0]], i)
    lo, hi = spans[w]
    spans[w] = (min(lo, i), max(hi, i))
print(sorted(by_letter.items()), len(calls))
print(sorted((n, sorted(d.items())) for n, d in by_length.items()))
print(sorted(lowest.items()), lowest["z"], "z" in lowest, len(lowest))
print(sorted(spans.items()))
counts = tally(text.split())
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3], counts["nothing"], len(counts))
print(dict(by_letter) == {k: v for k, v in by_letter.items()}, isinstance(counts, dict))
nums = defaultdict(lambda: 1.5)
nums["x"] *= 4
nums["y"] -= 1
print(sorted(nums.items()))
broken = defaultdict(lambda: LIMIT // (len(calls) - len(calls)))
broken["ok"] = 5
try:
    broken["missing"] += 1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, sorted(broken.items()))
print(broken["missing"] if "missing" in broken else "still missing")
