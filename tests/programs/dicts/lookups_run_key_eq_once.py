# d.get(k) and d.get/pop(k, default of another number type) look the key up once: a key object's
# __eq__ runs once for each entry it is compared with, as in CPython (it ran twice: `in`, then get).
class Word:
    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        print("  compare", self.text, "with", other.text)
        return self.text.lower() == other.text.lower()

    def __hash__(self):
        return len(self.text)


counts = {Word("cat"): 3, Word("dog"): 5, Word("Emu"): 1}
print("get:", counts.get(Word("DOG")))
print("get missing:", counts.get(Word("pig")))
print("get float default:", counts.get(Word("emu"), 0.5), counts.get(Word("yak"), 0.5))
print("pop float default:", counts.pop(Word("CAT"), 0.5), counts.pop(Word("cat"), 0.5), len(counts))
print("in:", Word("dog") in counts)

prices = {"tea": 3, "jam": 4}
print(prices.get("tea"), prices.get("milk"), prices.get("jam", 1.5), prices.pop("jam", 0.25), prices.pop("jam", 0.25))
print(prices)
