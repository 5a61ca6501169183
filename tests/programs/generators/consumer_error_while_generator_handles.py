def gen():
    try:
        1 // 0
    except ZeroDivisionError:
        yield 1
        raise ValueError("inside")


g2 = gen()
next(g2)
raise KeyError("consumer")
