"""`it.__next__()` and `it.__iter__()` written as `next(it)` and `iter(it)`; `x = property(getter)`
in a class body written as the `@property` method it makes.

Calling the dunder is what the builtin does (`next(x)` calls `type(x).__next__(x)`), and the
builtins are what pyzc types and lowers for every iterator (lists', generators', files',
objects').  Nothing is rewritten in a module that binds `next` or `iter` itself.
"""

from __future__ import annotations

import ast

from ..ast_walk import walk
from .map_filter import binds

BUILTIN_OF = {"__next__": "next", "__iter__": "iter"}


class DunderCalls(ast.NodeTransformer):
    """Rewrites where `next`/`iter` name the builtins: not in a function that binds them itself."""

    def __init__(self, names: set[str]):
        self.names = names
        self.changed = False

    def visit_FunctionDef(self, node: ast.FunctionDef):
        saved = self.names
        self.names = {n for n in saved if not binds_locally(node, n)}
        self.generic_visit(node)
        self.names = saved
        return node

    def visit_Call(self, node: ast.Call):
        self.generic_visit(node)
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr in BUILTIN_OF and BUILTIN_OF[f.attr] in self.names \
                and not node.args and not node.keywords:
            call = ast.Call(func=ast.Name(id=BUILTIN_OF[f.attr], ctx=ast.Load()), args=[f.value], keywords=[])
            self.changed = True
            return ast.fix_missing_locations(ast.copy_location(call, node))
        return node


def binds_locally(fn: ast.FunctionDef, name: str) -> bool:
    """Whether name is a local of fn (a parameter, or assigned in its own body)."""
    args = fn.args
    if any(a.arg == name for a in args.posonlyargs + args.args + args.kwonlyargs + [args.vararg, args.kwarg] if a):
        return True
    return any(isinstance(n, ast.Name) and n.id == name and not isinstance(n.ctx, ast.Load) for n in walk(fn))


def rewrite_dunder_calls(module: ast.Module) -> bool:
    """Whether it changed the module (check.py's census is taken again if so)."""
    top = [s for s in module.body if not isinstance(s, (ast.FunctionDef, ast.ClassDef))]
    names = {b for b in BUILTIN_OF.values() if not binds(ast.Module(body=top, type_ignores=[]), b)
             and not any(isinstance(s, (ast.FunctionDef, ast.ClassDef)) and s.name == b for s in module.body)}
    if not names:
        return False
    rewriter = DunderCalls(names)
    rewriter.visit(module)
    return rewriter.changed


def rewrite_property_calls(module: ast.Module) -> bool:
    """`xmin = property(_getxmin)` in a class body, with _getxmin a method of the class taking only self:
    `@property def xmin(self): return self._getxmin()` (the getter stays a method).  A setter, deleter
    or doc argument is left for the subset check to refuse.  Returns whether it changed the module."""
    changed = False
    for cls in (n for n in walk(module) if isinstance(n, ast.ClassDef)):
        methods = {s.name: s for s in cls.body if isinstance(s, ast.FunctionDef)}
        for i, stmt in enumerate(cls.body):
            if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
                    and isinstance(stmt.value, ast.Call) and isinstance(stmt.value.func, ast.Name)
                    and stmt.value.func.id == "property" and len(stmt.value.args) == 1 and not stmt.value.keywords
                    and isinstance(stmt.value.args[0], ast.Name)):
                continue
            getter = methods.get(stmt.value.args[0].id)
            if getter is None or len(getter.args.args) != 1 or getter.args.vararg or getter.args.kwonlyargs:
                continue
            name, self_name = stmt.targets[0].id, getter.args.args[0].arg
            made = ast.parse(f"@property\ndef {name}({self_name}):\n    return {self_name}.{getter.name}()\n").body[0]
            for n in walk(made):
                if isinstance(n, (ast.expr, ast.stmt, ast.arg)):
                    ast.copy_location(n, stmt)
            cls.body[i] = made
            changed = True
    return changed
