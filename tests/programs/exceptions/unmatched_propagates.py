# An exception no clause matches leaves through the finally clauses of every frame.
def inner(xs, i):
    try:
        return xs[i] * 2
    except ZeroDivisionError:
        print("never: wrong class")
        return 0
    finally:
        print("inner finally", i)


def middle(xs):
    total = 0
    try:
        for i in range(5):
            total += inner(xs, i)
            print("total", total)
    except KeyError:
        print("never: wrong class too")
    return total


def outer():
    try:
        return middle([1, 2, 3])
    finally:
        print("outer finally")


print(outer())
