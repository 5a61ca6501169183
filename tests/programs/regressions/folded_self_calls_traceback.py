# An exception four self-calls deep in sums that pyzc folds into a loop (passes/tail_accumulation.py):
# the traceback still shows one frame per call (tests/test_tracebacks.py compares all of it).


def share(xs, i):
    if i == len(xs):
        return 0
    return 60 // xs[i] + share(xs, i + 1)


def weigh(xs):
    return share(xs, 0)


print(share([1, 2, 3], 0))
print(weigh([5, 4, 3, 2, 0, 1]))
