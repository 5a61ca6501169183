"""Which registers are live where: the usual backward analysis over a function's blocks.

A register is live at a point when some path from there reads it before writing it.  Module globals
are left out (every function shares them).  An op that can raise also reads what its block's handler
reads at entry: the handler may run with the values the op saw.

Used by codegen/generators.py (what a yield saves) and passes/frame_lists.py (whether a list made in
a loop is still reachable when it is made again).
"""

from __future__ import annotations

from typing import Callable

from .ops import Block, Function, Op, Reg


def defined(op: Op) -> Reg | None:
    """The local register op writes, if any."""
    dst = getattr(op, "dst", None)
    return dst if isinstance(dst, Reg) and not dst.is_global else None


def read(op: Op) -> list[Reg]:
    """The local registers op reads."""
    return [v for v in op.uses() if isinstance(v, Reg) and not v.is_global]


def walk_back(b: Block, live_out: set, handler_in: set, on_op: Callable[[Op, set], None] | None = None) -> set:
    """The registers live at b's entry, given those live at its exit; on_op(op, live) is called for
    each op, last first, with the registers live just after it."""
    live = set(live_out)
    for op in reversed(b.ops):
        if on_op is not None:
            on_op(op, live)
        d = defined(op)
        if d is not None:
            live.discard(d)
        if op.can_raise():
            live |= handler_in
        live.update(read(op))
    return live


class Liveness:
    """The registers live at each block's entry of fn, to a fixed point."""

    def __init__(self, fn: Function):
        self.live_in: dict[int, set] = {id(b): set() for b in fn.blocks}
        changed = True
        while changed:
            changed = False
            for b in reversed(fn.blocks):
                new = walk_back(b, self.live_out(b), self.handler_in(b))
                if new != self.live_in[id(b)]:
                    self.live_in[id(b)] = new
                    changed = True

    def live_out(self, b: Block) -> set:
        out: set = set()
        for s in b.successors():
            out |= self.live_in.get(id(s), set())
        return out

    def handler_in(self, b: Block) -> set:
        return self.live_in.get(id(b.handler), set()) if b.handler is not None else set()

    def after_each(self, b: Block) -> list[tuple[Op, set]]:
        """(op, registers live just after it) for each op of b, in block order."""
        found: list[tuple[Op, set]] = []
        walk_back(b, self.live_out(b), self.handler_in(b), lambda op, live: found.append((op, set(live))))
        found.reverse()
        return found
