"""Which temporaries are declared without an initial value.

Every C local starts zeroed (`int64_t t7 = 0;`), because a Python variable may be bound on some
paths only, and lowering reads a few temporaries under a condition it tested before (ir/check.py,
check_defined).  A zeroed temporary has two stores, the zero at the top and its real one, so
clang's SROA must place it in SSA form over the whole function: for a module body of 10,000
statements (30,000 temporaries, 40,000 blocks) that was 71% of the C compiler's time
(175 s of 245 s at -O3).  A temporary written on every path before each of its reads gets no
initial value: its one store is then promoted where it is, and its value is the same.

Found by a forward must-analysis over the blocks (what is written on every path to a point; an
exception edge carries what was written before the first op of the block that can raise).  A
temporary whose address a primitive takes (`&{0}` in its C spelling) keeps its zero.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping

from ..ir.ops import Block, Branch, Function, Goto, Op, Prim, Reg, is_temp


def address_taken(fn: Function, spellings: Mapping[str, str]) -> set[int]:
    """The ids of the registers a primitive passes by address (`pyz_sb_init(&{0})`)."""
    out: set[int] = set()
    for b in fn.blocks:
        for op in b.ops:
            if isinstance(op, Prim):
                text = spellings.get(op.op, "")
                for i, a in enumerate(op.args):
                    if isinstance(a, Reg) and f"&{{{i}}}" in text:
                        out.add(id(a))
    return out


def written_before_read(fn: Function, spellings: Mapping[str, str]) -> set[int]:
    """The ids of fn's temporaries that every path writes before each read (module docstring)."""
    temps = [r for r in fn.regs if is_temp(r.name) and not r.is_global]
    if not temps or not fn.blocks:
        return set()
    bit = {id(r): 1 << i for i, r in enumerate(temps)}
    everything = (1 << len(temps)) - 1

    def writes(op: Op) -> int:
        dst = getattr(op, "dst", None)
        return bit.get(id(dst), 0) if isinstance(dst, Reg) else 0

    def edges(b: Block) -> list[Block]:
        t = b.ops[-1] if b.ops else None
        if isinstance(t, Goto):
            return [t.target]
        if isinstance(t, Branch):
            return [t.then, t.else_]
        return []

    entry = fn.blocks[0]
    state_in: dict[int, int] = {id(entry): 0}
    work = deque([entry])
    queued = {id(entry)}
    while work:
        b = work.popleft()
        queued.discard(id(b))
        cur, at_raise = state_in[id(b)], None
        for op in b.ops:
            if at_raise is None and op.can_raise():
                at_raise = cur
            cur |= writes(op)
        flows = [(s, cur) for s in edges(b)]
        if b.handler is not None and at_raise is not None:
            flows.append((b.handler, at_raise))
        for succ, written in flows:
            old = state_in.get(id(succ), everything)
            new = old & written
            if id(succ) not in state_in or new != old:
                state_in[id(succ)] = new
                if id(succ) not in queued:
                    queued.add(id(succ))
                    work.append(succ)
    unsafe = address_taken(fn, spellings)
    for b in fn.blocks:
        if id(b) not in state_in:
            continue  # unreachable: never runs
        cur = state_in[id(b)]
        for op in b.ops:
            for v in op.uses():
                if isinstance(v, Reg) and id(v) in bit and not cur & bit[id(v)]:
                    unsafe.add(id(v))
            cur |= writes(op)
    return {id(r) for r in temps if id(r) not in unsafe}
