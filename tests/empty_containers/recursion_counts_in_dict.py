def count(words, i, seen):
    if i == len(words):
        return seen
    seen[words[i]] = seen.get(words[i], 0) + 1
    return count(words, i + 1, seen)
print(count(["a", "b", "a"], 0, {}))
