# Set literals, add, discard, remove, membership and len.
seen = {3, 1, 4}
print(seen, len(seen))
seen.add(5)
seen.add(1)
print(seen, len(seen))
print(4 in seen, 9 in seen, 9 not in seen)
seen.discard(9)
seen.discard(3)
print(seen)
seen.remove(4)
print(seen, len(seen))

flags = set()
for n in [2, 7, 2, 2, 6, 7, 0]:
    if n in flags:
        print(n, "already flagged")
    else:
        flags.add(n)
        print(n, "flagged, now", len(flags))
print(flags)

tags = {"python", "compiler", "fast"}
tags.add("static")
tags.add("python")
print(sorted(tags), len(tags))
tags.discard("fast")
tags.discard("slow")
print(sorted(tags))
for t in sorted(tags):
    print(t, len(t), t in tags)

visited = set()
order = []
pos = 0
for step in range(12):
    if pos in visited:
        print("cycle detected at", pos, "after", step, "steps")
        break
    visited.add(pos)
    order.append(pos)
    pos = (pos * 3 + 2) % 7
print("order", order, "visited", len(visited))

empty = set()
print(len(empty), 1 in empty)
empty.add(0)
print(empty)
both = {1, 2, 3} == {3, 2, 1}
print("equal sets:", both, {1, 2} == {1, 2, 3}, {1, 2} != {2, 3})
words = set()
for w in "to be or not to be that is the question".split():
    words.add(w)
print(len(words), sorted(words))
