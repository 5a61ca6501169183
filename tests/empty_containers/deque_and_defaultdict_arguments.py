from collections import deque, defaultdict
def drain(q):
    q.append("a")
    return q.popleft()
print(drain(deque()))
def group(d, k, v):
    d[k].append(v)
    return d
print(dict(group(defaultdict(list), "a", 1.5)))
