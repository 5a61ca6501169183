# Word frequencies of a generated text: split, strip, lower, join and a dict of counts.

VOCABULARY = (
    "the quick brown fox jumps over lazy dog while a small cat sleeps near "
    "warm fire and old man reads his long book about distant stars planets "
    "moons rivers mountains forests oceans cities roads bridges towers"
).split()


def generate_text(word_count, seed):
    state = seed
    sentences = []
    words = []
    for _ in range(word_count):
        state = (state * 1103515245 + 12345) % 2147483648
        word = VOCABULARY[(state >> 8) % len(VOCABULARY)]
        if not words:
            word = word.capitalize()
        words.append(word)
        if state % 11 == 0:
            sentences.append(" ".join(words) + ".")
            words = []
        elif state % 7 == 0:
            words[-1] += ","
    if words:
        sentences.append(" ".join(words) + ".")
    return " ".join(sentences)


def count_words(text):
    counts = {}
    for raw in text.split():
        word = raw.strip(".,;:!?").lower()
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    text = generate_text(800_000, 7)
    print("characters:", len(text))
    print("sentences:", text.count("."))
    counts = count_words(text)
    print("words:", sum(counts.values()))
    print("distinct words:", len(counts))
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:10]
    for word, n in top:
        print(f"{word:>10} {n}")
    longest = max(counts, key=len)
    print("longest word:", longest)


main()
