# Recursive functions whose base case pyzc runs in the caller (passes/split_base_case.py): ints with
# folded self-calls, negative and big arguments, floats, bools through mutual recursion, a tree that
# ends in None, a base case of several ops, one that reads a global the program changes, one that
# rebinds a parameter first (left whole), RecursionError caught and run again, and at the end an
# uncaught RecursionError from a recursion whose every leaf is inlined.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def power(x, n):
    if n == 0:
        return 1.0
    return x * power(x, n - 1)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def depth(t):
    if t is None:
        return 0
    return 1 + max(depth(t.left), depth(t.right))


def clamp_steps(a, b):
    if a > b:
        return (a - b) * 3 + 1
    return clamp_steps(a + 2, b) + 1


def ones(n):
    if n > 0:
        return ones(n - 1) + ones(n - 1)
    return 1


threshold = 2


def below(n):
    if n < threshold:  # a global the program changes: read where the base case runs
        return n * 10
    return below(n - 1) + below(n - 3)


def rebinds(n):
    n = n - 1  # a parameter written before the test: left whole
    if n < 2:
        return n
    return rebinds(n - 1) * 2 + rebinds(n - 2)


def build(n):
    if n == 0:
        return None
    return Node(build(n - 1), build(n // 2))


print(fib(20), [fib(k) for k in range(-3, 12)])
print(fact(1), fact(20), fact(25), fact(-4))
print(power(1.5, 10), power(2.0, 0), power(-0.5, 3))
print(is_even(10), is_odd(10), is_even(7), is_odd(0))
print(depth(None), depth(build(6)), depth(Node(None, Node(None, None))))
print(clamp_steps(0, 9), clamp_steps(10, 9), clamp_steps(-3, 100))
print(ones(10), ones(0), ones(-5))
print(below(12), rebinds(12), rebinds(-4))
threshold = 5
print(below(12), below(-2))
big = 2**70
print(clamp_steps(big, 5), clamp_steps(-big, -big + 7))
try:
    print(fib(10_000_000))
except RecursionError:
    print("RecursionError from fib")
try:
    print(is_even(10_000_000))
except RecursionError:
    print("RecursionError from is_even")
print(fib(23), is_odd(501))
print(ones(10_000_000))
