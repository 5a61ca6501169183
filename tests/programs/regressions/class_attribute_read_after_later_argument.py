# A class attribute read as a call argument is read after the arguments that follow it are
# evaluated: CPython prints "0 1" (A.count is read before A() runs __init__); pyzc prints
# "1 1".  A plain global in the same position (`print(n, bump())`) is read in order.
# Found while checking docs/SUPPORTED.md.
class A:
    count = 0
    def __init__(self):
        A.count += 1
print(A.count, A().count)
