def mark(seen, word):
    seen.add(word)
    return len(seen)
print(mark(set(), "a"))
