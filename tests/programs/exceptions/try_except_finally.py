# try/except/else/finally, raise, re-raise, assert, the builtin hierarchy; ends in an uncaught ValueError.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        print("bad:", e)
        return -1


def safe_div(a, b):
    try:
        q = a // b
    except ZeroDivisionError:
        print("division by zero caught")
        q = 0
    else:
        print("no error")
    finally:
        print("finally runs")
    return q


def find(xs, v):
    for i in range(len(xs)):
        try:
            if xs[i] == v:
                return i
        finally:
            print("checked", i)
    return -1


def check(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n * 2


print(parse("12"), parse("x1"))
print(safe_div(7, 2), safe_div(1, 0))
print(find([5, 6, 7], 6))
for v in [3, -4]:
    try:
        print(check(v))
    except (TypeError, ValueError) as err:
        print("caught", err, err.args)
try:
    xs = [1, 2]
    print(xs[5])
except LookupError as e:
    print("lookup:", e)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
        continue
    finally:
        print("loop finally", count)


def reraiser():
    try:
        return [1][3]
    except IndexError:
        print("re-raising")
        raise


try:
    reraiser()
except Exception as e:
    print("outer got:", e)
try:
    raise KeyError
except KeyError:
    print("bare class raise")
print(check(-1))
