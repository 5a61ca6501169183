# A main-file global spelled like a module random.py imports (time), deleted: CPython's NameError names it as written.
import random


def show():
    print(time)


time = 5
show()
del time
random.seed(1)
try:
    show()
except NameError as e:
    print("NameError:", e)
print(time)
