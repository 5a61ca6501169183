"""Function decorators: `@d` over a def is `f = d(f)` after the def, as CPython runs it.

A decorated function of the module (or of a function) is renamed `f#decorated` (tracebacks
still show `f`: FuncInfo.py_name), and an assignment after it binds `f` to what the decorators
return, innermost first: `@a @b(x) def f` is `f = a(b(x)(f#decorated))`.  `f` is then a
variable holding a function value (types/functions.py), often a closure that leaves the
decorator's frame (frontend/closures.py), and every call of `f`, recursive ones included, goes
through it, as in CPython.

`@functools.wraps(f)` (or `@wraps(f)`) on a nested def makes its `__name__` and `__qualname__`
those of the function value f holds (FuncInfo.wraps, read from the closure: ir/build_functions.py);
the rest of what it copies (`__doc__`, `__wrapped__`) pyzc's function values do not have.  `@lru_cache`, `@cache` and
`@total_ordering` are rewritten before this (lru_cache.py, total_ordering.py); methods keep
their own decorators (@staticmethod, @classmethod, @property: symbols.py).

Runs in the subset check (check.py), before anything looks at decorators.
"""

from __future__ import annotations

import ast

DECORATED_SEP = "#decorated"


def is_wraps(d: ast.expr) -> bool:
    """`functools.wraps(f)` or `wraps(f)`."""
    if not isinstance(d, ast.Call):
        return False
    f = d.func
    return (isinstance(f, ast.Name) and f.id == "wraps") or (
        isinstance(f, ast.Attribute) and f.attr == "wraps" and isinstance(f.value, ast.Name) and f.value.id == "functools")


def rewrite_body(stmts: list[ast.stmt], top: bool, changed: list[bool]) -> list[ast.stmt]:
    """changed[0] is set where a decorator is taken off."""
    out: list[ast.stmt] = []
    for stmt in stmts:
        if isinstance(stmt, ast.FunctionDef):
            wraps = [d for d in stmt.decorator_list if is_wraps(d)]
            if stmt.decorator_list:
                changed[0] = True
            first = wraps[0] if wraps else None
            if isinstance(first, ast.Call) and len(first.args) == 1 and not top:
                stmt.__dict__["pyzc_wraps"] = first.args[0]  # its __name__ is the wrapped one's (lift_nested)
            stmt.decorator_list = [d for d in stmt.decorator_list if not is_wraps(d)]
            stmt.body = rewrite_body(stmt.body, False, changed)
            if stmt.decorator_list:
                name = stmt.name
                value: ast.expr = ast.copy_location(ast.Name(id=name + DECORATED_SEP, ctx=ast.Load()), stmt)
                for d in reversed(stmt.decorator_list):
                    value = ast.copy_location(ast.Call(func=d, args=[value], keywords=[]), d)
                stmt.name = name + DECORATED_SEP
                stmt.decorator_list = []
                target = ast.copy_location(ast.Name(id=name, ctx=ast.Store()), stmt)
                bind = ast.copy_location(ast.Assign(targets=[target], value=value), stmt)
                out += [stmt, bind]
                continue
        elif isinstance(stmt, ast.ClassDef):
            for s in stmt.body:
                if isinstance(s, ast.FunctionDef):
                    if any(is_wraps(d) for d in s.decorator_list):
                        changed[0] = True
                    s.decorator_list = [d for d in s.decorator_list if not is_wraps(d)]
                    s.body = rewrite_body(s.body, False, changed)
        elif not top:
            for field_name in ("body", "orelse", "finalbody"):
                inner = getattr(stmt, field_name, None)
                if isinstance(inner, list):
                    setattr(stmt, field_name, rewrite_body(inner, False, changed))
            for h in getattr(stmt, "handlers", []):
                h.body = rewrite_body(h.body, False, changed)
        out.append(stmt)
    return out


def rewrite_decorators(module: ast.Module) -> bool:
    """Every decorated def of the module and of its functions, as a def and an assignment.  Returns whether
    it changed the module (check.py's census is taken again if so)."""
    changed = [False]
    module.body = rewrite_body(module.body, True, changed)
    return changed[0]
