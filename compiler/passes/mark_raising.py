"""Which calls need an error check: a function that provably cannot raise gets none.

A function can raise if any of its ops can; a Call can raise if its callee
can.  Iterated to a fixed point over the call graph (recursion included),
starting from "no user function raises" and growing.
"""

from __future__ import annotations

from ..ir.ops import Call, Module


def mark_raising(module: Module) -> Module:
    raising: set[str] = set()
    calls = [(f, op) for f in module.functions for b in f.blocks for op in b.ops if isinstance(op, Call)]
    for _, op in calls:
        op.raises = False
    changed = True
    while changed:
        changed = False
        for f in module.functions:
            if f.name in raising:
                continue
            if any(op.can_raise() for b in f.blocks for op in b.ops):
                raising.add(f.name)
                changed = True
        for _, op in calls:
            if not op.raises and op.func in raising:
                op.raises = True
                changed = True
    return module
