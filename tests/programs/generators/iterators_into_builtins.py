from collections import Counter, deque
a = [1, 2, 2]
b = "xyy"
print(Counter(zip(a, b)))
print(deque(enumerate(b)))
print(max(zip(a, b)), min(enumerate(b)))
print(sorted(zip(b, a), reverse=True))
s = set(zip(a, b))
print(len(s))
xs = []
xs.extend(zip(a, b))
print(xs)
print(any(x > 1 for x in map(len, ["a", "bb"])))
