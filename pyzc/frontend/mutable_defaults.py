"""A mutable default value (`def f(x, acc=[])`) becomes a module variable.

CPython evaluates a default once, when the `def` runs, and every call that
omits the argument shares that one object: `f(1); f(2)` leaves `[1, 2]` in
acc.  pyzc evaluates a constant default at each call site, which is the same
thing for an immutable value but not for a list.  So an empty `[]`, `{}`,
`set()`, `list()` or `dict()` default is hoisted into a hidden module
variable assigned just before the `def` (or before the class holding the
method), and the default becomes a read of that variable.  The rest of the
compiler then sees an ordinary global: inference gives it the type the
function's uses give the parameter (types/infer.py, flow_back), and each
call that omits the argument passes the one shared object.

Runs after the subset check, in place, on module-level functions and methods.
"""

from __future__ import annotations

import ast

HIDDEN_PREFIX = "_pyz_default_"


def is_empty_display(node) -> bool:
    """`[]`, `{}`, `set()`, `list()`, `dict()`: a new container with nothing in it yet (the mutable
    defaults pyzc accepts; inference also gives such a display the type its uses give it)."""
    if isinstance(node, (ast.List, ast.Set)):
        return not node.elts
    if isinstance(node, ast.Dict):
        return not node.keys
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("list", "dict", "set")
            and not node.args and not node.keywords)


def is_hoisted_default(node) -> bool:
    """A default already hoisted (an imported module's, checked again after linking renamed it)."""
    return isinstance(node, ast.Name) and HIDDEN_PREFIX in node.id


def hoist_defaults(func: ast.FunctionDef, owner: str) -> list[ast.stmt]:
    """Replace func's mutable defaults by hidden module variables; return their assignments."""
    args = func.args.args
    first = len(args) - len(func.args.defaults)
    out: list[ast.stmt] = []
    for i, d in enumerate(func.args.defaults):
        if not is_empty_display(d):
            continue
        name = f"{HIDDEN_PREFIX}{owner}{func.name}_{args[first + i].arg}"
        assign = ast.copy_location(ast.Assign([ast.copy_location(ast.Name(name, ast.Store()), d)], d), d)
        ast.fix_missing_locations(assign)
        out.append(assign)
        func.args.defaults[i] = ast.copy_location(ast.Name(name, ast.Load()), d)
    return out


def hoist_mutable_defaults(module: ast.Module) -> None:
    body: list[ast.stmt] = []
    for stmt in module.body:
        if isinstance(stmt, ast.FunctionDef):
            body.extend(hoist_defaults(stmt, ""))
        elif isinstance(stmt, ast.ClassDef):
            for s in stmt.body:
                if isinstance(s, ast.FunctionDef):
                    body.extend(hoist_defaults(s, stmt.name + "_"))
        body.append(stmt)
    module.body = body
