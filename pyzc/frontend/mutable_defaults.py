"""A default value that is not a constant (`def f(x, acc=[])`, `def f(make=make_tree)`,
`def f(v=Vec(0, 0))`, `def f(n=N * 2)`) becomes a hidden module variable.

CPython evaluates a default once, when the `def` runs, and every call that
omits the argument shares that one value: `f(1); f(2)` leaves `[1, 2]` in
acc.  pyzc evaluates a constant default (a number, str, bool or None) at
each call site, which is the same thing for an immutable value.  Every other
default is hoisted into a hidden module variable assigned where the `def`
runs: just before a module-level function, or just after the class holding a
method (a class body runs its statements in order, and only methods and class
attributes are in it, so nothing can see the difference; a name in the
default that the class body bound earlier is that class attribute,
`Cls.NAME`).  The default becomes a read of that variable.  The rest of the
compiler then sees an ordinary global: inference gives it the type of its
value (or, for an empty display, the type the function's uses give the
parameter: types/infer.py, flow_back), and each call that omits the argument
passes the one shared value.

A nested function's `def` runs each time its enclosing function runs: its
defaults are hoisted the same way, into hidden variables of the enclosing
function assigned where the def stands (frontend/symbols.py, lift_nested),
which the nested function then reads as it reads the enclosing function's
other variables.  A lambda's defaults must be constants (frontend/check.py).

Runs after the subset check, in place, on module-level functions and methods.
"""

from __future__ import annotations

import ast

HIDDEN_PREFIX = "_pyz_default_"


def is_empty_display(node) -> bool:
    """`[]`, `{}`, `set()`, `list()`, `dict()`: a new container with nothing in it yet (inference
    gives such a display the type its uses give it)."""
    if isinstance(node, (ast.List, ast.Set)):
        return not node.elts
    if isinstance(node, ast.Dict):
        return not node.keys
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("list", "dict", "set")
            and not node.args and not node.keywords)


def is_constant_default(node) -> bool:
    """A default evaluated at each call site: a number, str, bool or None (a negative number too)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, (int, float, str, bool)) or node.value is None
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        return isinstance(node.operand, ast.Constant) and isinstance(node.operand.value, (int, float)) \
            and not isinstance(node.operand.value, bool)
    return False


def is_hoisted_default(node) -> bool:
    """A default already hoisted (an imported module's, checked again after linking renamed it)."""
    return isinstance(node, ast.Name) and HIDDEN_PREFIX in node.id


class ClassNames(ast.NodeTransformer):
    """Names a class body bound before a method's `def` are that class's attributes (`Cls.NAME`)."""

    def __init__(self, cls: str, names: set[str]):
        self.cls = cls
        self.names = names

    def visit_Name(self, node: ast.Name):
        if node.id in self.names and isinstance(node.ctx, ast.Load):
            owner = ast.copy_location(ast.Name(id=self.cls, ctx=ast.Load()), node)
            return ast.copy_location(ast.Attribute(value=owner, attr=node.id, ctx=ast.Load()), node)
        return node

    def visit_Lambda(self, node: ast.Lambda):
        return node  # its own scope (a lambda default reading a class attribute is not supported)


def hoist_defaults(func: ast.FunctionDef, owner: str, class_names: set[str] | None = None) -> list[ast.stmt]:
    """Replace func's non-constant defaults by hidden module variables; return their assignments."""
    args = func.args.args
    first = len(args) - len(func.args.defaults)
    out: list[ast.stmt] = []
    for i, d in enumerate(func.args.defaults):
        if is_constant_default(d) or is_hoisted_default(d):
            continue
        name = f"{HIDDEN_PREFIX}{owner}{func.name}_{args[first + i].arg}"
        value = ClassNames(owner[:-1], class_names).visit(d) if class_names else d
        assign = ast.copy_location(ast.Assign([ast.copy_location(ast.Name(name, ast.Store()), d)], value), d)
        ast.fix_missing_locations(assign)
        out.append(assign)
        func.args.defaults[i] = ast.copy_location(ast.Name(name, ast.Load()), d)
    return out


def hoist_mutable_defaults(module: ast.Module) -> bool:
    """Whether it changed the module (check.py's census is taken again if so)."""
    body: list[ast.stmt] = []
    for stmt in module.body:
        if isinstance(stmt, ast.FunctionDef):
            body.extend(hoist_defaults(stmt, ""))
            body.append(stmt)
        elif isinstance(stmt, ast.ClassDef):
            body.append(stmt)
            bound: set[str] = set()
            for s in stmt.body:
                if isinstance(s, ast.FunctionDef):
                    body.extend(hoist_defaults(s, stmt.name + "_", bound))
                    bound.add(s.name)
                elif isinstance(s, (ast.Assign, ast.AnnAssign)):
                    for t in (s.targets if isinstance(s, ast.Assign) else [s.target]):
                        if isinstance(t, ast.Name):
                            bound.add(t.id)
        else:
            body.append(stmt)
    changed = len(body) != len(module.body)  # (each default hoisted adds its assignment)
    module.body = body
    return changed
