"""Block versioning: one length test selects a copy of a block's tail without its constant-index checks.

In: the IR after version_loops.py.  Out: for a block that indexes a list register with constants
several times (`dx = b[0] - b2[0]; dy = b[1] - b2[1]; ...; m = b[6] * mag`, n-body's inner loop), the
block split where the first of those checks runs:

    B:   ...ops before the first check...
         bound = b is not NULL;  branch bound, T1, S         (one pair of tests per list)
    T1:  n = len(b);  ok = n > 6;  branch ok, T2, S
    F:   the rest of B, its checks of b[k], 0 <= k <= 6, gone
    S:   the rest of B as it was

A list's checks go in F only up to the first op that may resize a list (value_ranges.resizes_lists)
or assign the list's register, so len(b) > 6 holds at each of them.  When a test fails S runs, and
raises where the program did.  A list is tested only when that removes at least MIN_CHECKS checks;
a tail holding a Yield is not copied (a generator's resume points are kept once each).
"""

from __future__ import annotations

from ..ir.ops import Block, Branch, Const, Function, ListGet, ListSet, Module, Op, Prim, Reg, Yield
from ..types.model import BOOL, INT, ListT
from .value_ranges import resizes_lists
from .version_loops import copy_op, new_temp

MIN_CHECKS = 3
MAX_OPS = 200  # a block's tail worth a copy


def constant_index(op: Op) -> int | None:
    if isinstance(op, (ListGet, ListSet)) and op.check != "none" and isinstance(op.index, Const) \
            and type(op.index.value) is int and op.index.value >= 0 and isinstance(op.lst, Reg) \
            and not op.lst.is_global and isinstance(op.lst.type, ListT):
        return op.index.value
    return None


def windows(ops: list[Op]) -> dict[int, tuple[int, int, int, Reg]]:
    """id(list register) -> (position of its first checked constant index, the largest index checked
    before the list may change, how many checks, the register), for the lists worth a test."""
    out: dict[int, tuple[int, int, int, Reg]] = {}
    closed: set[int] = set()
    resized = False  # past an op that may resize a list no window opens (the test would come before it)
    for i, op in enumerate(ops):
        k = constant_index(op)
        if k is not None:
            lst = op.lst  # type: ignore[attr-defined]
            if id(lst) not in closed and (id(lst) in out or not resized):
                first, top, n, _ = out.get(id(lst), (i, k, 0, lst))
                out[id(lst)] = (first, max(top, k), n + 1, lst)
        if resizes_lists(op):
            closed.update(out)
            resized = True
        d = getattr(op, "dst", None)
        if isinstance(d, Reg) and id(d) in out:
            closed.add(id(d))
    return {k: v for k, v in out.items() if v[2] >= MIN_CHECKS}


def version_block(fn: Function, block: Block) -> list[Block]:
    """The new blocks when block is worth splitting (block itself is changed), else []."""
    ops = block.ops
    if len(ops) > MAX_OPS or not block.terminated:
        return []
    wins = windows(ops)
    if not wins:
        return []
    p = min(first for first, _, _, _ in wins.values())
    if any(isinstance(op, Yield) for op in ops[p:]):
        return []  # a generator's yields are resume points: each is kept once
    # every tested list must hold the same register from p to its checks: not assigned in between
    lists = [(lst, top) for first, top, _, lst in wins.values()
             if not any(getattr(op, "dst", None) is lst for op in ops[p:first])]
    if not lists:
        return []
    tops = {id(lst): top for lst, top in lists}
    label = 1 + max(b.label for b in fn.blocks)
    line = ops[p].line
    tail = ops[p:]
    slow = Block(label, list(tail), block.handler)
    fast = Block(label + 1, [copy_op(op, {}) for op in tail], block.handler)
    closed: set[int] = set()
    for op in fast.ops:
        k = constant_index(op)
        lst = getattr(op, "lst", None)
        if k is not None and id(lst) in tops and id(lst) not in closed and k <= tops[id(lst)]:
            op.check = "none"  # type: ignore[attr-defined]
        if resizes_lists(op):
            closed.update(tops)
        d = getattr(op, "dst", None)
        if isinstance(d, Reg):
            closed.add(id(d))
    # each test: ops ending in the bool to branch on; true goes on to the next test, the last to fast
    tests: list[list[Op]] = []
    for lst, top in lists:
        bound, n, ok = new_temp(fn, BOOL), new_temp(fn, INT), new_temp(fn, BOOL)
        tests.append([Prim(bound, "obj_truth", [lst], line)])
        tests.append([Prim(n, "container_len", [lst], line), Prim(ok, "int_gt_small", [n, Const(top, INT)], line)])
    blocks = [block] + [Block(label + 2 + k, [], block.handler) for k in range(len(tests) - 1)]
    block.ops = ops[:p]
    for k, test in enumerate(tests):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else fast
        blocks[k].ops += test + [Branch(test[-1].dst, nxt, slow, line)]  # type: ignore[attr-defined]
    return blocks[1:] + [fast, slow]


def version_blocks(module: Module) -> Module:
    for fn in module.functions:
        for block in list(fn.blocks):
            new = version_block(fn, block)
            if new:
                at = fn.blocks.index(block) + 1
                fn.blocks[at:at] = new
    return module
