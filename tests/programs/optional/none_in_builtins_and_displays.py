# Values that may be None passed to bool() and str(), and stored in list, dict and comprehension displays.
def maybe(k):
    return None if k % 2 else k * 10


def main():
    counts = {"a": 4, "b": 4}
    missing = counts.get("z")
    print("bool", bool(missing), bool(counts.get("a")), str(missing), str(counts.get("b")))
    lists = {"a": [3, 8]}
    print("bool", bool(lists.get("a")), bool(lists.get("q")))
    mixed = [None, []]
    print(mixed, len(mixed))
    nested = {1: None, 2: {}}
    print(nested)
    print([None, 1.5], [None, (1, 2)])
    print([maybe(i) for i in range(5)], {i: maybe(i) for i in range(4)})
    print({"a": maybe(1), "b": maybe(2)})


main()
