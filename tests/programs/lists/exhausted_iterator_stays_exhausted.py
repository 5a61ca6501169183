# iter() of a list, once it has run past the end, stays there: CPython's
# list iterator drops its list when exhausted, so items appended afterwards
# are never given, whether the iterator is stepped by next(), by list(), or
# by a for loop resumed after a break; an iterator not yet exhausted does
# see them.


class Holder:
    def __init__(self, xs: list[int]) -> None:
        self.it = iter(xs)


def main() -> None:
    xs = [1, 2, 3]
    it = iter(xs)
    print(list(it))
    xs.append(5)
    print(next(it, None))
    print(list(it))

    ys = [1, 2]
    it2 = iter(ys)
    for y in it2:
        if y == 2:
            break
    ys.append(3)  # not exhausted yet: the loop resumed gives it
    for y in it2:
        print("resumed", y)
    ys.append(4)
    for y in it2:
        print("never", y)
    print(next(it2, -1))

    h = Holder([7])
    print(next(h.it))
    print(next(h.it, 0))

    zs: list[str] = []
    it3 = iter(zs)
    print(next(it3, "empty"))
    zs.append("late")
    print(next(it3, "still empty"))

    s = "ab"
    si = iter(s)
    print(list(si), next(si, "done"))

    ws = [1]
    it4 = iter(ws)
    print(next(it4))
    ws.append(2)  # before the end was seen: given
    print(next(it4))
    try:
        next(it4)
    except StopIteration:
        print("StopIteration")
    ws.append(3)
    try:
        print(next(it4))
    except StopIteration:
        print("StopIteration again")


main()
