"""Dead functions: an instance no live code calls is not compiled.

Inference only creates instances for functions that are called, so a
function nothing calls never reaches the IR.  One whose only calls sat in
code that cannot run (`if False:`, after a `return`) is lowered and then
loses its callers in remove_dead_blocks; this pass drops it, and whatever
only it called, by walking the call graph from the module body.  The dropped
instances are recorded on the module for `pyzc analyze`.
"""

from __future__ import annotations

from ..ir.ops import Call, GenNew, GenResume, Module


def reached_functions(module: Module) -> set[str]:
    """The functions that code which runs may call or make a generator of: the call graph walked
    from the module body (and from what rendered C and CPython call: below)."""
    by_name = {f.name: f for f in module.functions}
    live: set[str] = set()
    # str()/repr() of objects and the item operations of containers of objects call their
    # functions from rendered C (class printers, container templates), not through Call ops
    stack = [module.main] + [f for c in module.classes for f in (c.str_func, c.repr_func) if f] + \
        list(module.elem_ops.values()) + [e.func for e in module.exports]  # hybrid mode: CPython calls these
    while stack:
        name = stack.pop()
        if name in live or name not in by_name:
            continue
        live.add(name)
        for b in by_name[name].blocks:
            for op in b.ops:
                if isinstance(op, Call):
                    stack.append(op.func)
                elif isinstance(op, GenNew):  # its frame is the resume function's
                    stack.append(op.resume)
                elif isinstance(op, GenResume):
                    stack.extend(op.targets)
    return live


def remove_dead_functions(module: Module) -> Module:
    live = reached_functions(module)
    for f in module.functions:
        if f.name not in live:
            module.left_out.append((f.py_name, f.first_line))
    module.functions = [f for f in module.functions if f.name in live]
    return module
