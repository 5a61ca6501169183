"""Loop versioning: one test before a range loop selects a copy of it with fewer checks.

In: the IR after remove_range_checks.py.  Out: for each counted loop (loops.py: `for i in range(a, b)`,
`while i < n: ...; i += 1`: a counter `c < end`, `c` only stepped by one) that holds
- a list index proved >= 0 but not below the length (`check="upper"`: the list came from
  elsewhere, so its length is not known), or
- a sum `x = x + d` with d >= 0 whose bound over the loop's trip count fits in int64
  (`accumulators` says why),
the loop twice:

    P:   ok1 = c >= 0                       branch ok1, P1, H
    P1:  bound = xs is not NULL             branch bound, P2, H      (for an index)
    P2:  n = len(xs); ok2 = end <= n        branch ok2, P3, H        (for an index)
    P3:  ok3 = end <= limit                 branch ok3, H', H        (for sums)
    H' + body': the same loop; its sums add unchecked, and value_ranges, run again over it,
         finds c < end <= len(xs) there, so its indices need no check

The original loop runs when a test fails, so a program that indexes past the end, or whose
sum leaves 64 bits, raises at the same iteration as before.

A loop is copied only when it yields nothing (a generator's resume points stay one each), has
no handler (but an inlined generator's exit, loops.exits_function) and at most MAX_OPS ops; for an index, when nothing in it may resize a list
(value_ranges.resizes_lists) and the list is not assigned in it; for a sum, when it holds no inner
loop (so the add runs at most once per run of the body).  A sum whose bound is known without a test
(bound_accumulators.py) was made unchecked before this pass.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from ..ir.ops import (Assign, Block, Branch, Const, Function, Goto, ListGet, ListSet, Module, Op, Prim, Reg, Yield,
                      is_temp, temp_name)
from ..types.model import BOOL, INT, ListT
from .bound_accumulators import accumulators
from .loops import assigned, counted_loop, counter_test, exits_function, inner_cycle, loop_of, predecessors
from .remove_range_checks import remove_checks_in
from .value_ranges import INT64_MAX, SMALL_MIN, Ranges, resizes_lists, value_ranges

MAX_OPS = 60  # ops in a loop worth a copy
MIN_TRIPS = 1 << 16  # an accumulator's bound must allow this many runs to be worth a copy


@dataclass
class Plan:
    """What a copy of a loop needs tested before it, and what it then may drop."""
    pre: Block  # the loop's one way in from outside
    c: Reg  # the counter, stepped by one
    end: Reg  # c < end runs the body
    lst: Reg | None = None  # the copy's indices into lst need end <= len(lst)
    adds: list = field(default_factory=list)  # accumulators x = x + d whose check the copy drops
    end_limit: int = INT64_MAX  # ... when end <= end_limit


def candidate(fn: Function, head: Block, loop: list[Block], preds, ranges: Ranges) -> Plan | None:
    """The plan for a loop worth versioning, else None."""
    cl = counted_loop(head, loop, preds)
    if cl is None:
        return None
    ops = [op for b in loop for op in b.ops]
    if len(ops) > MAX_OPS or any(isinstance(op, Yield) for op in ops):
        return None  # a generator's yields are resume points: each is kept once
    plan = Plan(cl.pre, cl.c, cl.end)
    written = assigned(loop)
    if not any(resizes_lists(op) for op in ops):
        for op in ops:
            if isinstance(op, (ListGet, ListSet)) and op.check == "upper" and isinstance(op.lst, Reg) \
                    and not op.lst.is_global and isinstance(op.lst.type, ListT) and id(op.lst) not in written:
                plan.lst = op.lst
                break
    if not inner_cycle(head, loop):
        plan_accumulators(plan, loop, ranges)
    return plan if plan.lst is not None or plan.adds else None


def plan_accumulators(plan: Plan, loop: list[Block], ranges: Ranges) -> None:
    """The sums `x = x + d` (d >= 0) of the loop whose overflow a bound on its trip count rules out.

    The body runs at most end - c0 times (loops.py: a counted loop), and with no cycle inside the loop
    the add runs at most once per run, so x ends at most x_hi + (end - c0) * d_hi: within int64 when
    end <= c0 + (INT64_MAX - x_hi) // d_hi.  That test goes before the copy, which adds unchecked."""
    c0 = ranges.at_end(plan.pre, plan.c)
    if c0[0] < 0 or c0[0] > INT64_MAX:
        return
    limit = INT64_MAX
    adds = []
    for op, x, k in accumulators(loop):
        d = ranges.arg(op, k)
        x_lo, x_hi = ranges.at_end(plan.pre, x)
        # x small at entry and d small and >= 0: x stays small while below INT64_MAX
        if d[0] < 0 or d[1] <= 0 or d[1] > INT64_MAX or x_lo < SMALL_MIN or x_hi >= INT64_MAX \
                or (INT64_MAX - x_hi) // d[1] < MIN_TRIPS:
            continue
        limit = min(limit, c0[0] + (INT64_MAX - x_hi) // d[1])
        adds.append(op)
    if adds and limit > c0[0]:
        plan.adds, plan.end_limit = adds, min(limit, INT64_MAX)


def worth_a_look(loop: list[Block]) -> bool:
    """Does the loop hold what a copy could make cheaper (before the analysis, which costs more)?"""
    for b in loop:
        for i, op in enumerate(b.ops):
            if isinstance(op, (ListGet, ListSet)) and op.check == "upper":
                return True
            nxt = b.ops[i + 1] if i + 1 < len(b.ops) else None
            if isinstance(op, Prim) and op.op == "int_add" and (op.dst in op.args or isinstance(nxt, Assign)
                                                             and nxt.src is op.dst):
                return True
    return False


def new_temp(fn: Function, t) -> Reg:
    n = 1 + max((int(r.name[2:]) for r in fn.regs if is_temp(r.name) and r.name[2:].isdigit()), default=0)
    r = Reg(temp_name(n), t)
    fn.regs.append(r)
    return r


def clone(loop: list[Block], fn: Function) -> tuple[dict[int, Block], dict[int, Op]]:
    """Copies of the loop's blocks (by id of the original), and of its ops."""
    next_label = 1 + max(b.label for b in fn.blocks)
    twins: dict[int, Block] = {}
    op_twins: dict[int, Op] = {}
    for b in loop:
        twins[id(b)] = Block(next_label)
        next_label += 1
    for b in loop:
        t = twins[id(b)]
        t.handler = twins.get(id(b.handler), b.handler) if b.handler is not None else None
        for op in b.ops:
            op_twins[id(op)] = copy_op(op, twins)
            t.ops.append(op_twins[id(op)])
    return twins, op_twins


def copy_op(op: Op, twins: dict[int, Block]) -> Op:
    new = copy.copy(op)
    for name in ("args", "items", "parts", "targets"):
        if isinstance(getattr(new, name, None), list):
            setattr(new, name, list(getattr(new, name)))
    if isinstance(new, Goto):
        new.target = twins.get(id(new.target), new.target)
    elif isinstance(new, Branch):
        new.then = twins.get(id(new.then), new.then)
        new.else_ = twins.get(id(new.else_), new.else_)
    return new


def version_function(fn: Function, done: set[int]) -> bool:
    """Version one loop of fn not yet seen (done: the heads already versioned, and their copies)."""
    preds = predecessors(fn)
    ranges: Ranges | None = None
    for head in list(fn.blocks):
        if counter_test(head) is None or id(head) in done:
            continue
        loop = loop_of(head, preds)
        if loop is None or not all(exits_function(b) for b in loop) or not worth_a_look(loop):
            continue
        if ranges is None:
            ranges = value_ranges(fn)
        plan = candidate(fn, head, loop, preds, ranges)
        if plan is None:
            continue
        version(fn, head, loop, plan, done)
        return True
    return False


def version(fn: Function, head: Block, loop: list[Block], plan: Plan, done: set[int]) -> None:
    """The tests before the loop, and the copy they select."""
    line = head.ops[0].line
    twins, op_twins = clone(loop, fn)
    for op in plan.adds:
        twin = op_twins[id(op)]
        assert isinstance(twin, Prim)
        twin.op, twin.raises = "int_add_nocheck", False
    label = 1 + max(b.label for b in list(fn.blocks) + list(twins.values()))
    tests: list[list[Op]] = []  # each a list of ops ending in the bool to branch on
    # a range loop's counter and end are C integers (ir/build.c_int), compared as such by the loop's own
    # test (`int_lt_small`): a word-aware compare would read an end below PYZ_SMALL_MIN
    # (`range(2, -2**63 + 5)`) as a big int's address
    test = head.ops[0]
    form = "_small" if isinstance(test, Prim) and test.op == "int_lt_small" else ""
    ok1 = new_temp(fn, BOOL)
    tests.append([Prim(ok1, "int_ge" + form, [plan.c, Const(0, INT)], line)])
    if plan.lst is not None:
        # the list may be unbound here (assigned on some paths only): then the original loop runs, and
        # raises UnboundLocalError where CPython does
        bound, n, ok2 = new_temp(fn, BOOL), new_temp(fn, INT), new_temp(fn, BOOL)
        tests.append([Prim(bound, "obj_truth", [plan.lst], line)])
        tests.append([Prim(n, "container_len", [plan.lst], line), Prim(ok2, "int_le" + form, [plan.end, n], line)])
    if plan.adds:
        ok3 = new_temp(fn, BOOL)
        tests.append([Prim(ok3, "int_le" + form, [plan.end, Const(plan.end_limit, INT)], line)])
    blocks = [plan.pre] + [Block(label + k) for k in range(len(tests) - 1)]
    plan.pre.ops.pop()  # its goto to head
    for k, ops in enumerate(tests):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else twins[id(head)]
        cond = ops[-1].dst  # type: ignore[attr-defined]
        blocks[k].ops += ops + [Branch(cond, nxt, head, line)]
    fn.blocks += blocks[1:] + list(twins.values())
    done.update([id(head)] + [id(t) for t in twins.values()])


def version_loops(module: Module) -> Module:
    for fn in module.functions:
        changed = False
        done: set[int] = set()
        for _ in range(4):  # a few loops per function, each found afresh
            if not version_function(fn, done):
                break
            changed = True
        if changed:
            remove_checks_in(fn)
    return module
