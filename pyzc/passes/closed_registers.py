"""The largest set of a function's registers whose writes and reads keep to a pass's rules.

count_split_pieces.py and frame_lists.py each change what a set of registers holds (a count for a
list; a list in the C frame), which is only sound when nothing outside the set ever sees the value:
every op writing a register of the set is one the pass knows (`writes_ok`), and every op reading
one keeps the value to the set (`reads_ok`).  Starting from the candidates, a register that breaks
a rule is dropped, and with it the register a copy would have put its value in, until none does.
"""

from __future__ import annotations

from typing import Callable

from ..ir.ops import Assign, Function, Op, Reg

WritesOk = Callable[[Op, set[int]], bool]  # (op writing a register of the set, the set)
ReadsOk = Callable[[Op, Reg, set[int]], bool]  # (op reading the register, the register, the set)


def largest_closed_set(fn: Function, cand: set[int], writes_ok: WritesOk, reads_ok: ReadsOk) -> set[int]:
    """id() of the registers of the largest subset of cand (ids) whose every write and read keeps to
    the rules."""
    ops = [op for b in fn.blocks for op in b.ops]
    changed = bool(cand)
    while changed:
        changed = False
        drop: set[int] = set()
        for op in ops:
            dst = getattr(op, "dst", None)
            if isinstance(dst, Reg) and id(dst) in cand and not writes_ok(op, cand):
                drop.add(id(dst))
            for u in op.uses():
                if isinstance(u, Reg) and id(u) in cand and not reads_ok(op, u, cand):
                    drop.add(id(u))
                    if isinstance(op, Assign) and isinstance(op.dst, Reg):
                        drop.add(id(op.dst))  # what it was copied to holds the value too
        if drop & cand:
            cand = cand - drop
            changed = True
    return cand
