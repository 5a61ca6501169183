# raise "message" (not an exception): CPython raises TypeError when the raise runs
def f(n):
    if n > 1:
        raise "too big"
    return n
print(f(1))
try:
    f(5)
except TypeError as e:
    print("TypeError:", e)
