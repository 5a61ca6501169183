# CPython 3.11 runs a list, dict or set comprehension, and a generator expression consumed where it
# stands (sum(... for ...)), in a frame of its own: an exception leaving one shows a frame
# `in <listcomp>` (`<dictcomp>`, `<setcomp>`, `<genexpr>`) between the function's and the callee's.
# pyzc runs them as loops in the function and adds no frame: documented as a difference in
# docs/SUPPORTED.md ("Tracebacks") until it is fixed, and forgiven by the fuzzer's oracle
# (tests/traceback_text.py without_comprehension_frames) until then.  Whole traceback compared.


def f(x):
    return [1][x]


def total(n):
    return sum(f(i) for i in range(n))


def table(n):
    return {i: f(i) for i in range(n)}


def items(n):
    return [f(i) for i in range(n)]


try:
    total(3)
except IndexError as e:
    print("total", e)
try:
    table(3)
except IndexError as e:
    print("table", e)
print(items(3))
