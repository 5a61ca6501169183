# An exception from a call in a loop of folded self-calls whose checks pyzc fuses into one
# (passes/fuse_tail_checks.py): the call returns a negative word, the sum's slow path finds the
# exception, and the traceback still shows one frame per call, folded or not
# (tests/test_tracebacks.py compares all of it with CPython's).

pieces = ["a", "bb", "ccc", "dddd", "e"] * 4


def weigh(n):
    if n < 2:
        return len(pieces.pop())  # IndexError once the pieces run out, several calls deep
    return weigh(n - 1) + weigh(n - 2)


print(weigh(4))
print(weigh(8))
