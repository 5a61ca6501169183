def walk(n, seen):
    if n in seen or n > 5:
        return seen
    seen.add(n)
    walk(n * 2, seen)
    walk(n + 3, seen)
    return seen
print(sorted(walk(1, set())))
