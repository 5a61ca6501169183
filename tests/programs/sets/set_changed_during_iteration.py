# A set changed while a loop walks it: each step looks for the next active
# slot when it is taken, so a key removed in the body is never read and one
# added lands where CPython's table puts it; CPython's RuntimeError when the
# size differs at the next step.


def swap_ahead() -> None:
    s = {1, 2}
    for x in s:
        print("swap", x)
        if x == 1:
            s.remove(2)
            s.add(3)
    print(sorted(s))


def swap_many() -> None:
    # remove one, add one: fills the table with dummies until it is rebuilt
    s = {0, 1, 2, 3}
    seen = []
    try:
        for x in s:
            seen.append(x)
            if len(seen) > 30:
                break
            s.remove(x)
            s.add(x + 8)
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(seen, sorted(s))


def grows() -> None:
    s = {5, 6}
    try:
        for x in s:
            print("grow", x)
            s.add(x * 100)
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(sorted(s))


def shrinks() -> None:
    s = {1, 2, 3}
    try:
        for x in s:
            print("shrink", x)
            s.discard(3)
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(sorted(s))


def readd_same() -> None:
    s = {7, 8, 9}
    out = []
    for x in s:
        out.append(x)
        s.remove(x)
        s.add(x)
    print(out, sorted(s))


def in_comprehension() -> None:
    s = {1, 2, 3}
    try:
        print([s.add(x + 10) for x in s])
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(sorted(s))


def generator_made_before_change() -> None:
    s = {1, 2}
    g = (x for x in s)
    s.add(3)
    try:
        print(list(g))
    except RuntimeError as e:
        print(type(e).__name__, e)


swap_ahead()
swap_many()
grows()
shrinks()
readd_same()
in_comprehension()
generator_made_before_change()
