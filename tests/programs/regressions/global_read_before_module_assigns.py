# A function that reads a global before the module body assigns it: NameError, as in
# CPython; once assigned, the same function reads it.  A global assigned by another
# function (declared global there) is read after that function ran.
def show():
    return LIMIT * 2


def setup():
    global table
    table = [1, 2, 3]


def use_table():
    return sum(table)


try:
    print(show())
except NameError as e:
    print("early:", e)
LIMIT = 21
print(show())
try:
    print(use_table())
except NameError as e:
    print("before setup:", e)
setup()
print(use_table())


class Shape:
    def __repr__(self):
        return "Shape(" + UNIT + ")"


try:
    print([Shape()])
except NameError as e:
    print("repr:", e)
UNIT = "cm"
print([Shape()])
print(undefined_later)
undefined_later = 1
