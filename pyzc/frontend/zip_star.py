"""`zip(*rows)`: the transpose of a list of sequences, written out as a generator function of the program.

`zip(*rows)` takes as many iterables as rows has items, so its items are tuples whose length is
known only when the program runs: a tuple of any length (`tuple[int, ...]`).  Each such call
becomes a call of one generator function, defined at the top of the module:

    def _pyz_zip_star(rows):
        seqs = list(rows)
        if len(seqs) == 0:
            return
        n = min([len(s) for s in seqs])
        i = 0
        while i < n:
            yield tuple([s[i] for s in seqs])
            i += 1

which stops at the shortest row, as zip does, and gives nothing for no rows.  The rows must be
sequences (lists, strs, tuples): inference refuses `len()` and indexing of other iterables.  CPython
makes an iterator of each row when zip() is called; here the rows are read as the generator runs,
which differs only for a row changed between the call and the iteration.  `xs, ys = zip(*pairs)`
unpacks `list(...)` of it.  Runs in the subset check
(check.py), before it, so the function is checked as the program's own.
"""

from __future__ import annotations

import ast

HELPER = "_pyz_zip_star"

SOURCE = f"""
def {HELPER}(rows):
    seqs = list(rows)
    if len(seqs) == 0:
        return
    n = min([len(s) for s in seqs])
    i = 0
    while i < n:
        yield tuple([s[i] for s in seqs])
        i += 1
"""


def is_zip_star(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "zip" \
        and len(node.args) == 1 and isinstance(node.args[0], ast.Starred) and not node.keywords


def zip_bound(module: ast.Module) -> bool:
    """Whether the program binds the name zip itself (then zip(*rows) is its own function's call)."""
    for n in ast.walk(module):
        if isinstance(n, (ast.FunctionDef, ast.ClassDef)) and n.name == "zip":
            return True
        if isinstance(n, ast.Name) and n.id == "zip" and not isinstance(n.ctx, ast.Load):
            return True
        if isinstance(n, ast.arg) and n.arg == "zip":
            return True
        if isinstance(n, ast.alias) and (n.asname or n.name) == "zip":
            return True
    return False


def rewrite_zip_star(module: ast.Module) -> None:
    calls = [n for n in ast.walk(module) if isinstance(n, ast.Call) and is_zip_star(n)]
    if not calls or zip_bound(module):
        return
    for stmt in ast.walk(module):
        if isinstance(stmt, ast.Assign) and is_zip_star(stmt.value) and isinstance(stmt.targets[-1], (ast.Tuple, ast.List)):
            # `xs, ys = zip(*pairs)`: unpacked from a list of the columns (their items have no effects to order)
            stmt.value = ast.copy_location(ast.Call(func=ast.Name(id="list", ctx=ast.Load()), args=[stmt.value], keywords=[]),
                                           stmt.value)
            ast.copy_location(stmt.value.func, stmt.value)
    for call in calls:
        assert isinstance(call.args[0], ast.Starred)  # is_zip_star
        call.func = ast.copy_location(ast.Name(id=HELPER, ctx=ast.Load()), call.func)
        call.args = [call.args[0].value]
    helper = ast.parse(SOURCE).body[0]
    for n in ast.walk(helper):
        if "lineno" in n._attributes:
            ast.copy_location(n, calls[0])
    at = next((i for i, s in enumerate(module.body) if not isinstance(s, (ast.Import, ast.ImportFrom))
               and not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))), len(module.body))
    module.body.insert(at, helper)
