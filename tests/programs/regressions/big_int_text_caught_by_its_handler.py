# An int past 4,300 digits has no str: CPython raises ValueError where its text is made.  A handler
# around that must catch it.  pyzc dropped the handler of a try whose only raising op was the
# int's text (str(n), f"{n}", "v" + str(n), "%d" % n: marked raising only after the pass that drops
# blocks nothing reaches), and the repr of a list, tuple, dict, set or deque of ints never tested
# after each item, so the ValueError went on to a later handler or escaped with a frame missing.
import collections


def text_of(n, k):
    try:
        if k == 0:
            return str(n)
        if k == 1:
            return f"{n}"
        if k == 2:
            return "v" + str(n) + "!"
        if k == 3:
            return "%d" % n
        if k == 4:
            return f"<{n:5}>"
        if k == 5:
            return repr([n])
        if k == 6:
            return str((n, "a"))
        if k == 7:
            return repr({"k": n})
        if k == 8:
            return str({n})
        if k == 9:
            return repr(collections.deque([1, n]))
        if k == 10:
            return str([[n], []])
        if k == 11:
            return "%s;" % ([n],)
        return format(n, "d")
    except ValueError as e:
        return "caught " + str(e)[:30]


def only_in_callee(n):
    s = repr([n, 1])
    return len(s)


def caller(n):
    try:
        return only_in_callee(n)
    except ValueError:
        return -1


for n in (7, -(2 ** 70), 10 ** 4299, 10 ** 4300, -(10 ** 5000)):
    print([text_of(n, k)[:40] for k in range(13)], caller(n))
try:
    [1, 2].index(10 ** 5000)
except ValueError as e:
    print("index:", str(e)[:30])
print(only_in_callee(10 ** 5000))
