"""@functools.total_ordering on a class: the missing ordering methods written into it.

CPython's decorator finds the class's "root" (of the ordering methods the class or its
bases define, the greatest name: __lt__, then __le__, __gt__, __ge__) and adds the other
three, each defined from the root and ==, as functools._convert defines them
(`__gt__` from `__lt__` is `not self < other and self != other`...).  Here the same
methods are added to the class's AST, so the rest of the compiler sees an ordinary class.
Methods a base class defined earlier in the same module count as the class's own, as
getattr finds them.

The root's NotImplemented result (which CPython's derived methods pass on) is not modelled:
pyzc compiles ordering between objects only where the operands' types are known.

Refused: the decorator on a class with no ordering method (CPython's ValueError "must
define at least one ordering operation: < > <= >="), and beside other class decorators.
Runs in the subset check (check.py), before anything looks at decorators.
"""

from __future__ import annotations

import ast

from ..ast_walk import walk
from ..diagnostics import CompileError, SourceFile
from .imports import import_names, names_of_member

ORDER = ("__lt__", "__le__", "__gt__", "__ge__")
OPS = {"__lt__": "<", "__le__": "<=", "__gt__": ">", "__ge__": ">="}
# functools._convert: for each root, the methods it gives and their bodies over `self <root op> other`
CONVERT = {
    "__lt__": {"__gt__": "not ({r}) and self != other", "__le__": "({r}) or self == other", "__ge__": "not ({r})"},
    "__le__": {"__ge__": "not ({r}) or self == other", "__lt__": "({r}) and self != other", "__gt__": "not ({r})"},
    "__gt__": {"__lt__": "not ({r}) and self != other", "__ge__": "({r}) or self == other", "__le__": "not ({r})"},
    "__ge__": {"__le__": "not ({r}) or self == other", "__gt__": "({r}) and self != other", "__lt__": "not ({r})"},
}


def is_total_ordering(d: ast.expr, modules: set[str], members: set[str]) -> bool:
    if isinstance(d, ast.Attribute) and isinstance(d.value, ast.Name) and d.value.id in modules:
        return d.attr == "total_ordering"
    return isinstance(d, ast.Name) and d.id in members


def names_of(module: ast.Module) -> tuple[set[str], set[str]]:
    modules, members = import_names(module, "functools")
    return modules | {"functools"}, names_of_member(members, "total_ordering")


def rewrite_total_ordering(source: SourceFile, module: ast.Module) -> bool:
    """Whether it changed the module (check.py's census is taken again if so)."""
    modules, members = names_of(module)
    completed = False
    classes: dict[str, ast.ClassDef] = {}
    errors: list[CompileError] = []
    for stmt in module.body:
        if not isinstance(stmt, ast.ClassDef):
            continue
        marked = [d for d in stmt.decorator_list if is_total_ordering(d, modules, members)]
        if marked:
            if len(stmt.decorator_list) > 1:
                errors.append(source.error(stmt.decorator_list[0], "other class decorators beside total_ordering are not supported yet"))
            else:
                try:
                    complete(source, stmt, classes, marked[0])
                    completed = True
                except CompileError as e:
                    errors.append(e)
        classes[stmt.name] = stmt
    if errors:
        raise CompileError.of(errors)
    return completed


def defined(cls: ast.ClassDef, classes: dict[str, ast.ClassDef]) -> set[str]:
    """The ordering methods cls has: its own and those of its bases in this module."""
    own = {s.name for s in cls.body if isinstance(s, ast.FunctionDef) and s.name in ORDER}
    for b in cls.bases:
        if isinstance(b, ast.Name) and b.id in classes:
            own |= defined(classes[b.id], classes)
    return own


def complete(source: SourceFile, cls: ast.ClassDef, classes: dict[str, ast.ClassDef], decorator: ast.expr) -> None:
    roots = defined(cls, classes)
    if not roots:
        raise source.error(decorator, "ValueError: must define at least one ordering operation: < > <= >=")
    root = max(roots)
    r = f"self {OPS[root]} other"
    for name, body in CONVERT[root].items():
        if name in roots:
            continue
        fdef = ast.parse(f"def {name}(self, other):\n    return {body.format(r=r)}\n").body[0]
        for n in walk(fdef):
            ast.copy_location(n, cls)
        cls.body.append(fdef)
    cls.decorator_list = []
