# An exception leaving a try through its finally keeps, in that function's traceback frame, the line
# where it was raised, as CPython's does: the re-raise after the finally body jumped on from the
# finally's last line (a pending-exception test after pyz_exc_restore; runtime_raises.py UNCHECKED).
# Nested finallies in a loop, a return inside them, a finally that handles an exception of its own,
# and one at the module level; test_tracebacks.py compares the whole traceback.


def g(x):
    for i in range(3):
        try:
            try:
                if i == 2:
                    return [1][x]
            finally:
                print("inner", i)
        finally:
            print("outer", i)


def h(x):
    try:
        return g(x)
    finally:
        print("h done")


try:
    h(5)
except IndexError as e:
    print("caught", e)
try:
    try:
        h(7)
    finally:
        print("module finally")
except IndexError:
    pass


def k(x):
    try:
        return 10 // x
    finally:
        try:
            print(1 // x)
        except ZeroDivisionError:
            print("inner handled")


try:
    k(0)
except ZeroDivisionError as e:
    print("k", e)
h(9)
