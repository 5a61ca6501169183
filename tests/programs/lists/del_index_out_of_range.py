# del xs[i] of an index outside the list raises CPython's message for an
# item assignment ("list assignment index out of range", "array ..." for an
# array.array), not pop()'s, also on an empty list; in range, negative
# indices count from the end.
import array


def main() -> None:
    for xs in ([], [1, 2], [3]):
        for i in (5, -3, 0, -1):
            try:
                del xs[i]
                print("deleted", i, xs)
            except IndexError as e:
                print(i, e)
    words = ["a", "b", "c"]
    del words[-2]
    print(words)
    a = array.array("i", [1])
    for i in (3, 0, 0):
        try:
            del a[i]
            print("deleted", a)
        except IndexError as e:
            print(e)
    ys = [5, 4]
    del ys[5]


main()
