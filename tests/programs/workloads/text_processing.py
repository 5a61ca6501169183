# Generate a pseudo-random text with an LCG, then scan it by hand.
WORDS = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit", "sed", "do", "eiusmod", "tempor", "incididunt", "ut", "labore", "et"]
seed = 12345


def next_rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed // 65536


def build_text(n_words):
    parts = []
    for i in range(n_words):
        w = WORDS[next_rand() % len(WORDS)]
        if next_rand() % 10 == 0:
            w = w.upper()
        parts.append(w)
        if next_rand() % 12 == 0:
            parts.append(".")
    return " ".join(parts)


def count_words(text):
    counts = [0] * len(WORDS)
    start = -1
    for i in range(len(text) + 1):
        ch = " " if i == len(text) else text[i]
        if ch.isalpha():
            if start < 0:
                start = i
        elif start >= 0:
            counts[WORDS.index(text[start:i].lower())] += 1
            start = -1
    return counts


def main():
    text = build_text(100000)
    print("characters:", len(text))
    print("preview:", text[:70])
    counts = count_words(text)
    for w, c in zip(WORDS, counts):
        print(f"{w:<12}{c:>6}")
    print("total words:", sum(counts))
    print("sentences:", text.count("."), "uppercase E:", text.count("E"))
    longest = sorted([w for w in WORDS if len(w) > 6], reverse=True)
    print("long words:", ", ".join(longest))
    summary = "-".join(str(c % 100) for c in counts)
    print("summary:", summary)
    print("vowels:", sum(1 for ch in text if ch == "a" or ch == "e" or ch == "i" or ch == "o" or ch == "u"))


main()
