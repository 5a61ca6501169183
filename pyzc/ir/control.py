"""What lowering keeps of the control flow around the code it builds: the loops and the
try/finally bodies open at a point (so that break, continue and return leave them correctly)."""

from __future__ import annotations

from typing import Callable

from ..frontend.check import EXCEPTION_ALIASES
from ..types.model import EXC_KIND
from .ops import Block, Const


class LoopTargets:
    def __init__(self, brk: Block, cont: Block, finally_depth: int):
        self.brk = brk
        self.cont = cont
        self.finally_depth = finally_depth  # try/finally blocks open when the loop began


class FinallyContext:
    """An open `try: ... finally:` whose body must run when return/break/continue leave it; or, with
    on_exit, an except/finally body handling an exception, which must stop handling it."""

    def __init__(self, body: list, handler_depth: int, on_exit: Callable[[], None] | None = None):
        self.body = body
        self.handler_depth = handler_depth
        self.on_exit = on_exit


def exception_kind(name: str) -> Const:
    return Const(EXCEPTION_ALIASES.get(name, name), EXC_KIND)
