# A name that is always None, used where a value is needed: CPython's TypeError when it runs (programs catch it).
x = None
try:
    print(x + 1)
except TypeError as e:
    print("caught", e)
try:
    print(len(x))
except TypeError as e:
    print("caught", e)


def f():
    y = None
    try:
        return y * 2
    except TypeError as e:
        return str(e)


print(f())
z = None
print(-z)
