"""`zip(*rows)` and `itertools.product(*pools)`: calls over a list of iterables, written out as generator
functions of the program; `min(*xs)` and `max(a, *xs, key=f)`, a call over a list of the arguments.

These take as many iterables as the list has items, so their items are tuples whose length is known
only when the program runs: tuples of any length (`tuple[int, ...]`).  Each such call becomes a call
of one generator function, defined at the top of the module:

    def _pyz_zip_star(rows):                  # zip(*rows)
        seqs = list(rows)
        if len(seqs) == 0:
            return
        n = min([len(s) for s in seqs])
        i = 0
        while i < n:
            yield tuple([s[i] for s in seqs])
            i += 1

    def _pyz_product_star(pools):             # itertools.product(*pools)
        result = [[]]
        for pool in [list(p) for p in pools]:
            result = [x + [y] for x in result for y in pool]
        for items in result:
            yield tuple(items)

zip stops at the shortest row and gives nothing for no rows; product gives one empty tuple for no
pools, as CPython's do.  zip's rows must be sequences (lists, strs, tuples whose items share a
type): inference refuses `len()` and indexing of other iterables.  CPython's zip makes an iterator
of each row when it is called; here the rows are read as the generator runs, which differs only for
a row changed between the call and the iteration.  product reads its pools when first advanced
(CPython's, when called).  Runs in the subset check (check.py), before it, so the functions are
checked as the program's own.

`max(a, *xs)` becomes `max(_pyz_minmax_star([a, *xs], "max"))`: with two arguments or more, max
of their list; with one, CPython iterates it, so the helper raises CPython's TypeError for an item
that is not iterable, and inference refuses items that are (primitives/iterable_ops.py); with none,
CPython's TypeError.

`max(a, b, key=f)` (two arguments or more, none starred) becomes `max([a, b], key=f)`: CPython ranks
its arguments as it ranks the items of one iterable, the first of equal ones winning
(rewrite_keyed_minmax).
"""

from __future__ import annotations

import ast
from ..ast_walk import walk
from typing import Mapping, TypeGuard

ZIP = "_pyz_zip_star"
PRODUCT = "_pyz_product_star"
MINMAX = "_pyz_minmax_star"  # min(*xs) / max(a, *xs, key=f): over a list of the arguments

SOURCES = {
    ZIP: f"""
def {ZIP}(rows):
    seqs = list(rows)
    if len(seqs) == 0:
        return
    n = min([len(s) for s in seqs])
    i = 0
    while i < n:
        yield tuple([s[i] for s in seqs])
        i += 1
""",
    PRODUCT: f"""
def {PRODUCT}(pools):
    result = [[]]
    for pool in [list(p) for p in pools]:
        result = [x + [y] for x in result for y in pool]
    for items in result:
        yield tuple(items)
""",
    MINMAX: f"""
def {MINMAX}(args, name):
    if len(args) == 0:
        raise TypeError(name + " expected at least 1 argument, got 0")
    if len(args) == 1:
        raise TypeError("'" + type(args[0]).__name__ + "' object is not iterable")
    return args
""",
}


def one_starred(node: ast.Call) -> bool:
    return len(node.args) == 1 and isinstance(node.args[0], ast.Starred) and not node.keywords


def binds(module: ast.Module, name: str) -> bool:
    """Whether the program binds the name itself (then a call of it is its own function's)."""
    for n in walk(module):
        if isinstance(n, (ast.FunctionDef, ast.ClassDef)) and n.name == name:
            return True
        if isinstance(n, ast.Name) and n.id == name and not isinstance(n.ctx, ast.Load):
            return True
        if isinstance(n, ast.arg) and n.arg == name:
            return True
        if isinstance(n, ast.alias) and (n.asname or n.name) == name:
            return True
    return False


def itertools_names(module: ast.Module) -> tuple[set[str], set[str]]:
    """The names the module gives itertools, and itertools.product."""
    modules: set[str] = set()
    members: set[str] = set()
    for stmt in module.body:
        if isinstance(stmt, ast.Import):
            modules |= {a.asname or a.name for a in stmt.names if a.name == "itertools"}
        elif isinstance(stmt, ast.ImportFrom) and stmt.module == "itertools":
            members |= {a.asname or a.name for a in stmt.names if a.name == "product"}
    return modules, members


