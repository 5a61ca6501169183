"""A module's docstring,
read as __doc__."""


def show():
    return __doc__


print(__doc__)
print(show() == __doc__, len(__doc__))
