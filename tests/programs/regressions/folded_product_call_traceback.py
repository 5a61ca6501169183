# A product folded into a loop (passes/tail_accumulation.py) that grows past 64 bits goes on as a
# call; an exception at the bottom still shows one frame per call, as CPython's traceback does.
def power_then_fail(n, fail):
    if n == 0:
        if fail:
            raise ValueError("bottom")
        return 1
    return 3 * power_then_fail(n - 1, fail)


def start(n, fail):
    return power_then_fail(n, fail) + 1


print(start(150, False) % 1000)
print(start(150, True))
