"""Sums a loop's trip count bounds: `total += d` with 0 <= d <= d_hi loses its overflow check.

In: the IR after remove_range_checks.py's changes, with the ranges it computed.
Out: the same IR, where an accumulator provably stays inside int64 adds with `int_add_nocheck`.

The value ranges (value_ranges.py) widen an accumulator to no bound: its interval at the loop head
grows with every iteration.  What bounds it is how many times the loop can run (loops.py):
- a counted loop (`for i in range(a, n)`, `while i < n: ...; i += 1`) runs at most n_hi - a_lo times;
- a loop over a generator (`for x in gen`, `sum(gen)`) runs once per item, and a generator whose
  yields sit outside loops or in counted loops yields a bounded number of items (yield_bound).
An accumulator is a local int register x the loop assigns once, by `x = x + d` (or `t = x + d` and
`x = t` right after it) with d proved in [0, d_hi].  With no cycle inside the loop the add runs at
most once per run of the body, so x ends at most x_hi + trips * d_hi, x_hi being its bound where the
loop is entered; if that is at most INT64_MAX, and x_lo is small (runtime_c/int.c), x is a small int
throughout and the add cannot overflow.  A bound that does not fit keeps the check (version_loops.py
may then test the loop's end before a copy without it).
"""

from __future__ import annotations

from ..ir.ops import Assign, Block, Function, Module, Prim, Reg
from ..types.model import INT
from .loops import defs_in, inner_cycle, loop_of, loop_trips, predecessors, yield_bound
from .value_ranges import INT64_MAX, SMALL_MIN, Ranges


def accumulators(loop: list[Block]) -> list[tuple[Prim, Reg, int]]:
    """The loop's sums (add, x, the index of d among the add's operands): x a local int register whose
    one assignment in the loop is `x = x + d` / `x = d + x`, or `t = x + d` and `x = t` right after it."""
    defs = defs_in(loop)
    out: list[tuple[Prim, Reg, int]] = []
    for b in loop:
        for i, op in enumerate(b.ops):
            if not (isinstance(op, Prim) and op.op == "int_add" and isinstance(op.dst, Reg) and len(op.args) == 2):
                continue
            nxt = b.ops[i + 1] if i + 1 < len(b.ops) else None
            if isinstance(nxt, Assign) and not nxt.unbinds and nxt.src is op.dst and nxt.dst is not op.dst:
                x = nxt.dst
                if len(defs.get(id(op.dst), [])) != 1:
                    continue
            else:
                x = op.dst
            if not isinstance(x, Reg) or x.is_global or x.type != INT or len(defs.get(id(x), [])) != 1:
                continue
            if op.args[0] is x and op.args[1] is not x:
                out.append((op, x, 1))
            elif op.args[1] is x and op.args[0] is not x:
                out.append((op, x, 0))
    return out


def could_have(fn: Function) -> bool:
    """Does fn hold an add whose operand is its destination's next value (before the analysis, which
    costs more)?"""
    for b in fn.blocks:
        for i, op in enumerate(b.ops):
            if isinstance(op, Prim) and op.op == "int_add":
                nxt = b.ops[i + 1] if i + 1 < len(b.ops) else None
                if op.dst in op.args or isinstance(nxt, Assign) and nxt.src is op.dst:
                    return True
    return False


def bounded_adds(loop: list[Block], pre: Block, trips: int, ranges: Ranges) -> list[Prim]:
    """The sums of the loop that stay inside int64 over `trips` runs of its body."""
    out = []
    for op, x, k in accumulators(loop):
        d = ranges.arg(op, k)
        x_lo, x_hi = ranges.at_end(pre, x)
        if d[0] < 0 or d[1] > INT64_MAX or x_lo < SMALL_MIN or x_hi > INT64_MAX:
            continue
        if x_hi + trips * d[1] <= INT64_MAX:
            out.append(op)
    return out


def bound_in(fn: Function, ranges: Ranges, yields: dict[str, int]) -> None:
    preds = predecessors(fn)
    for head in fn.blocks:
        loop = loop_of(head, preds)
        if loop is None or inner_cycle(head, loop):
            continue
        got = loop_trips(head, loop, preds, ranges, yields)
        if got is None:
            continue
        for op in bounded_adds(loop, got[0], got[1], ranges):
            op.op, op.raises = "int_add_nocheck", False


def bound_accumulators(module: Module, ranges: dict[str, Ranges]) -> None:
    """Drop the overflow check of every sum a trip count bounds (ranges: each function's, as
    remove_range_checks.py computed them with the interprocedural intervals)."""
    yields: dict[str, int] = {}
    todo = {fn.name: fn for fn in module.functions if fn.generator is not None}
    # a generator looping over another is bounded once that one is: rounds until nothing new is bounded
    changed = True
    while changed:
        changed = False
        for name, fn in list(todo.items()):
            got = yield_bound(fn, ranges[name], yields)
            if got is not None:
                yields[name] = got
                del todo[name]
                changed = True
    for fn in module.functions:
        if could_have(fn):
            bound_in(fn, ranges[fn.name], yields)
