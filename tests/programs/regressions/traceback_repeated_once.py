# Four frames of one line: CPython shows three and "[Previous line repeated 1 more time]", in the
# singular (tests/test_tracebacks.py compares the whole traceback).


def down(n):
    if n == 0:
        raise ValueError("bottom")
    return down(n - 1)


print("start")
down(4)
