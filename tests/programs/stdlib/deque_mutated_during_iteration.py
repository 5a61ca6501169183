# A deque changed while a loop walks it: as CPython's deque iterator, the
# next step raises "RuntimeError: deque mutated during iteration" once an
# item was added or taken (even with the length back as it was, even after
# the last item), or the deque rotated or cleared; reverse() and d[i] = x
# are not changes it notices, and the walk goes on over the items as they are.
from collections import deque


def walk(name: str, d, change: int) -> None:
    seen: list[int] = []
    try:
        for x in d:
            seen.append(x)
            if len(seen) == 1:
                if change == 0:
                    d.append(9)
                    d.popleft()
                elif change == 1:
                    d.appendleft(8)
                elif change == 2:
                    d.pop()
                elif change == 3:
                    d.rotate(0)
                elif change == 4:
                    d.clear()
                elif change == 5:
                    d.reverse()
                elif change == 6:
                    d[0] = 7
                elif change == 7:
                    d.extend([])
                elif change == 8:
                    d.remove(3)
                elif change == 9:
                    d *= 2
                elif change == 10:
                    d.extend([4, 5])
                elif change == 11:
                    d.rotate(1)
        print(name, "no error", seen, d)
    except RuntimeError as e:
        print(name, e, seen, d)


def main() -> None:
    names = ["append+popleft", "appendleft", "pop", "rotate(0)", "clear", "reverse", "setitem",
             "extend([])", "remove", "*= 2", "extend", "rotate(1)"]
    for i in range(len(names)):
        walk(names[i], deque([1, 2, 3]), i)
    walk("rotate one item", deque([1]), 11)
    bounded = deque([1, 2], maxlen=2)
    walk("bounded append", bounded, 0)

    d = deque([1, 2, 3])
    total = 0
    for x in d:
        total += x
        if x == 3:
            d.append(4)  # after the last item: the next step still sees it
    print(total)


main()
