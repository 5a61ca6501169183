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

from ..ir.ops import Assign, CallRuntime, Function, Module, Op, Prim, Reg
from .closed_registers import largest_closed_set
from ..types.model import INT, STR, ListT

SPLIT = "pyz_str_split"
COUNT = "pyz_str_split_count"


def _writes_ok(op: Op, cand: set[int]) -> bool:
    if isinstance(op, CallRuntime):
        return op.name == SPLIT and op.on is None
    return isinstance(op, Assign) and not op.unbinds and isinstance(op.src, Reg) and id(op.src) in cand


def _reads_ok(op: Op, r: Reg, cand: set[int]) -> bool:
    if isinstance(op, Prim):
        return op.op == "container_len" and len(op.args) == 1
    return isinstance(op, Assign) and not op.unbinds and id(op.dst) in cand


def only_measured(fn: Function) -> set[int]:
    """id() of the registers of fn that hold a split's list that is only measured (the module's
    docstring), as the largest set whose writes and reads all keep to it (closed_registers.py)."""
    params = {id(p) for p in fn.params}
    cand = {id(r) for r in fn.regs if r.type == ListT(STR) and not r.is_global and id(r) not in params}
    if not any(isinstance(op, CallRuntime) and op.name == SPLIT and op.on is None for b in fn.blocks for op in b.ops):
        return set()
    return largest_closed_set(fn, cand, _writes_ok, _reads_ok)


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
