"""`f"{x:>{width}}"`: a format spec with replacement fields of its own.

The spec is text made when the f-string runs, so the field is `format(x, f">{width}")`, which
the rest of the compiler formats with a spec known only then (as `format(x, spec)` of a
variable).  A conversion comes first (`{x!r:>{w}}` is `format(repr(x), ...)`).  CPython
evaluates the value, then the spec's fields, then formats: so does the call.
"""

from __future__ import annotations

import ast
from ..ast_walk import walk

CONVERSIONS = {ord("s"): "str", ord("r"): "repr"}


def nested(v: ast.FormattedValue) -> bool:
    spec = v.format_spec
    return isinstance(spec, ast.JoinedStr) and any(isinstance(p, ast.FormattedValue) for p in spec.values)


def rewrite_nested_format_specs(module: ast.Module) -> bool:
    """Each field whose spec holds fields given `format(value, spec)`; False when there is none."""
    found = False
    for node in walk(module):
        if not isinstance(node, ast.JoinedStr):
            continue
        for v in node.values:
            if not (isinstance(v, ast.FormattedValue) and nested(v) and v.conversion in (-1, *CONVERSIONS)):
                continue
            value = v.value
            if v.conversion in CONVERSIONS:
                value = ast.copy_location(ast.Call(func=ast.copy_location(ast.Name(id=CONVERSIONS[v.conversion], ctx=ast.Load()), v),
                                                   args=[value], keywords=[]), v)
            spec = v.format_spec
            assert spec is not None  # nested() saw it
            call = ast.Call(func=ast.Name(id="format", ctx=ast.Load()), args=[value, spec], keywords=[])
            for n in (call, call.func):
                ast.copy_location(n, v)
            v.value, v.conversion, v.format_spec = call, -1, None
            found = True
    return found
