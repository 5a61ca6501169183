# json.loads into an unannotated variable, typed by where the scope uses it: an annotated parameter it
# is passed to, or the annotated return of its function.
import json


def total(counts: dict[str, int]) -> int:
    return sum(counts.values())


def names_of(text) -> list[str]:
    names = json.loads(text)
    names.sort()
    return names


def main():
    data = json.loads('{"a": 1, "b": 2}')
    print(total(data), data)
    print(names_of('["z", "a"]'))


main()
raw = json.loads('{"x": 5}')
print(total(counts=raw))


def mean(xs: list[float]):
    return sum(xs) / len(xs)


vals = json.loads("[1, 2, 4.5]")
print(mean(vals), vals)
