"""Checks that cannot fire, removed: the value ranges (value_ranges.py) prove them unnecessary.

In: the IR after lowering and CFG cleanup.  Out: the same IR with cheaper ops where a
check is proved dead, before mark_raising decides which calls need an error test:
- `a + b`, `a - b`, `a * b`, `-a` whose exact result interval lies inside int64 lose
  the overflow check (`int_add` -> `int_add_nocheck`...): a range counter plus one, `n - 1`
  under `n >= 2`, a product of small bounded values.
- `a % b` and `a // b` with b proved non-zero (a constant, or a branch fact) are a prim
  that cannot raise, so no pending-exception test follows them (`int_mod_nz`: Python's
  sign rules, inline, big words too); with both small, a >= 0 and b > 0 they are C's own
  `%` and `/` (`int_mod_pos`, `int_floordiv_pos`), which a loop can vectorize.  `//` also needs
  nothing else.
- Big ints (runtime_c/int.c): an `int_guard` or `int_norm` (passes/guard_big_ints.py) whose
  operand is proved small is an assignment; a guard whose operand is proved >= PYZ_SMALL_MIN is
  `_nofit` (a big word is past int64: it raises, so C sees the word itself go on); a comparison, bitwise op or float() of operands proved small is its plain C form
  (`int_lt` -> `int_lt_small`); `+ - * << -` record which operands need no test for a big word
  (`Prim.proven`: proved small, or caught by the result test when the other operand is near 0),
  so codegen tests only the others; a sum `x += d` (d >= 0) in a loop whose trip count bounds it
  adds unchecked (bound_accumulators.py); a runtime call that raises only for a big
  operand (printing past 4300 digits) does not raise when its operands are small.
- A list index proved >= 0 is tested only against the length (no negative-index
  path); one also proved below the length of a list no op may have resized since
  (`for i in range(len(xs)): xs[i]`, `for j in range(a, n + 1, p): flags[j]` with
  `flags = [x] * (n + 1)`) is not tested at all.
Every change here must be one whose check could never fire: the safety net is the
fuzzer and tests/programs/*overflow* / numbers, and tests/ir/irbuild-ranges.test pins
which checks go and which stay.
"""

from __future__ import annotations

from ..ir.ops import Assign, CallRuntime, Function, ListGet, ListSet, Module, Prim
from .bound_accumulators import bound_accumulators
from .guard_big_ints import RAISE_IF_BIG_PRIMS, RAISE_IF_BIG_RUNTIME
from .value_ranges import GUARDS, SMALL_MIN, Ranges, RangesMemo, fits, interprocedural_ranges, small, value_ranges

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
    if small(a) and small(b) and a[0] >= 0 and b[0] > 0:
        return Prim(op.dst, f"int_{verb}_pos", list(op.args), op.line)
    # pyz_int_floordiv / pyz_int_mod themselves (big words and -1 go to their slow path): no error
    return Prim(op.dst, f"int_{verb}_nz", list(op.args), op.line)


# guards whose operand is proved never to lie in [INT64_MIN, SMALL_MIN): a big one does not fit in int64
# (codegen/prims.py; a clamped slice bound does not raise, so it has none)
NOFIT = {name: name + "_nofit" for name in ("int_guard", "int_guard_index", "int_guard_size")}

STRICTNESS = {"full": 2, "upper": 1, "none": 0}


# big-aware int prims and their plain C forms on small operands (codegen/prims.py)
SMALL_FORMS = {name: name + "_small" for name in ("int_and", "int_or", "int_xor", "int_invert", "int_eq", "int_ne", "int_lt",
                                                  "int_le", "int_gt", "int_ge", "int_rshift_k", "int_to_float")}


# those whose plain C form on small operands may give a word below SMALL_MIN (| of small words is small;
# comparisons give bools; >> moves towards 0; a float is no word)
WORD_RESULTS = ("int_and", "int_xor", "int_invert")


def proven_args(op, ranges: Ranges) -> list[bool]:
    return [small(ranges.arg(op, i)) for i in range(len(op.args))]


NONNEG_ADD = 2**62  # a big word (below INT64_MIN + 2**48) plus at most this stays negative, as does a sum past INT64_MAX
NARROW = 2**59  # an operand this close to 0 moves a big word (in [INT64_MIN, INT64_MIN + 2**48)) no higher than PYZ_SMALL_MIN


