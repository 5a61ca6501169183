"""Module constants: a global the program assigns once, at module level, to a constant.

`N = 624` or `MAGIC = 0x9908B0DF` at the top of a module, never assigned again (no
function declares it `global` and stores to it, no loop rebinds it), is read as that
constant everywhere, so `range(N)` and `x & MASK` compile to immediates and constant
folding sees through them.  Only reads of the form `tmp = global` are rewritten (that
is how lowering reads a global); the global itself stays, for the module body's store.

A read that runs before the assignment (a function called earlier) is a NameError in
CPython; pyzc never checks that (the global would read as zero), so this pass changes
nothing there that was right before.
"""

from __future__ import annotations

from ..ir.ops import Assign, Const, Module, Reg


def propagate_module_constants(module: Module) -> Module:
    writes: dict[str, int] = {}
    constant: dict[str, Const] = {}
    for fn in module.functions:
        for block in fn.blocks:
            for op in block.ops:
                dst = getattr(op, "dst", None)
                if isinstance(dst, Reg) and dst.is_global:
                    writes[dst.name] = writes.get(dst.name, 0) + 1
                    if fn.name == module.main and isinstance(op, Assign) and isinstance(op.src, Const):
                        constant[dst.name] = op.src
    constant = {name: c for name, c in constant.items() if writes[name] == 1}
    if not constant:
        return module
    for fn in module.functions:
        for block in fn.blocks:
            for op in block.ops:
                if isinstance(op, Assign) and isinstance(op.src, Reg) and op.src.is_global and op.src.name in constant:
                    op.src = constant[op.src.name]
    return module
