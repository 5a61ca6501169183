# typing.Protocol: a class that only describes others, for annotations.
from typing import Protocol


class Drawable(Protocol):
    def draw(self) -> str: ...


class Circle:
    def draw(self) -> str:
        return "O"


class Square:
    def draw(self) -> str:
        return "[]"


def render(d: Drawable) -> str:
    return "<" + d.draw() + ">"


print(render(Circle()), render(Square()))
print([render(s) for s in (Circle(), Circle())])
