# else and finally clauses, including finally on return, break and continue.
def divide(a, b):
    try:
        q = a // b
    except ZeroDivisionError:
        print("  cannot divide", a, "by zero")
        return -1
    else:
        print("  else branch: no error for", a, b)
        return q
    finally:
        print("  finally for", a, b)


for a, b in [(10, 2), (5, 0), (9, 3)]:
    print("divide ->", divide(a, b))


def first_negative(xs):
    for i in range(len(xs)):
        try:
            if xs[i] < 0:
                return i
        finally:
            print("  checked index", i)
    return -1


print("first negative at", first_negative([3, 1, -4, 1, -5]))
print("first negative at", first_negative([2, 2]))

log = []
for n in range(6):
    try:
        if n == 1:
            continue
        if n == 4:
            break
        log.append(f"body {n}")
    finally:
        log.append(f"finally {n}")
print(log)

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ValueError(f"attempt {attempts} failed")
        print("attempt", attempts, "succeeded")
        break
    except ValueError as err:
        print("retrying after:", err)
    finally:
        print("cleanup after attempt", attempts)
print("attempts used", attempts)


def nested(x):
    result = "start"
    try:
        try:
            if x == 0:
                raise KeyError("inner")
            result = "inner ok"
        finally:
            print("  inner finally, x =", x)
    except KeyError as ke:
        result = "outer caught " + str(ke)
    else:
        result = result + " + outer else"
    finally:
        print("  outer finally, result =", result)
    return result


print(nested(1))
print(nested(0))
