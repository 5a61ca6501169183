# Character sets: pangrams, shared letters, anagram and isogram checks.
ALPHABET = set("abcdefghijklmnopqrstuvwxyz")


def letter_set(text):
    out = set()
    for ch in text.lower():
        if ch.isalpha():
            out.add(ch)
    return out


def is_pangram(text):
    return len(ALPHABET - letter_set(text)) == 0


def is_isogram(word):
    letters = [ch for ch in word.lower() if ch.isalpha()]
    return len(set(letters)) == len(letters)


sentences = [
    "The quick brown fox jumps over the lazy dog",
    "Hello there general Kenobi",
    "Pack my box with five dozen liquor jugs",
]
for s in sentences:
    missing = ALPHABET - letter_set(s)
    print(is_pangram(s), len(letter_set(s)), "missing:", "".join(sorted(missing)))

for w in ["lumberjacks", "background", "letter", "subdermatoglyphic", "banana"]:
    print(w, "isogram" if is_isogram(w) else "repeats")

a = letter_set("programming")
b = letter_set("algorithm")
print("programming", sorted(a))
print("algorithm", sorted(b))
print("shared", "".join(sorted(a & b)), "only first", "".join(sorted(a - b)))
print("either but not both", "".join(sorted(a ^ b)))

names = ["margaret", "gregory", "morgan", "tegan"]
common = letter_set(names[0])
for nm in names[1:]:
    common = common & letter_set(nm)
    print("after", nm, "->", "".join(sorted(common)))
print("letters in every name:", sorted(common))

union_all = set()
for nm in names:
    union_all = union_all | letter_set(nm)
print("letters in any name:", "".join(sorted(union_all)), len(union_all))

vowel_set = set("aeiou")
for nm in names:
    vs = letter_set(nm) & vowel_set
    print(nm, "vowels", sorted(vs), "consonants", len(letter_set(nm) - vowel_set))
