# Issue 13, item 14: `def f(acc=[])` is one list shared by the calls that omit acc, as in CPython.
def f(x, acc=[]):
    acc.append(x)
    return acc


print(f("a"))
print(f("b"))
print(f("c", ["own"]))
print(f("d"))


def memo(n, cache={}):
    if n in cache:
        return cache[n]
    r = n if n < 2 else memo(n - 1) + memo(n - 2)
    cache[n] = r
    return r


print(memo(60))


class Log:
    def add(self, msg, sink=set()):
        sink.add(msg)
        return sorted(sink)


print(Log().add("x"), Log().add("y"))


def size(xs=[]):
    return len(xs)


print(size(), size([1, 2]))
