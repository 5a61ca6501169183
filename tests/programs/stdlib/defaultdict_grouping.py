# collections.defaultdict with int, list, set, str and float factories: missing keys inserted, +=, append, add, repr
import collections

words = "apple avocado banana blueberry cherry cranberry apricot beet corn".split()

by_letter = collections.defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
for letter in sorted(by_letter):
    print(letter, len(by_letter[letter]), by_letter[letter])

lengths = collections.defaultdict(int)
for w in words:
    lengths[len(w)] += 1
print(lengths, lengths[42], len(lengths))
print(42 in lengths, 99 in lengths)

edges = [(1, 2), (1, 3), (2, 3), (3, 1), (4, 4), (2, 3)]
graph = collections.defaultdict(set)
for a, b in edges:
    graph[a].add(b)
    graph[b]
print(graph)
print({k: sorted(v) for k, v in graph.items()})

labels = collections.defaultdict(str)
for i, w in enumerate(words):
    labels[w[0]] += w[:2]
print(labels)

totals = collections.defaultdict(float)
for w in words:
    totals[w[-1]] += len(w) / 2
print(totals)
print(collections.defaultdict(int), dict(lengths))

def histogram(values):
    h = collections.defaultdict(int)
    for v in values:
        h[v // 10 * 10] += 1
    return h

h = histogram([3, 14, 15, 92, 65, 35, 89, 79, 32, 38])
for bucket in sorted(h):
    print(f"{bucket:3}-{bucket + 9:3}: {'*' * h[bucket]}")
print(h.get(50, 0), h.get(90, 0), h.pop(30), h)
