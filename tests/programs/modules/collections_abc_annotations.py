# collections.abc's abstract classes in annotations (as typing's): accepted, nothing to run.
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence


class Countdown:
    def __init__(self, start: int) -> None:
        self.start = start

    def __iter__(self) -> Iterator[int]:
        n = self.start
        while n > 0:
            yield n
            n -= 1


def total(xs: Iterable[int]) -> int:
    return sum(xs)


def first(seq: Sequence[str]) -> str:
    return seq[0]


def keys(m: Mapping[str, int]) -> list[str]:
    return sorted(m)


print(total(Countdown(4)), first(["a", "b"]), keys({"z": 1, "y": 2}))
