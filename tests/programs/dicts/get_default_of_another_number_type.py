# d.get(k, default) and d.pop(k, default) where the default is a number of another type than the
# values (float("inf") for a dict of ints): the result is whichever CPython gives, an int or a float.
import heapq


def shortest(graph, start):
    dist = {start: 0}
    heap = [(0, start)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return dist


g = {"a": [("b", 1), ("c", 4)], "b": [("c", 2), ("d", 5)], "c": [("d", 1)], "e": [("a", 1)]}
dist = shortest(g, "a")
print(dist)
for node in "abcde":
    got = dist.get(node, float("inf"))
    print(node, got, type(got).__name__, got + 1)

scale = {"x": 1.5}
print(scale.get("x", 0), scale.get("y", 0), scale.get("y", True))
counts = {"p": 3}
print(counts.pop("p", 0.5), counts.pop("p", 0.5), counts)
