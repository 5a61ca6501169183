# A try/except inside the hot loop that almost never raises: its cost should be near zero
# (compare with try_free_loop.py, the same loop without the try).
def run(n):
    total = 0
    errors = 0
    for i in range(1, n):
        try:
            total += (i * 7919) % 1000003 // (i % 100000)
        except ZeroDivisionError:
            errors += 1
    return total, errors


print(run(20000000))
