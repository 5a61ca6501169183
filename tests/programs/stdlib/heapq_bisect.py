# heapq and bisect (compiled from pyzc's Python library): a task queue by priority, a k-way merge,
# Dijkstra on a small graph, sorted insertion and grade lookup; popping an empty heap raises.
import heapq
from bisect import bisect_left, bisect_right, insort
import bisect

tasks = []
for prio, name in [(3, "write"), (1, "plan"), (4, "test"), (1, "coffee"), (2, "code")]:
    heapq.heappush(tasks, (prio, name))
print("heap list:", tasks)
order = []
while tasks:
    order.append(heapq.heappop(tasks))
print("by priority:", order)

nums = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(nums)
print("heapified:", nums)
print("replace:", heapq.heapreplace(nums, 11), nums)
print("pushpop:", heapq.heappushpop(nums, -1), heapq.heappushpop(nums, 20), nums)
print("3 smallest:", heapq.nsmallest(3, [5.5, 1.5, 3.25, 0.5]), "2 largest:", heapq.nlargest(2, [5, 1, 3, 9]))

graph = {"a": [("b", 4), ("c", 1)], "b": [("d", 1)], "c": [("b", 2), ("d", 5)], "d": []}
dist = {"a": 0}
queue = [(0, "a")]
while queue:
    d, node = heapq.heappop(queue)
    if d > dist[node]:
        continue
    for nxt, w in graph[node]:
        nd = d + w
        if nxt not in dist or nd < dist[nxt]:
            dist[nxt] = nd
            heapq.heappush(queue, (nd, nxt))
print("dijkstra:", sorted(dist.items()))

scores = [55, 61, 70, 70, 83, 90]
print(bisect_left(scores, 70), bisect_right(scores, 70), bisect.bisect(scores, 100), bisect.bisect_left(scores, 0))
cuts = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(cuts, s)]) for s in [33, 99, 77, 70, 89, 90, 100]])
words = []
for word in ["pear", "apple", "fig", "banana", "apple"]:
    insort(words, word)
print(words)
bisect.insort_left(words, "cherry")
print(words, bisect_left(words, "apple", 1), bisect_right(words, "zzz", 0, 3))
empty = []
heapq.heappop(empty)
