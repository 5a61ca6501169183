# Graph search on dicts of lists of tuples: BFS for hop counts, Dijkstra with a hand-written binary
# heap of (distance, node) tuples, and path reconstruction.
edges = [("a", "b", 7), ("a", "c", 9), ("a", "f", 14), ("b", "c", 10), ("b", "d", 15), ("c", "d", 11),
         ("c", "f", 2), ("d", "e", 6), ("e", "f", 9), ("g", "h", 1)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))


def bfs(start):
    hops = {start: 0}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for nxt, _ in graph[node]:
            if nxt not in hops:
                hops[nxt] = hops[node] + 1
                queue.append(nxt)
    return hops


def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[i] < heap[parent]:
            heap[i], heap[parent] = heap[parent], heap[i]
            i = parent
        else:
            break


def heap_pop(heap):
    top = heap[0]
    last = heap.pop()
    if heap:
        heap[0] = last
        i = 0
        while True:
            small = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < len(heap) and heap[c] < heap[small]:
                    small = c
            if small == i:
                break
            heap[i], heap[small] = heap[small], heap[i]
            i = small
    return top


def dijkstra(start):
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    done = set()
    while heap:
        d, node = heap_pop(heap)
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node]:
            nd = d + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = node
                heap_push(heap, (nd, nxt))
    return dist, prev


def path(prev, start, goal):
    out = [goal]
    while out[-1] != start:
        out.append(prev[out[-1]])
    out.reverse()
    return out


print("hops", sorted(bfs("a").items()))
dist, prev = dijkstra("a")
for node in sorted(dist):
    print(node, dist[node], "->".join(path(prev, "a", node)))
print("unreachable", sorted(n for n in graph if n not in dist))
print("farthest", max(dist, key=lambda n: (dist[n], n)))
