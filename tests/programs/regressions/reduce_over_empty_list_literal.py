# reduce over a list that is never filled: the function never runs (its item parameter has no type), the
# initial value is the result, and without one CPython's TypeError.
import functools

print(functools.reduce(lambda a, b: a + b, [], 0.5))
print(functools.reduce(lambda a, b: a * b, [], 1))
functools.reduce(lambda a, b: a - b, [])