def helper_of(node: ast.AST, zip_free: bool, modules: set[str], members: set[str]) -> str | None:
    if not (isinstance(node, ast.Call) and one_starred(node)):
        return None
    f = node.func
    if isinstance(f, ast.Name) and f.id == "zip" and zip_free:
        return ZIP
    if isinstance(f, ast.Name) and f.id in members:
        return PRODUCT
    if isinstance(f, ast.Attribute) and f.attr == "product" and isinstance(f.value, ast.Name) and f.value.id in modules:
        return PRODUCT
    return None


def minmax_starred(node: ast.AST, free: set[str]) -> TypeGuard[ast.Call]:
    """min(...)/max(...) with a starred argument and no default= (CPython refuses default= with several)."""
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in free \
        and any(isinstance(a, ast.Starred) for a in node.args) and all(k.arg == "key" for k in node.keywords)


def minmax_keyed(node: ast.AST, free: set[str]) -> TypeGuard[ast.Call]:
    """min(a, b, ..., key=f) of two arguments or more, none starred (no default=: CPython refuses it there)."""
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in free \
        and len(node.args) >= 2 and not any(isinstance(a, ast.Starred) for a in node.args) \
        and [k.arg for k in node.keywords] == ["key"]


def rewrite_keyed_minmax(module: ast.Module) -> bool:
    """Each `max(a, b, key=f)` made `max([a, b], key=f)`; False when there is none."""
    free = {f for f in ("min", "max") if not binds(module, f)}
    calls = [n for n in walk(module) if minmax_keyed(n, free)]
    for call in calls:
        call.args = [ast.copy_location(ast.List(elts=call.args, ctx=ast.Load()), call.args[0])]
    return bool(calls)


def rewrite_star_iterables(module: ast.Module) -> bool:
    """Whether it changed the module (check.py's census is taken again if so)."""
    modules, members = itertools_names(module)
    zip_free = not binds(module, "zip")
    minmax_free = {f for f in ("min", "max") if not binds(module, f)}
    calls = [(n, h) for n in walk(module) if isinstance(n, ast.Call) for h in [helper_of(n, zip_free, modules, members)] if h]
    calls += [(n, MINMAX) for n in walk(module) if minmax_starred(n, minmax_free)]
    if not calls:
        return False
    used: dict[str, ast.Call] = {}
    for call, helper in calls:
        if helper == MINMAX:  # max(a, *xs) is max over [a, *xs] when that has two items or more (the helper checks)
            assert isinstance(call.func, ast.Name)
            args = ast.copy_location(ast.List(elts=call.args, ctx=ast.Load()), call)
            name = ast.copy_location(ast.Constant(call.func.id), call)
            call.args = [ast.copy_location(ast.Call(func=ast.copy_location(ast.Name(id=MINMAX, ctx=ast.Load()), call.func),
                                                    args=[args, name], keywords=[]), call)]
        else:
            assert isinstance(call.args[0], ast.Starred)  # one_starred
            call.func = ast.copy_location(ast.Name(id=helper, ctx=ast.Load()), call.func)
            call.args = [call.args[0].value]
        used.setdefault(helper, call)
    define_helpers(module, {helper: SOURCES[helper] for helper in used}, used)
    return True


def define_helpers(module: ast.Module, sources: dict[str, str], at_nodes: Mapping[str, ast.AST]) -> None:
    """Define each helper function (its source) at the top of the module, after the imports and the
    docstring, located at the node that needs it (at_nodes; for tracebacks and diagnostics)."""
    at = next((i for i, s in enumerate(module.body) if not isinstance(s, (ast.Import, ast.ImportFrom))
               and not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))), len(module.body))
    for helper, source in sources.items():
        f = ast.parse(source).body[0]
        for n in walk(f):
            if "lineno" in n._attributes:
                ast.copy_location(n, at_nodes[helper])
        module.body.insert(at, f)
