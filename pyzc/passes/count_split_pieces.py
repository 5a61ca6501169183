"""Lists from `split` that are only measured: `len(s.split())`, `words = s.split(sep); ... len(words)`.

In: the IR after simplify_cfg.py.  Out: the same IR, where such a list is never built: its split call
is `pyz_str_split_count` (runtime_c/str.c), which counts the pieces split would cut, and its registers
hold that count (an int) in place of the list.

Which lists: a set of a function's local registers of type list[str] such that
- every write of each is a `pyz_str_split` call, or a plain assignment from another of the set;
- every read of each is `container_len` of it, or a plain assignment to another of the set.
Nothing else sees the list (no item read, no store, no call, no return, no `del`, no closure: those
are reads that are neither), so its length is all that the program can observe; the count call raises
what split raises (ValueError for an empty separator) at the same place.  Word counts of text are
the usual case (`total += len(line.split())`): a list and a str per word, for one number.

Generators' resume functions are left alone (their registers live in the generator's frame), as are
parameters and module globals (written elsewhere).
"""

from __future__ import annotations

from ..ir.ops import Assign, CallRuntime, Function, Module, Prim, Reg
from ..types.model import INT, STR, ListT

SPLIT = "pyz_str_split"
COUNT = "pyz_str_split_count"


def only_measured(fn: Function) -> set[int]:
    """id() of the registers of fn that hold a split's list that is only measured (the module's
    docstring), as the largest set whose writes and reads all keep to it."""
    params = {id(p) for p in fn.params}
    cand = {id(r) for r in fn.regs if r.type == ListT(STR) and not r.is_global and id(r) not in params}
    if not cand:
        return cand
    ops = [op for b in fn.blocks for op in b.ops]
    if not any(isinstance(op, CallRuntime) and op.name == SPLIT and op.on is None for op in ops):
        return set()
    changed = True
    while changed:
        changed = False
        drop: set[int] = set()
        for op in ops:
            dst = getattr(op, "dst", None)
            if isinstance(dst, Reg) and id(dst) in cand:
                if isinstance(op, CallRuntime) and op.name == SPLIT and op.on is None:
                    pass
                elif isinstance(op, Assign) and not op.unbinds and isinstance(op.src, Reg) and id(op.src) in cand:
                    pass
                else:
                    drop.add(id(dst))
            read = [u for u in op.uses() if isinstance(u, Reg) and id(u) in cand]
            if not read:
                continue
            if isinstance(op, Prim) and op.op == "container_len" and len(op.args) == 1:
                continue
            if isinstance(op, Assign) and not op.unbinds and id(op.dst) in cand:
                continue
            drop.update(id(u) for u in read)
            if isinstance(op, Assign) and isinstance(op.dst, Reg):
                drop.add(id(op.dst))
        if drop & cand:
            cand -= drop
            changed = True
    return cand


def count_split_pieces(module: Module) -> Module:
    for fn in module.functions:
        if fn.generator is not None:
            continue
        measured = only_measured(fn)
        if not measured:
            continue
        for r in fn.regs:
            if id(r) in measured:
                r.type = INT  # the same register now holds the count
        for b in fn.blocks:
            for i, op in enumerate(b.ops):
                if isinstance(op, CallRuntime) and op.name == SPLIT and isinstance(op.dst, Reg) and id(op.dst) in measured:
                    op.name = COUNT
                elif isinstance(op, Prim) and op.op == "container_len" and isinstance(op.args[0], Reg) \
                        and id(op.args[0]) in measured:
                    assert op.dst is not None
                    b.ops[i] = Assign(op.dst, op.args[0], op.line)
    return module
