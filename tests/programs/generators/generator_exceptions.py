def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a // b
        except ZeroDivisionError:
            print("skip", a)
        finally:
            print("done", a)


def guarded(n):
    try:
        for i in range(n):
            yield i * 1.5
    finally:
        print("cleanup")


def checked(xs):
    for x in xs:
        if x < 0:
            raise ValueError("negative: " + str(x))
        yield x


def parse(lines):
    for line in lines:
        name, _, value = line.partition("=")
        yield name.strip(), int(value)


print(list(safe_div([(6, 3), (1, 0), (9, 2)])))
print(list(guarded(3)))
for v in guarded(2):
    print("got", v)
try:
    for x in checked([3, 1, -2, 5]):
        print("x", x)
except ValueError as e:
    print("caught", e)
g = checked([1])
print(next(g))
try:
    next(g)
except StopIteration:
    print("stopped")
print(next(g, 99))
d = dict(parse(["a = 1", "b=2", "c= 30"]))
print(d)
for k, v in parse(["x=5", "y=6"]):
    print(k, v)
total = 0
for v in checked([4, 5, -1]):
    total += v
print(total)
