# Reading a variable on a path where it was never assigned: CPython raises
# UnboundLocalError (NameError for a global read before its assignment); pyzc reads
# an int as 0, a module constant as the value assigned later, and a str as NULL
# (a segmentation fault, exit status 139).  Found while checking docs/SUPPORTED.md.
def f(c):
    if c:
        y = "a"
    return y
print(f(False))
