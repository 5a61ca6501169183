"""Which calls need an error check: a function that provably cannot raise gets none.

A function can raise if any of its ops can; a Call can raise if its callee
can.  Iterated to a fixed point over the call graph (recursion included),
starting from "no user function raises" and growing.

Runtime calls are decided here too, from the C source itself
(pyzc/runtime_raises.py), whatever flag the lowering gave them, so that a
runtime function that can raise is never called without a check:
- a runtime function (pyz.h, runtime_c/) that reaches a pyz_raise*;
- a container function (templates/) that can raise on its own (IndexError...);
- a container function that writes its items' reprs, for items that hold
  ints (an int's text raises past 4,300 digits: the templates' repr_failed);
- a container function that runs its items' code (`__eq__`, `__lt__`,
  `__hash__`, `__repr__` of objects) raises when that code can: when one of
  the functions the containers call on items (module.elem_ops, the classes'
  str/repr functions) is found raising, so programs whose dunders cannot
  raise pay nothing.  module.item_code_raises records the answer for codegen,
  which then renders the templates' checks after each item operation.
"""

from __future__ import annotations

from ..ir.ops import ITEM_CODE_PRIMS, Call, CallRuntime, Module, Prim
from ..runtime_raises import runtime_raisers, template_raisers, template_reprs
from .guard_big_ints import mark_raising_if_big
from ..types.model import INT, NUM, ClassT, walk_types


def runtime_calls(module: Module) -> tuple[list, list]:
    """The runtime calls that can raise whatever the program does, and those that run items' code."""
    runtime = runtime_raisers()
    always, element = template_raisers()
    reprs = template_reprs()
    raising: list = []
    item_calls: list = []
    for f in module.functions:
        for b in f.blocks:
            for op in b.ops:
                if isinstance(op, CallRuntime):
                    if op.name in runtime or op.name in always:
                        raising.append(op)
                    elif op.name in reprs and op.on is not None and any(p in (INT, NUM) for p in walk_types(op.on)):
                        raising.append(op)  # an int item's text raises past 4,300 digits
                    elif op.name in element and op.on is not None and any(isinstance(p, ClassT) for p in walk_types(op.on)):
                        item_calls.append(op)
                elif isinstance(op, Prim) and op.op in ITEM_CODE_PRIMS:
                    item_calls.append(op)
    return raising, item_calls


def mark_runtime_raising(module: Module) -> Module:
    """Before the passes that remove dead blocks: every runtime call that can raise is marked so (items'
    code conservatively: mark_raising, last, takes that back when no item operation can raise), and
    every op that raises for a big int (guard_big_ints.py decides which, later)."""
    raising, item_calls = runtime_calls(module)
    for op in raising:
        op.raises = True
    mark_raising_if_big(module)
    for op in item_calls:
        if not op.raises:
            module.provisional_raises.add(id(op))
            op.raises = True
    return module


def mark_raising(module: Module) -> Module:
    raising_rt, item_calls = runtime_calls(module)
    for op in raising_rt:
        op.raises = True
    item_calls = [op for op in item_calls if id(op) in module.provisional_raises]
    for op in item_calls:
        op.raises = False
    item_code = set(module.elem_ops.values()) | {c.str_func for c in module.classes if c.str_func} | \
        {c.repr_func for c in module.classes if c.repr_func}
    module.item_code_raises = False
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
        if not module.item_code_raises and item_code & raising:
            module.item_code_raises = True
            for op in item_calls:
                op.raises = True
            changed = True
    return module


def unchecked_raising_calls(module: Module) -> list[str]:
    """The runtime calls left unchecked that can raise whatever the program does (none, once mark_raising
    has run: the driver asks under PYZC_CHECK_IR, after the last pass, for every test build)."""
    raising = {id(op) for op in runtime_calls(module)[0]}
    return [f"{fn.name}: {op.name} can raise but its call is not checked"
            for fn in module.functions for b in fn.blocks for op in b.ops
            if isinstance(op, CallRuntime) and id(op) in raising and not op.raises]
