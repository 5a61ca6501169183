def retrying(items):
    for x in items:
        try:
            v = 10 // x
        except ZeroDivisionError as e:
            yield "error: " + str(e)
            yield "still handling " + str(x)
            continue
        finally:
            yield "finally " + str(x)
        yield "ok " + str(v)


def cleanup(n):
    try:
        for i in range(n):
            yield i
    finally:
        yield -1
        print("closed")


def reraiser(xs):
    for x in xs:
        try:
            if x < 0:
                raise ValueError("neg " + str(x))
            yield x
        except ValueError:
            yield 0
            raise


print(list(retrying([5, 0, 2])))
print(list(cleanup(3)))
g = retrying([0])
print(next(g))
try:
    raise KeyError("consumer")
except KeyError as e:
    print("consumer caught", e)
print(list(g))
try:
    for v in reraiser([1, -2, 3]):
        print("got", v)
except ValueError as e:
    print("caught", e)
h = reraiser([-5])
print(next(h))
try:
    int("x")
except ValueError:
    pass
print(next(h))
