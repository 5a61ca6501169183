"""A class defined in the body of a module-level class (`class Graph: class Edge: ...`): moved out,
to stand just before its outer class.

The outer class's body runs once, so the inner class is made once either way; moved out, it is an
ordinary class of the module.  Its uses are read as the module's name for it: `Graph.Edge(...)`
anywhere, `self.Edge` / `cls.Edge` in the outer class's methods (a field named Edge stays refused),
and `Edge` itself in the outer class's body (`DEFAULT = Edge(0, 0)`), which already names it.  Its
`__name__` is its own, as CPython's (only `__qualname__`, `Graph.Edge` in CPython, would differ).

A class in the body of a module-level function is moved out too (before the function) when it holds
only methods and reads none of the function's names: made anew at each call in CPython, such
classes cannot be told apart (their class attributes could: a class that has any stays).

Left where they are, and refused by the subset check: other classes inside functions, a class nested two deep, one whose name the module binds otherwise, and
those whose `__qualname__` CPython prints: a @dataclass's repr is `Shop.Item(...)`, an uncaught
exception's last line `Shop.Error: ...` (so: no decorators, no bases but object, Enum, IntEnum, ABC).
Runs first in the subset check (check.py), so that the later rewrites (@dataclass...) see it.
"""

from __future__ import annotations

import ast


def module_names(module: ast.Module) -> dict[str, int]:
    """How many times each name is bound at the module's top level."""
    out: dict[str, int] = {}
    for s in module.body:
        names: list[str] = []
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [s.name]
        elif isinstance(s, (ast.Import, ast.ImportFrom)):
            names = [(a.asname or a.name).split(".")[0] for a in s.names]
        else:
            names = [n.id for n in ast.walk(s) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)]
        for n in names:
            out[n] = out.get(n, 0) + 1
    return out


class Uses(ast.NodeTransformer):
    def __init__(self, outer: str, inner: str, receivers: set[str] | None):
        self.outer = outer
        self.inner = inner
        self.receivers = receivers or set()

    def visit_Attribute(self, node: ast.Attribute):
        self.generic_visit(node)
        if node.attr == self.inner and isinstance(node.value, ast.Name) and isinstance(node.ctx, ast.Load) \
                and (node.value.id == self.outer or node.value.id in self.receivers):
            return ast.copy_location(ast.Name(id=self.inner, ctx=ast.Load()), node)
        return node


SAFE_BASES = {"object", "Enum", "IntEnum", "ABC"}


def movable(cls: ast.ClassDef) -> bool:
    """Whether nothing CPython prints of the class shows its __qualname__: not a dataclass (its repr), nor an
    exception (its traceback's last line): no decorators, and no bases but object, Enum, IntEnum and ABC."""
    return not cls.decorator_list and not cls.keywords and all(
        isinstance(b, ast.Name) and b.id in SAFE_BASES or isinstance(b, ast.Attribute) and b.attr in SAFE_BASES
        for b in cls.bases)


def function_bound(f: ast.FunctionDef, leave: ast.ClassDef) -> set[str]:
    """The names f binds (parameters, assignments, definitions, imports...), leave's own bindings left out."""
    out: set[str] = set()
    a = f.args
    out |= {p.arg for p in a.posonlyargs + a.args + a.kwonlyargs}
    out |= {p.arg for p in (a.vararg, a.kwarg) if p is not None}
    todo: list[ast.AST] = [s for s in f.body if s is not leave]
    while todo:
        n = todo.pop()
        if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load):
            out.add(n.id)
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.add(n.name)
        elif isinstance(n, ast.alias):
            out.add((n.asname or n.name).split(".")[0])
        elif isinstance(n, ast.ExceptHandler) and n.name:
            out.add(n.name)
        todo.extend(ast.iter_child_nodes(n))
    return out


def hoist_from_functions(module: ast.Module, bound: dict[str, int]) -> bool:
    """Classes in the body of a module-level function that read none of its names and hold only methods
    (so one class made once cannot be told from one made at each call): moved out, before the function."""
    body: list[ast.stmt] = []
    changed = False
    for s in module.body:
        if isinstance(s, ast.FunctionDef):
            for c in [x for x in s.body if isinstance(x, ast.ClassDef)]:
                only_methods = all(isinstance(m, ast.FunctionDef) or isinstance(m, ast.Pass)
                                   or isinstance(m, ast.Expr) and isinstance(m.value, ast.Constant) for m in c.body)
                local = function_bound(s, c)
                read = {n.id for n in ast.walk(c) if isinstance(n, ast.Name)}
                if only_methods and movable(c) and c.name not in bound and c.name not in local and not (read & local) \
                        and not any(isinstance(x, ast.ClassDef) for m in c.body for x in ast.walk(m)):
                    s.body = [x for x in s.body if x is not c] or [ast.copy_location(ast.Pass(), s)]
                    body.append(c)
                    bound[c.name] = 1
                    changed = True
        body.append(s)
    module.body = body
    return changed


def rewrite_nested_classes(module: ast.Module) -> bool:
    """False where nothing could be rewritten (check.py's census stays as it was)."""
    bound = module_names(module)
    hoisted = hoist_from_functions(module, bound)
    if not any(isinstance(s, ast.ClassDef) and any(isinstance(b, ast.ClassDef) for b in s.body) for s in module.body):
        return hoisted
    body: list[ast.stmt] = []
    moved: list[tuple[str, str]] = []
    for s in module.body:
        if isinstance(s, ast.ClassDef):
            kept: list[ast.stmt] = []
            for inner in s.body:
                if isinstance(inner, ast.ClassDef) and inner.name not in bound and movable(inner) \
                        and not any(isinstance(x, ast.ClassDef) for x in inner.body) \
                        and not any(isinstance(n, ast.Attribute) and n.attr == inner.name and not isinstance(n.ctx, ast.Load)
                                    for n in ast.walk(module)):
                    body.append(inner)
                    bound[inner.name] = 1
                    moved.append((s.name, inner.name))
                else:
                    kept.append(inner)
            s.body = kept or [ast.copy_location(ast.Pass(), s)]
        body.append(s)
    module.body = body
    if not moved:
        return hoisted
    for outer_name, inner_name in moved:
        module.body = [Uses(outer_name, inner_name, None).visit(s) for s in module.body]
        for s in module.body:
            if isinstance(s, ast.ClassDef) and s.name == outer_name:
                for m in s.body:
                    static = any(isinstance(d, ast.Name) and d.id == "staticmethod" for d in getattr(m, "decorator_list", []))
                    if isinstance(m, ast.FunctionDef) and (m.args.posonlyargs or m.args.args) and not static:
                        first = (m.args.posonlyargs + m.args.args)[0].arg
                        Uses(outer_name, inner_name, {first}).visit(m)
    return True
