# Folded self-calls whose checks pyzc fuses into one test (passes/fuse_tail_checks.py): the values,
# RecursionError from the calls that stay calls and from the folded ones, caught and run again, an
# exception from deeper calls, and an uncaught RecursionError at the end.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def grow(n):
    if n == 0:
        return 1
    return grow(0) + grow(n + 1)  # the folded call never ends


def leaves(xs, n):
    if n < 2:
        return len(xs[n])
    return leaves(xs, n - 1) + leaves(xs, n - 2)


print(fib(25), [fib(k) for k in range(10)])
try:
    print(fib(10_000_000))
except RecursionError:
    print("RecursionError from the calls")
print(fib(20))
try:
    print(grow(1))
except RecursionError:
    print("RecursionError from the folded calls")
print(grow(0), fib(21))
print(leaves(["x", "yy"], 12))
try:
    print(leaves(["x"], 12))
except IndexError as e:
    print("IndexError:", e)
print(fib(10_000_000))
