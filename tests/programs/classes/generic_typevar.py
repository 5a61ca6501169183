# typing.TypeVar and Generic[T]: a generic class and function, their annotations unchecked as CPython's.
from typing import TypeVar, Generic, Optional, Iterator

T = TypeVar("T")
K = TypeVar("K", bound=str)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)

    def pop(self) -> T:
        return self.items.pop()

    def peek(self) -> Optional[T]:
        return self.items[-1] if self.items else None

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))


def first(xs: list[T]) -> T:
    return xs[0]


s: Stack[int] = Stack()
for i in range(4):
    s.push(i * i)
print(len(s), list(s), s.pop(), s.peek(), len(s))
print(first(["a", "b"]), first([3.5]))
import typing

V = typing.TypeVar("V")


class Box(typing.Generic[V]):
    def __init__(self, v: V) -> None:
        self.v = v

    def get(self) -> V:
        return self.v


print(Box(3).get(), Box(4).get() + 1)
