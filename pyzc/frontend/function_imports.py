"""`import math` inside a function: hoisted to the top of the module, where the linker (modules.py) reads it.

In CPython an import in a function binds a local name of that function when the function runs.  For a
standard module (one the compiler implements, or one of pyzc's Python library) importing it earlier has
no effect anyone can see, and the name holds the same module wherever it is read.  So such an import is
moved to the top of the module when every name it binds
- is bound nowhere at the module's top level (but by the very same import), and nowhere else in the
  function (no `math = ...`, `global math`);
- is read as a global nowhere but inside functions that import it themselves (and the functions nested
  in those): elsewhere CPython raises NameError, which the name would no longer give.
An import of the program's own module stays where it is, and is refused there, as is any import that
fails these tests: its top-level code would run at another time than CPython runs it.
"""

from __future__ import annotations

import ast
from typing import Callable

from ..ast_walk import iter_child_nodes, walk
from .symbols import assigned_names


def bound_names(stmt: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(stmt, ast.Import):
        return [a.asname or a.name.partition(".")[0] for a in stmt.names]
    return [a.asname or a.name for a in stmt.names]


def module_of(stmt: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(stmt, ast.Import):
        return [a.name for a in stmt.names]
    return [stmt.module or ""] if not stmt.level else [""]


def own_statements(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.stmt]:
    """fn's statements at any depth of its blocks, not those of the functions and classes nested in it."""
    out: list[ast.stmt] = []
    todo = list(fn.body)
    while todo:
        s = todo.pop()
        out.append(s)
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            for child in getattr(s, field, []) or []:
                if isinstance(child, ast.stmt):
                    todo.append(child)
                elif isinstance(child, (ast.ExceptHandler, ast.match_case)):
                    todo.extend(child.body)
    return out


def hoist_function_imports(tree: ast.Module, is_standard: Callable[[str], bool]) -> bool:
    """Move the imports of standard modules out of functions, as above; False when none moved."""
    functions = [n for n in walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    imports = {id(fn): [s for s in own_statements(fn) if isinstance(s, (ast.Import, ast.ImportFrom))] for fn in functions}
    if not any(imports.values()):
        return False
    top_imports = {ast.dump(s) for s in tree.body if isinstance(s, (ast.Import, ast.ImportFrom))}
    top_bound = assigned_names([s for s in tree.body if not isinstance(s, (ast.Import, ast.ImportFrom, ast.ClassDef))])
    top_bound |= {s.name for s in tree.body if isinstance(s, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))}
    for s in tree.body:
        if isinstance(s, (ast.Import, ast.ImportFrom)):
            top_bound |= set(bound_names(s))
    declared = {name for n in walk(tree) if isinstance(n, (ast.Global, ast.Nonlocal)) for name in n.names}

    # each name an import in a function binds -> those functions (reads inside them are theirs)
    importers: dict[str, set[int]] = {}
    for fn in functions:
        for s in imports[id(fn)]:
            for name in bound_names(s):
                importers.setdefault(name, set()).add(id(fn))

    def uses_outside(name: str) -> bool:
        """Whether name is read or bound outside the functions that import it (and their nested ones)."""
        def visit(node: ast.AST, inside: bool) -> bool:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and id(node) in importers[name]:
                inside = True
            if isinstance(node, ast.Name) and node.id == name and not inside:
                return True
            if isinstance(node, ast.arg) and node.arg == name and not inside:
                return False  # a parameter of that name: a local of its own function (reads there are its)
            return any(visit(child, inside) for child in iter_child_nodes(node))
        return any(visit(s, False) for s in tree.body if not isinstance(s, (ast.Import, ast.ImportFrom)))

    def rebinds_in(fn: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> bool:
        others = [s for s in own_statements(fn) if not isinstance(s, (ast.Import, ast.ImportFrom))]
        return name in assigned_names(others) or any(a.arg == name for a in walk(fn.args) if isinstance(a, ast.arg))

    hoisted: list[ast.stmt] = []
    seen: set[str] = set()  # (the same import at the top level too, maybe later: this copy goes first)
    moved = False
    for fn in functions:
        for s in imports[id(fn)]:
            names = bound_names(s)
            also_top = ast.dump(s) in top_imports  # then the module binds the names itself: reads anywhere are fine
            ok = all(is_standard(m) for m in module_of(s)) and all(
                (n not in top_bound or also_top) and n not in declared and not rebinds_in(fn, n)
                and (also_top or not uses_outside(n)) for n in names)
            if not ok:
                continue
            remove_statement(fn, s)
            if ast.dump(s) not in seen:
                seen.add(ast.dump(s))
                hoisted.append(s)
            moved = True
    at = next((i for i, s in enumerate(tree.body) if not (isinstance(s, ast.ImportFrom) and s.module == "__future__")
               and not (i == 0 and isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))), len(tree.body))
    tree.body[at:at] = hoisted
    return moved


def remove_statement(fn: ast.FunctionDef | ast.AsyncFunctionDef, stmt: ast.stmt) -> None:
    """stmt out of whichever block of fn holds it; a block left empty gets `pass`."""
    for node in walk(fn):
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if isinstance(block, list) and any(s is stmt for s in block):
                block[:] = [s for s in block if s is not stmt] or [ast.copy_location(ast.Pass(), stmt)]
                return
