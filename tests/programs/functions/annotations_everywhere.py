# Annotations are checked constraints: classes (a subclass passes where its base is annotated),
# list/set/dict/tuple of those, and string annotations; they never change what runs.
class Animal:
    def __init__(self, name: str):
        self.name = name

    def speak(self) -> str:
        return "..."


class Dog(Animal):
    def speak(self) -> str:
        return "woof"


def chorus(animals: list[Animal]) -> str:
    return " ".join(a.speak() for a in animals)


def loudest(a: "Animal") -> Animal:
    return a


def tally(words: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def span(xs: set[int]) -> tuple[int, int]:
    return min(xs), max(xs)


pets: list[Animal] = [Animal("cat"), Dog("rex")]
print(chorus(pets), loudest(Dog("fido")).name)
print(tally(["a", "b", "a"]), span({3, 9, 1}))
best: tuple[str, float] = ("x", 2.5)
print(best)
