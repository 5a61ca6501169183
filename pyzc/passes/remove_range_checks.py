"""Checks that cannot fire, removed: the value ranges (value_ranges.py) prove them unnecessary.

In: the IR after lowering and CFG cleanup.  Out: the same IR with cheaper ops where a
check is proved dead, before mark_raising decides which calls need an error test:
- `a + b`, `a - b`, `a * b`, `-a` whose exact result interval lies inside int64 lose
  the overflow check (`int_add` -> `int_add_nocheck`...): a range counter plus one, `n - 1`
  under `n >= 2`, a product of small bounded values.
- `a % b` and `a // b` with b proved non-zero (a constant, or a branch fact) are a prim
  that cannot raise, so no pending-exception test follows them (`int_mod_nz`: Python's
  sign rules, inline); with a >= 0 and b > 0 they are C's own `%` and `/`
  (`int_mod_pos`, `int_floordiv_pos`), which a loop can vectorize.  `//` also needs
  `a // -1` not to overflow: b may be -1 only if a is never INT64_MIN.
- A list index proved >= 0 is tested only against the length (no negative-index
  path); one also proved below the length of a list no op may have resized since
  (`for i in range(len(xs)): xs[i]`, `for j in range(a, n + 1, p): flags[j]` with
  `flags = [x] * (n + 1)`) is not tested at all.
Every change here must be one whose check could never fire: the safety net is the
fuzzer and tests/programs/*overflow* / numbers, and tests/ir/irbuild-ranges.test pins
which checks go and which stay.
"""

from __future__ import annotations

from ..ir.ops import CallRuntime, Function, ListGet, ListSet, Module, Prim
from .value_ranges import INT64_MIN, Ranges, fits, value_ranges

UNCHECKED = {"int_add": "int_add_nocheck", "int_sub": "int_sub_nocheck", "int_mul": "int_mul_nocheck",
             "int_neg": "int_neg_nocheck"}


def _exact(op: str, a, b) -> tuple[int, int]:
    if op == "int_add":
        return a[0] + b[0], a[1] + b[1]
    if op == "int_sub":
        return a[0] - b[1], a[1] - b[0]
    if op == "int_neg":
        return -a[1], -a[0]
    ps = [x * y for x in a for y in b]
    return min(ps), max(ps)


def divmod_prim(op: CallRuntime, ranges: Ranges) -> Prim | None:
    """The prim for a // b or a % b that cannot raise, or None if it may."""
    a, b = ranges.arg(op, 0), ranges.arg(op, 1)
    if b[0] <= 0 <= b[1]:
        return None
    verb = "mod" if op.name == "pyz_int_mod" else "floordiv"
    if verb == "floordiv" and b[0] <= -1 <= b[1] and a[0] == INT64_MIN:
        return None
    kind = "pos" if a[0] >= 0 and b[0] > 0 else "nz"
    return Prim(op.dst, f"int_{verb}_{kind}", list(op.args), op.line)


STRICTNESS = {"full": 2, "upper": 1, "none": 0}


def remove_checks_in(fn: Function) -> None:
    ranges = value_ranges(fn)
    for block in fn.blocks:
        for i, op in enumerate(block.ops):
            if isinstance(op, Prim) and op.op in UNCHECKED and op.raises and id(op) in ranges.args:
                a = ranges.arg(op, 0)
                b = ranges.arg(op, 1) if len(op.args) > 1 else (0, 0)
                if fits(*_exact(op.op, a, b)):
                    op.op = UNCHECKED[op.op]
                    op.raises = False
            elif isinstance(op, (ListGet, ListSet)) and op.check != "none":
                got = ranges.index_check(op)
                if STRICTNESS[got] < STRICTNESS[op.check]:
                    op.check = got
            elif isinstance(op, CallRuntime) and op.on is None and op.name in ("pyz_int_mod", "pyz_int_floordiv") \
                    and op.dst is not None and id(op) in ranges.args:
                new = divmod_prim(op, ranges)
                if new is not None:
                    block.ops[i] = new


def remove_range_checks(module: Module) -> Module:
    for fn in module.functions:
        remove_checks_in(fn)
    return module
