# type(x).__name__, x.__class__.__name__, and type(a) is type(b) / type(x) == T, for objects, numbers, None, exceptions
class A:
    pass
class B(A):
    pass
class MyErr(Exception):
    pass
items = [A(), B()]
for o in items:
    print(type(o).__name__, o.__class__.__name__, type(o) is A, type(o) == B, type(o) is type(items[0]))
vals = [1, 2.5]
for v in vals:
    print(type(v).__name__, type(v) is int, type(v) == float)
print(type("s").__name__, type([1]).__name__, type({}).__name__, type((1, "a")).__name__, type(None).__name__, type(True) is int)
for k in range(2):
    try:
        if k:
            raise MyErr("y")
        raise ValueError("x")
    except Exception as e:
        print(type(e).__name__, e)
try:
    {}["k"]
except KeyError as e:
    print(type(e).__name__)
m = None
if len(vals) > 5:
    m = A()
print(type(m).__name__, type(m) is A, type(m) is not type(None))