def untested_args(op: Prim, ranges: Ranges) -> int:
    """The bits of Prim.proven for a checked + - *: each operand proved small, and each operand whose
    test for a big word the result test does when the other is proved near 0 (codegen/emit.py
    result_test_covers, for operands that are not constants): x + b and b + x, x - b, x * b, for b in
    (-2**59, 2**59) and, for *, not -1 (x - b: a big x minus b stays below PYZ_SMALL_MIN or
    overflows; b - x does not: b minus a big word is a small word near 2**63)."""
    bits = sum(1 << k for k, p in enumerate(proven_args(op, ranges)) if p)
    if len(op.args) != 2 or op.op not in ("int_add", "int_sub", "int_mul"):
        return bits
    for k in (0, 1):
        lo, hi = ranges.arg(op, 1 - k)
        if op.op == "int_sub" and k == 1:
            continue
        if op.op == "int_mul":
            covers = 0 <= lo and hi < NARROW or -NARROW < lo and hi <= -2
        else:
            covers = -NARROW < lo and hi < NARROW
        if covers:
            bits |= 1 << k
    return bits


def remove_checks_in(fn: Function, params: list | None = None, returns: dict | None = None,
                     memo: RangesMemo | None = None) -> Ranges:
    """Remove fn's checks that cannot fire; returns the ranges that proved it (they still hold: every
    change keeps what each value is, and the ops kept are the same objects).  memo: earlier analyses of
    the unchanged module (fn is changed here, so nothing may ask memo about fn afterwards)."""
    ranges = value_ranges(fn, params, returns, memo)
    for block in fn.blocks:
        dropped = False
        for i, op in enumerate(block.ops):
            if id(op) not in ranges.args:
                continue  # unreachable: left as it is
            if isinstance(op, Prim) and (op.op in GUARDS or op.op == "int_norm"):
                if small(ranges.arg(op, 0)):  # the word is the C integer
                    assert op.dst is not None
                    if op.dst is op.args[0]:
                        block.ops[i] = None  # type: ignore[call-overload]
                        dropped = True
                    else:
                        block.ops[i] = Assign(op.dst, op.args[0], op.line)
                elif op.op in NOFIT and ranges.arg(op, 0)[0] >= SMALL_MIN:
                    # a big word is past int64 (`i * i` for i >= 2): it raises, the C integer is the word
                    op.op = NOFIT[op.op]
                continue
            if isinstance(op, Prim) and op.op in SMALL_FORMS:
                proven = proven_args(op, ranges)
                # ~, & and ^ of small words may leave the small range (~(2**63 - 2**59)): their result too
                if op.op in WORD_RESULTS and not small(ranges.result(op)):
                    continue
                # equality needs one small operand: a big word never equals a small one
                if all(proven) or (op.op in ("int_eq", "int_ne") and any(proven)):
                    if op.op in RAISE_IF_BIG_PRIMS:
                        op.raises = False
                    op.op = SMALL_FORMS[op.op]
                continue
            if isinstance(op, CallRuntime) and op.name in RAISE_IF_BIG_RUNTIME and op.raises and op.on is None \
                    and all(proven_args(op, ranges)):
                op.raises = False
                continue
            if isinstance(op, Prim) and op.op in UNCHECKED:
                a = ranges.arg(op, 0)
                b = ranges.arg(op, 1) if len(op.args) > 1 else (0, 0)
                proven = proven_args(op, ranges)
                op.proven = untested_args(op, ranges)
                op.small_args = all(proven)
                if op.op == "int_add" and a[0] >= 0 and b[0] >= 0:
                    op.nonneg = 1 if small(a) and a[1] <= NONNEG_ADD or small(b) and b[1] <= NONNEG_ADD else 2
                if all(proven) and fits(*_exact(op.op, a, b)):
                    op.op = UNCHECKED[op.op]
                    op.raises = False
            elif isinstance(op, Prim) and op.op == "int_lshift_k":
                op.proven = sum(1 << k for k, p in enumerate(proven_args(op, ranges)) if p)
            elif isinstance(op, (ListGet, ListSet)) and op.check != "none":
                got = ranges.index_check(op)
                if STRICTNESS[got] < STRICTNESS[op.check]:
                    op.check = got
            elif isinstance(op, CallRuntime) and op.on is None and op.name in ("pyz_int_mod", "pyz_int_floordiv") \
                    and op.dst is not None and id(op) in ranges.args:
                new = divmod_prim(op, ranges)
                if new is not None:
                    block.ops[i] = new
        if dropped:
            block.ops = [op for op in block.ops if op is not None]
    return ranges


def remove_range_checks(module: Module) -> Module:
    memo = RangesMemo()  # the interprocedural rounds analysed most functions with these same inputs already
    params, returns = interprocedural_ranges(module, memo)
    ranges = {fn.name: remove_checks_in(fn, params.get(fn.name), returns, memo) for fn in module.functions}
    bound_accumulators(module, ranges)
    return module
