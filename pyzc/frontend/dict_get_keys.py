"""`max(d, key=d.get)`: a dict's own keys ranked by their values.

`d.get` as a key function gives `int | None` (a value that may be None: ordering those is
refused), but applied to the keys of d itself it never gives None.  So where `max`, `min` or
`sorted` iterate a name `d` (or `d.keys()`) and rank by `d.get` of that same name, the key is
`lambda k: d[k]`, which the rest of the compiler types, inlines and lowers.  d is read when
the key runs rather than once before, which is the same value: nothing else runs between.
"""

from __future__ import annotations

import ast
from ..ast_walk import walk

RANKING = ("max", "min", "sorted")
KEY = "_pyz_key"


def iterated_name(arg: ast.expr) -> str | None:
    """The name a call iterates: `d` or `d.keys()`."""
    if isinstance(arg, ast.Name):
        return arg.id
    if (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr == "keys"
            and isinstance(arg.func.value, ast.Name) and not arg.args and not arg.keywords):
        return arg.func.value.id
    return None


def rewrite_dict_get_keys(module: ast.Module) -> bool:
    """Each `max/min/sorted(d, key=d.get)` given the key `lambda k: d[k]`; False when there is none."""
    found = False
    for node in walk(module):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in RANKING
                and len(node.args) == 1):
            continue
        name = iterated_name(node.args[0])
        for kw in node.keywords:
            v = kw.value
            if (kw.arg == "key" and name is not None and isinstance(v, ast.Attribute) and v.attr == "get"
                    and isinstance(v.value, ast.Name) and v.value.id == name):
                arg = ast.arguments(posonlyargs=[], args=[ast.arg(arg=KEY)], kwonlyargs=[], kw_defaults=[], defaults=[])
                body = ast.Subscript(value=ast.Name(id=name, ctx=ast.Load()), slice=ast.Name(id=KEY, ctx=ast.Load()),
                                     ctx=ast.Load())
                kw.value = ast.Lambda(args=arg, body=body)
                for n in walk(kw.value):
                    ast.copy_location(n, v)
                found = True
    return found
