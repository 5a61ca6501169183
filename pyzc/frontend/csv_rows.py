"""csv: a row written out as a display of values of several types, `w.writerow((name, count))`.

A csv writer writes each value of a row as str() gives it.  pyzc's writer (pylib/csv.py)
iterates the row, which needs one item type; a tuple or list display of a str and an int
has two.  So, in a program that imports csv, `x.writerow(<display>)` becomes
`x.writerow([csv:_text(a), csv:_text(b)])`: the same strs, each made where its value's type
is known; so do the values of a dict display given to a DictWriter's writerow.  (Only
displays: a row held in a variable must have one item type.)
"""

from __future__ import annotations

import ast

from ..ast_walk import walk
from .symbols import MODULE_SEP

PREFIX = "csv" + MODULE_SEP


def rewrite_csv_rows(module: ast.Module) -> None:
    if not any(isinstance(n, ast.FunctionDef) and n.name == PREFIX + "writer" for n in module.body) \
            and not any(isinstance(n, ast.ClassDef) and n.name == PREFIX + "writer" for n in module.body):
        return
    for node in walk(module):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "writerow" \
                and len(node.args) == 1 and not node.keywords and isinstance(node.args[0], (ast.Tuple, ast.List)) \
                and not any(isinstance(e, ast.Starred) for e in node.args[0].elts):
            display = node.args[0]
            items = [text_of(e) for e in display.elts]
            node.args[0] = ast.copy_location(ast.List(elts=items, ctx=ast.Load()), display)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "writerow" \
                and len(node.args) == 1 and not node.keywords and isinstance(node.args[0], ast.Dict) \
                and all(k is not None for k in node.args[0].keys):
            d = node.args[0]
            d.values = [text_of(v) for v in d.values]


def text_of(e: ast.expr) -> ast.expr:
    call = ast.Call(func=ast.Name(id=PREFIX + "_text", ctx=ast.Load()), args=[e], keywords=[])
    ast.copy_location(call.func, e)
    return ast.copy_location(call, e)
