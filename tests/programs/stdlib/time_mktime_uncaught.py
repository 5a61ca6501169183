# mktime of a tuple that is not 9 long, uncaught: CPython's TypeError.
import time

print(time.mktime((2020, 1, 1, 0, 0, 0, 0, 1)))
