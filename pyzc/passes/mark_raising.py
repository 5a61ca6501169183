"""Which calls need an error check: a function that provably cannot raise gets none.

A function can raise if any of its ops can; a Call can raise if its callee
can.  Iterated to a fixed point over the call graph (recursion included),
starting from "no user function raises" and growing.

Runtime calls are decided here too, from the C source itself
(codegen/runtime_raises.py), whatever flag the lowering gave them, so that a
runtime function that can raise is never called without a check:
- a runtime function (pyz.h, runtime_c/) that reaches a pyz_raise*;
- a container function (templates/) that can raise on its own (IndexError...);
- a container function that runs its items' code (`__eq__`, `__lt__`,
  `__hash__`, `__repr__` of objects) raises when that code can: when one of
  the functions the containers call on items (module.elem_ops, the classes'
  str/repr functions) is found raising, so programs whose dunders cannot
  raise pay nothing.  module.item_code_raises records the answer for codegen,
  which then renders the templates' checks after each item operation.
"""

from __future__ import annotations

from ..codegen.naming import dict_suffix, type_suffix
from ..codegen.prims import EXPR
from ..codegen.runtime_raises import runtime_raisers, template_raisers
from ..ir.ops import Call, CallRuntime, Module, Prim
from ..types.model import ClassT, DequeT, DictT, ListT, SetT, TupleT, parts, walk_types


def container_functions(module: Module) -> dict[str, tuple[str, bool]]:
    """Each container function the program may call, by C name: (its template name with N, whether its
    items are objects, whose own code it may run)."""
    seen: set = set()
    todo = [ListT(e) for e in module.list_elem_types] + list(module.tuple_types | module.dict_types | module.set_types | module.deque_types)
    while todo:
        t = todo.pop()
        if isinstance(t, DictT) and t.kind:
            t = DictT(t.key, t.value)
        if t in seen:
            continue
        seen.add(t)
        todo += parts(t)
    always, element = template_raisers()
    names: dict[str, tuple[str, bool]] = {}
    for t in seen:
        if isinstance(t, ListT):
            kind, n = "list", type_suffix(t.elem)
        elif isinstance(t, TupleT):
            kind, n = "tuple", type_suffix(t)
        elif isinstance(t, DictT):
            kind, n = "dict", dict_suffix(t)
        elif isinstance(t, SetT):
            kind, n = "set", type_suffix(t.elem)
        elif isinstance(t, DequeT):
            kind, n = "deque", type_suffix(t.elem)
        else:
            continue
        objects = any(isinstance(p, ClassT) for p in walk_types(t))
        head = f"pyz_{kind}_N_"
        for fn in always | element:
            if fn.startswith(head):
                names[f"pyz_{kind}_{n}_{fn[len(head):]}"] = (fn, objects)
    return names


def runtime_calls(module: Module) -> tuple[list, list]:
    """The runtime calls that can raise whatever the program does, and those that run items' code."""
    runtime = runtime_raisers()
    always, element = template_raisers()
    containers = container_functions(module)
    raising: list = []
    item_calls: list = []
    for f in module.functions:
        for b in f.blocks:
            for op in b.ops:
                if isinstance(op, CallRuntime):
                    fn, objects = containers.get(op.name, (op.name, False))
                    if fn in runtime or fn in always:
                        raising.append(op)
                    elif fn in element and objects:
                        item_calls.append(op)
                elif isinstance(op, Prim) and "pyz_class_" in EXPR.get(op.op, ""):
                    item_calls.append(op)
    return raising, item_calls


def mark_runtime_raising(module: Module) -> Module:
    """Before the passes that remove dead blocks: every runtime call that can raise is marked so (items'
    code conservatively: mark_raising, last, takes that back when no item operation can raise)."""
    raising, item_calls = runtime_calls(module)
    for op in raising:
        op.raises = True
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
