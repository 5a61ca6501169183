# A nested function's defaults that are not constants are evaluated each time
# its def runs, in the enclosing function, and shared by the calls of that
# function object (its own recursive calls included).


def outer(n):
    total = n * 2

    def inner(x, k=total, seen=[]):
        seen.append(x)
        if x > 0:
            return inner(x - 1)
        return k + len(seen)

    total = 1000  # the default was taken when the def ran
    return inner(2), inner(0, 1)


def counters(names):
    out = []
    for name in names:
        def bump(times, label=name.upper(), log=[]):
            log.append(times)
            return label * times, len(log)
        out.append(bump(1))
        out.append(bump(2))
    return out


print(outer(3), outer(5))
print(counters(["a", "b"]))
