"""One way of iterating, as lowering builds it: set up, test for more, fetch the next item.

`FunctionBuilder.cursor` (build.py) makes one for each kind of iterable; the mixins make their own
(files' lines, itertools) and run them with `run_cursor`."""

from __future__ import annotations

from typing import Callable

from .ops import Value


class Cursor:
    """One way of iterating: set up, test for more, fetch the next item."""

    def __init__(self, init: Callable[[], None], more: Callable[[], Value], fetch: Callable[[], Value]):
        self.init = init
        self.more = more
        self.fetch = fetch
