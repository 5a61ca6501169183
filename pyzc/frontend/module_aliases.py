"""`sqrt = math.sqrt`, `icount = itertools.count`, `join = os.path.join`: a name given a member of an
imported module is that member imported under the name.

Programs written for speed under CPython bind module members to short names, at the top level or
in a function (`local_sqrt = math.sqrt`), to save the attribute lookup.  Such a statement binds the
name to the member exactly as `from math import sqrt as local_sqrt` would, in the same scope, at
the same point, so it is rewritten into that import; the rest of the compiler handles a name given
by `from ... import` already (a member used as a value, such as `map(sqrt, xs)`, goes where it goes
when imported so).

Rewritten: a statement `name = a.b` or `name = a.b.c` whose one target is a name and whose value's
first name is given only by a top-level `import a` (or `import a.b`, `import x as a`) and bound
nowhere else, and whose name is bound nowhere else: at the top level it becomes the import; in a
function (at its top level, before any read of the name) each read of the name becomes the member
read where it stands.  Runs in the linker (modules.py) on each module, before it reads the imports.
"""

from __future__ import annotations

import ast


def module_paths(module: ast.Module) -> dict[str, str]:
    """The names the module's top-level imports bind to a module: `import a.b` binds a (to "a"),
    `import a.b as m` binds m (to "a.b")."""
    out: dict[str, str] = {}
    for stmt in module.body:
        if isinstance(stmt, ast.Import):
            for a in stmt.names:
                if a.asname:
                    out[a.asname] = a.name
                else:
                    root = a.name.split(".")[0]
                    out[root] = root
    return out


def dotted(node: ast.expr) -> list[str] | None:
    """["a", "b", "c"] of the expression `a.b.c`, or None."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name) or not parts:
        return None
    return [node.id] + parts[::-1]


def imported_submodules(module: ast.Module) -> set[str]:
    """The dotted module names the top-level imports name (`import os.path`: "os", "os.path")."""
    out: set[str] = set()
    for stmt in module.body:
        if isinstance(stmt, ast.Import):
            for a in stmt.names:
                parts = a.name.split(".")
                out |= {".".join(parts[:i + 1]) for i in range(len(parts))}
    return out


def rewrite_module_aliases(module: ast.Module) -> bool:
    """Whether it changed the module."""
    paths = module_paths(module)
    if not paths:
        return False
    bound: dict[str, int] = {}  # how many times each name is bound other than by a top-level import
    for n in ast.walk(module):
        if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load):
            bound[n.id] = bound.get(n.id, 0) + 1
        elif isinstance(n, ast.arg):
            bound[n.arg] = bound.get(n.arg, 0) + 1
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound[n.name] = bound.get(n.name, 0) + 1
        elif isinstance(n, (ast.Import, ast.ImportFrom)) and n not in module.body:
            for a in n.names:
                local = a.asname or a.name.split(".")[0]
                bound[local] = bound.get(local, 0) + 1
    modules = {name: path for name, path in paths.items() if not bound.get(name)}
    submodules = imported_submodules(module) | {"os.path"}  # (os imports os.path)
    changed = False

    def alias_of(stmt: ast.stmt) -> tuple[str, str, list[str]] | None:
        """(name, module path, member) of a statement `name = module.member`, else None."""
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
            return None
        parts = dotted(stmt.value)
        if parts is None or parts[0] not in modules:
            return None
        path = ".".join([modules[parts[0]]] + parts[1:-1])
        if path not in submodules and path != modules[parts[0]]:
            return None
        return stmt.targets[0].id, path, parts

    def in_function(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        """A function's own aliases: each read of the name is the member read where it stands (the
        statement goes).  Only a name bound once in the whole module, by a statement of the function's
        top level that comes before every read of it."""
        nonlocal changed
        declared = {g for n in ast.walk(fn) if isinstance(n, (ast.Global, ast.Nonlocal)) for g in n.names}
        keep: list[ast.stmt] = []
        for stmt in fn.body:
            found = alias_of(stmt)
            if found is None or bound.get(found[0]) != 1 or found[0] in declared \
                    or any(isinstance(n, ast.Name) and n.id == found[0] for s in keep for n in ast.walk(s)):
                keep.append(stmt)
                continue
            assert isinstance(stmt, ast.Assign)  # (alias_of)
            name, value = found[0], stmt.value

            class Reads(ast.NodeTransformer):
                def visit_Name(self, node: ast.Name):
                    if node.id == name and isinstance(node.ctx, ast.Load):
                        return ast.copy_location(ast.fix_missing_locations(copy_expr(value, node)), node)
                    return node

            for later in fn.body[fn.body.index(stmt) + 1:]:
                Reads().visit(later)
            changed = True
        fn.body = keep or [ast.copy_location(ast.Pass(), fn)]

    for fn in [n for n in ast.walk(module) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]:
        in_function(fn)
    body: list[ast.stmt] = []
    for stmt in module.body:  # the top level's aliases are imports there
        found = alias_of(stmt)
        if found is None or bound.get(found[0]) != 1:
            body.append(stmt)
            continue
        alias = ast.copy_location(ast.alias(name=found[2][-1], asname=found[0]), stmt)
        body.append(ast.fix_missing_locations(ast.copy_location(ast.ImportFrom(module=found[1], names=[alias], level=0), stmt)))
        changed = True
    module.body = body
    return changed


def copy_expr(node: ast.expr, at: ast.AST) -> ast.expr:
    """A fresh copy of a dotted name, placed at `at`."""
    if isinstance(node, ast.Attribute):
        made: ast.expr = ast.Attribute(value=copy_expr(node.value, at), attr=node.attr, ctx=ast.Load())
    else:
        assert isinstance(node, ast.Name)
        made = ast.Name(id=node.id, ctx=ast.Load())
    return ast.copy_location(made, at)
