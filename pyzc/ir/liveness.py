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


class Summary:
    """What walk_back does to a block's live set, found once: live at entry = (live at exit - defined)
    | exposed | (live at the handler's entry - defined_before_raise).  A register an op reads is live
    before it unless an earlier op of the block writes it (exposed); what the handler reads joins at
    each op that can raise and is then written only by the ops before it, so the first such op keeps
    the most of it."""
    __slots__ = ("defined", "exposed", "defined_before_raise")

    def __init__(self, b: Block):
        self.defined: set = set()  # every register an op of b writes
        self.exposed: set = set()
        self.defined_before_raise: set | None = None  # None: no op of b can raise
        for op in b.ops:
            if self.defined_before_raise is None and op.can_raise():
                self.defined_before_raise = set(self.defined)
            self.exposed.update(r for r in read(op) if r not in self.defined)
            d = defined(op)
            if d is not None:
                self.defined.add(d)

    def live_in(self, live_out: set, handler_in: set) -> set:
        live = (live_out - self.defined) | self.exposed
        if self.defined_before_raise is not None:
            live |= handler_in - self.defined_before_raise
        return live


class Liveness:
    """The registers live at each block's entry of fn, to a fixed point."""

    def __init__(self, fn: Function):
        self.live_in: dict[int, set] = {id(b): set() for b in fn.blocks}
        summaries = [(b, Summary(b)) for b in reversed(fn.blocks)]  # (the rounds apply them: walk_back's result)
        changed = True
        while changed:
            changed = False
            for b, summary in summaries:
                new = summary.live_in(self.live_out(b), self.handler_in(b))
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
