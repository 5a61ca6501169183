"""`getattr(obj, "name")` and `setattr(obj, "name", value)` with a constant name: the attribute itself.

With the name a constant identifier, `getattr(obj, "size")` is `obj.size` (the same lookup, the same
AttributeError) and the statement `setattr(obj, "size", v)` is `obj.size = v`, when obj is a name or a
chain of attributes of one (reading it twice or in another order has no effect: CPython evaluates obj
before v, the assignment v before obj).  `hasattr` needs the types (primitives/attribute_ops.py);
`getattr` with a default, or with a name computed when the program runs, stays refused.
"""

from __future__ import annotations

import ast

from ..ast_walk import walk
from .star_iterables import binds


def constant_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.isidentifier():
        return node.value
    return None


def plain_reference(node: ast.expr) -> bool:
    """A name, or attributes of attributes of a name (`self.parts`): evaluating it has no effect."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name)


def rewrite_attribute_builtins(module: ast.Module) -> bool:
    """Each such getattr and setattr made the attribute itself; False when there is none."""
    free = {f for f in ("getattr", "setattr") if not binds(module, f)}
    if not free:
        return False
    found = False
    for parent in walk(module):
        for field, value in ast.iter_fields(parent):
            items = value if isinstance(value, list) else [value]
            for k, node in enumerate(items):
                new: ast.AST | None = None
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "getattr" \
                        and "getattr" in free and len(node.args) == 2 and not node.keywords:
                    name = constant_name(node.args[1])
                    if name is not None:
                        new = ast.Attribute(value=node.args[0], attr=name, ctx=ast.Load())
                elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name) \
                        and node.value.func.id == "setattr" and "setattr" in free and len(node.value.args) == 3 \
                        and not node.value.keywords and plain_reference(node.value.args[0]):
                    call = node.value
                    name = constant_name(call.args[1])
                    if name is not None:
                        target = ast.copy_location(ast.Attribute(value=call.args[0], attr=name, ctx=ast.Store()), call)
                        new = ast.Assign(targets=[target], value=call.args[2])
                if new is None:
                    continue
                ast.copy_location(new, node)
                if isinstance(value, list):
                    value[k] = new
                else:
                    setattr(parent, field, new)
                found = True
    return found
