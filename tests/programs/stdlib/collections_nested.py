# Counters, defaultdicts and deques inside lists, dicts and tuples keep their own repr; a Counter as a dict value counts in place
import collections
rows = [collections.Counter("abca"), collections.Counter("bcd")]
print(rows, rows[0] == rows[1])
rows[1]["z"] += 2
print(rows)
byday = {}
for day, item in [("mon", "tea"), ("tue", "tea"), ("mon", "cake"), ("mon", "tea")]:
    if day not in byday:
        byday[day] = collections.Counter()
    byday[day][item] += 1
print(byday)
def stats(words):
    c = collections.Counter(words)
    return c, len(words)
print(stats(["a", "b", "a"]))
g = collections.defaultdict(list)
g[1].append("x")
print([g, g], (g, 1))
print({"k": collections.defaultdict(int)})
print([collections.deque([1, 2], maxlen=5)])
plain = [{"a": 1}]
print(plain)
