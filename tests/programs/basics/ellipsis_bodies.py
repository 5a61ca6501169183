# `...` as a body, as `pass` is: a placeholder function, an empty class, an empty branch.
class Empty: ...


class Marker:
    """A docstring and then nothing."""
    ...


def todo(x):
    ...


def clamp(x):
    if x > 10:
        ...
    elif x < 0:
        x = 0
    else:
        ...
    return x


for i in range(3):
    ...
print(todo(2), clamp(-5), clamp(5), clamp(50))
print(Empty() is not None, isinstance(Marker(), Marker))
