# Counting words without dicts: parallel lists of words and counts.
TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""


def clean(word):
    out = ""
    for ch in word.lower():
        if ch.isalpha():
            out += ch
    return out


def main():
    words = []
    counts = []
    lines = TEXT.split("\n")
    print("lines:", len(lines))
    for n, line in enumerate(lines):
        raw = line.split()
        print("line", n, "has", len(raw), "words")
        for r in raw:
            w = clean(r)
            if w == "":
                continue
            if w in words:
                counts[words.index(w)] += 1
            else:
                words.append(w)
                counts.append(1)
    print("distinct:", len(words))
    for w, c in zip(words, counts):
        print(f"{w:<14}{c:>3}")
    top = max(counts)
    print("max count:", top)
    tops = []
    for w, c in zip(words, counts):
        if c == top:
            tops.append(w)
    print("most frequent:", tops)
    print("alphabetical:", sorted(words))
    longest = ""
    for w in words:
        if len(w) > len(longest):
            longest = w
    print("longest:", longest, len(longest))
    print("total words:", sum(counts))


if __name__ == "__main__":
    main()
