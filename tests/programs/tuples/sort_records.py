# Lexicographic comparison and sorting of tuples.
print((1, 2) < (1, 3), (2, 0) > (1, 9), (1, 2) == (1, 2), (1, 2) != (2, 1))
print((1, 2, 3) < (1, 2, 4), ("a", 5) < ("b", 0), ("b", 1) <= ("b", 1))
print((3, "x") >= (3, "y"), (0.5, 1) < (0.5, 2))

scores = [("carol", 88), ("alice", 92), ("bob", 88), ("dave", 75), ("erin", 92)]
print(sorted(scores))
print(sorted(scores, reverse=True))

# sort by score descending then name: negate the score in a key tuple
keyed = []
for name, score in scores:
    keyed.append((-score, name))
keyed.sort()
print(keyed)
for neg, name in keyed:
    print(f"{name:<6}{-neg:>4}")

print("min", min(scores), "max", max(scores))

events = [(2024, 3, 15, "launch"), (2023, 12, 1, "kickoff"), (2024, 3, 2, "review"),
          (2024, 1, 20, "demo"), (2023, 12, 1, "budget")]
events.sort()
for year, month, day, what in events:
    print(f"{year}-{month:02d}-{day:02d} {what}")

versions = [(1, 10, 0), (1, 2, 5), (1, 2, 10), (0, 9, 9), (1, 10, 1)]
ordered = sorted(versions)
print(ordered)
newest = versions[0]
for v in versions:
    if v > newest:
        newest = v
print("newest", newest)


def bump(ver, part):
    major, minor, patch = ver
    if part == "major":
        return (major + 1, 0, 0)
    if part == "minor":
        return (major, minor + 1, 0)
    return (major, minor, patch + 1)


cur = (1, 2, 10)
for part in ["patch", "minor", "patch", "major"]:
    nxt = bump(cur, part)
    print(cur, "->", part, "->", nxt, nxt > cur)
    cur = nxt

mixed = [(2.5, "b"), (1.5, "z"), (2.5, "a"), (-0.5, "m")]
mixed.sort()
print(mixed)
print(sorted([(3, 1), (1, 3), (2, 2), (1, 1)], reverse=True))
