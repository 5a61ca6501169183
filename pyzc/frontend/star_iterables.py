"""`zip(*rows)` and `itertools.product(*pools)`: calls over a list of iterables, written out as generator
functions of the program.

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
"""

from __future__ import annotations

import ast

ZIP = "_pyz_zip_star"
PRODUCT = "_pyz_product_star"

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
}


def one_starred(node: ast.Call) -> bool:
    return len(node.args) == 1 and isinstance(node.args[0], ast.Starred) and not node.keywords


def binds(module: ast.Module, name: str) -> bool:
    """Whether the program binds the name itself (then a call of it is its own function's)."""
    for n in ast.walk(module):
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


def rewrite_star_iterables(module: ast.Module) -> None:
    modules, members = itertools_names(module)
    zip_free = not binds(module, "zip")
    calls = [(n, h) for n in ast.walk(module) if isinstance(n, ast.Call) for h in [helper_of(n, zip_free, modules, members)] if h]
    if not calls:
        return
    used: dict[str, ast.Call] = {}
    for call, helper in calls:
        assert isinstance(call.args[0], ast.Starred)  # one_starred
        call.func = ast.copy_location(ast.Name(id=helper, ctx=ast.Load()), call.func)
        call.args = [call.args[0].value]
        used.setdefault(helper, call)
    at = next((i for i, s in enumerate(module.body) if not isinstance(s, (ast.Import, ast.ImportFrom))
               and not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))), len(module.body))
    for helper, first in used.items():
        f = ast.parse(SOURCES[helper]).body[0]
        for n in ast.walk(f):
            if "lineno" in n._attributes:
                ast.copy_location(n, first)
        module.body.insert(at, f)
