def tally(word, counts=dict()):
    counts[word] = counts.get(word, 0) + 1
    return counts
tally("a")
tally(word="a")
print(tally("b"))
