def gen():
    try:
        1 // 0
    except ZeroDivisionError:
        yield 1
        raise ValueError("inside")


g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
    raise RuntimeError("wrapped")
g2 = gen()
next(g2)
raise KeyError("consumer")
