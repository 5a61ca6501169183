"""Loop versioning: one test before a range loop selects a copy of it whose list indices need no check.

In: the IR after remove_range_checks.py.  Out: for each loop `for i in range(a, b)` (the unit-step
range cursor: a counter `c < end`, `c` stepped by one) whose body indexes lists with an index
proved >= 0 but not below the length (`check="upper"`: the list came from elsewhere, so its
length is not known), the loop twice:

    P:   ok1 = c >= 0                  branch ok1, P1, H
    P1:  bound = xs is not NULL        branch bound, P2, H
    P2:  n = len(xs); ok2 = end <= n   branch ok2, H', H
    H' + body': the same loop, analysed again: c < end <= len(xs) there, so no check

Nothing is assumed: the copy is analysed by value_ranges like any code, and the relations the two
tests establish are what remove the checks in it.  The original loop runs when a test fails, so
a program that indexes past the end still raises IndexError at the same iteration.

A loop is copied only when nothing in it may resize a list (value_ranges.resizes_lists: no calls
of the program's, no runtime calls given anything but scalars), the list and `end` are not
assigned in it, and it is small (MAX_OPS), so code grows little.
"""

from __future__ import annotations

import copy

from ..ir.ops import (Assign, Block, Branch, Function, Goto, ListGet, ListSet, Module, Op, Prim, Reg, Const,
                      is_temp, temp_name)
from ..types.model import BOOL, INT, ListT
from .remove_range_checks import remove_checks_in
from .value_ranges import resizes_lists

MAX_OPS = 60  # ops in a loop worth a copy


def predecessors(fn: Function) -> dict[int, list[Block]]:
    preds: dict[int, list[Block]] = {id(b): [] for b in fn.blocks}
    for b in fn.blocks:
        for s in b.successors():
            preds.setdefault(id(s), []).append(b)
    return preds


def natural_loop(head: Block, latch: Block, preds: dict[int, list[Block]]) -> list[Block]:
    """head and the blocks that reach latch without passing through head."""
    body = {id(head): head}
    todo = [latch]
    while todo:
        b = todo.pop()
        if id(b) in body:
            continue
        body[id(b)] = b
        todo.extend(preds.get(id(b), []))
    return list(body.values())


def forward(head: Block) -> set[int]:
    """ids of the blocks reachable from head's successors."""
    seen: set[int] = set()
    todo = list(head.successors())
    while todo:
        b = todo.pop()
        if id(b) not in seen:
            seen.add(id(b))
            todo.extend(b.successors())
    return seen


def counter_test(head: Block) -> tuple[Reg, Reg] | None:
    """(c, end) when head is `t = c < end; branch t, body, exit` with c and end registers."""
    if len(head.ops) != 2 or not isinstance(head.ops[1], Branch):
        return None
    test, br = head.ops
    if not (isinstance(test, Prim) and isinstance(br, Branch) and test.op == "int_lt" and br.cond is test.dst):
        return None
    c, end = test.args
    if not isinstance(c, Reg) or not isinstance(end, Reg) or c.is_global or end.is_global or c is end:
        return None
    return c, end


def assigned(blocks: list[Block]) -> set[int]:
    return {id(getattr(op, "dst")) for b in blocks for op in b.ops if isinstance(getattr(op, "dst", None), Reg)}


def candidate(fn: Function, head: Block, loop: list[Block], preds) -> tuple[Block, Reg, Reg, Reg] | None:
    """(the preheader, c, end, the list) of a loop worth versioning, else None."""
    got = counter_test(head)
    if got is None:
        return None
    c, end = got
    ops = [op for b in loop for op in b.ops]
    if len(ops) > MAX_OPS or any(resizes_lists(op) for op in ops):
        return None
    outside = [p for p in preds.get(id(head), []) if all(p is not b for b in loop)]
    if len(outside) != 1 or not outside[0].ops or not isinstance(outside[0].ops[-1], Goto):
        return None
    # the counter moves only by one per step; end stays
    for op in ops:
        if getattr(op, "dst", None) is end:
            return None
        if getattr(op, "dst", None) is c and not (isinstance(op, Prim) and op.op == "int_add_nocheck"
                                                  and op.args[0] is c and isinstance(op.args[1], Const)
                                                  and op.args[1].value == 1):
            return None
    written = assigned(loop)
    for op in ops:
        if isinstance(op, (ListGet, ListSet)) and op.check == "upper" and isinstance(op.lst, Reg) \
                and not op.lst.is_global and isinstance(op.lst.type, ListT) and id(op.lst) not in written:
            return outside[0], c, end, op.lst
    return None


def new_temp(fn: Function, t) -> Reg:
    n = 1 + max((int(r.name[2:]) for r in fn.regs if is_temp(r.name) and r.name[2:].isdigit()), default=0)
    r = Reg(temp_name(n), t)
    fn.regs.append(r)
    return r


def clone(loop: list[Block], fn: Function) -> dict[int, Block]:
    next_label = 1 + max(b.label for b in fn.blocks)
    twins: dict[int, Block] = {}
    for b in loop:
        twins[id(b)] = Block(next_label)
        next_label += 1
    for b in loop:
        t = twins[id(b)]
        t.handler = twins.get(id(b.handler), b.handler) if b.handler is not None else None
        for op in b.ops:
            t.ops.append(copy_op(op, twins))
    return twins


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
    for head in list(fn.blocks):
        if counter_test(head) is None or id(head) in done:
            continue
        inside = forward(head)
        latches = [p for p in preds.get(id(head), []) if id(p) in inside]
        if not latches:
            continue
        loop: dict[int, Block] = {}
        for latch in latches:
            for b in natural_loop(head, latch, preds):
                loop[id(b)] = b
        if any(b.handler is not None for b in loop.values()):
            continue
        got = candidate(fn, head, list(loop.values()), preds)
        if got is None:
            continue
        pre, c, end, lst = got
        line = head.ops[0].line
        twins = clone(list(loop.values()), fn)
        ok1, bound, n, ok2 = new_temp(fn, BOOL), new_temp(fn, BOOL), new_temp(fn, INT), new_temp(fn, BOOL)
        label = 1 + max(b.label for b in list(fn.blocks) + list(twins.values()))
        p1, p2 = Block(label), Block(label + 1)
        # the list may be unbound here (assigned on some paths only): then the original loop runs, and
        # raises UnboundLocalError where CPython does
        p1.ops = [Prim(bound, "obj_truth", [lst], line), Branch(bound, p2, head, line)]
        p2.ops = [Prim(n, "container_len", [lst], line), Prim(ok2, "int_le", [end, n], line),
                  Branch(ok2, twins[id(head)], head, line)]
        pre.ops[-1] = Prim(ok1, "int_ge", [c, Const(0, INT)], line)
        pre.ops.append(Branch(ok1, p1, head, line))
        fn.blocks += [p1, p2] + list(twins.values())
        done.update([id(head)] + [id(t) for t in twins.values()])
        return True
    return False


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
