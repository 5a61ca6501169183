import functools

def trace(f):
    @functools.wraps(f)
    def wrapper(*args):
        print("enter", args)
        r = f(*args)
        print("leave", r)
        return r
    return wrapper

def times(n):
    def deco(f):
        def run(x):
            out = []
            for _ in range(n):
                out.append(f(x))
            return out
        return run
    return deco

@trace
def square(x):
    return x * x

@times(3)
def shout(s):
    return s.upper() + "!"

@trace
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def memo(f):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return inner

@memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)

print(square(7))
print(shout("hi"))
print(fib(3))
print(slow_fib(80))

def count_calls(f):
    calls = 0
    def wrapped(a, b):
        nonlocal calls
        calls += 1
        print("call", calls)
        return f(a, b)
    return wrapped

@count_calls
def add(a, b):
    return a + b

print(add(1, 2), add(3, 4))
