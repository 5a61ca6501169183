"""`sys.version_info` where its answer is the same on every CPython 3.11: the language pyzc compiles.

A program compiled by pyzc runs without CPython, and behaves as CPython 3.11 (docs/SUPPORTED.md); the
micro version (3.11.0, 3.11.7...) is not one of its facts.  So `sys.version_info` is rewritten into the
tuple `(3, 11, 0, "final", 0)` only where the micro version and what follows it cannot change the
result:
- compared with a tuple of at most two constant ints (`sys.version_info >= (3, 8)`): the first two items
  decide, or the lengths (5 against 2 or fewer) do;
- indexed by 0 or 1, or sliced to its first two items or fewer (`sys.version_info[:2]`);
- `.major` and `.minor` (3 and 11).
Other uses (printing it, `.micro`, comparing with a longer tuple) stay refused by inference, which names
what is supported.
"""

from __future__ import annotations

import ast
from ..ast_walk import walk

VERSION = (3, 11, 0, "final", 0)
MAJOR_MINOR = {"major": 3, "minor": 11}


def constant_int_value(node: ast.AST) -> int | None:
    """The value of `3` or `-1`; None for anything else."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        v = constant_int_value(node.operand)
        return None if v is None else -v
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    return None


def is_version_info(node: ast.AST) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "version_info" and isinstance(node.value, ast.Name)
            and node.value.id == "sys")


def short_int_tuple(node: ast.AST) -> bool:
    """A tuple display of at most two constant ints."""
    return isinstance(node, ast.Tuple) and len(node.elts) <= 2 and all(constant_int_value(e) is not None for e in node.elts)


def first_two_at_most(s: ast.AST) -> bool:
    """`[0]`, `[1]`, `[:2]`, `[:1]`, `[0:2]`, `[1:2]`...: items among the first two only."""
    if not isinstance(s, ast.Slice):
        return constant_int_value(s) in (0, 1)
    if s.step is not None:
        return False
    lo = 0 if s.lower is None else constant_int_value(s.lower)
    hi = None if s.upper is None else constant_int_value(s.upper)
    return lo is not None and lo >= 0 and hi is not None and 0 <= hi <= 2


def version_tuple(at: ast.AST) -> ast.Tuple:
    t = ast.Tuple(elts=[ast.Constant(v) for v in VERSION], ctx=ast.Load())
    for n in walk(t):
        ast.copy_location(n, at)
    return t


def rewrite_sys_version_info(module: ast.Module) -> bool:
    """Each `sys.version_info` in the places above made the constant; False when there is none."""
    found = False

    def replaced(parent: ast.AST, field: str, node: ast.AST) -> ast.AST | None:
        """What node, in parent's field, becomes; None: it stays."""
        if isinstance(node, ast.Attribute) and node.attr in MAJOR_MINOR and is_version_info(node.value) \
                and isinstance(node.ctx, ast.Load):
            return ast.copy_location(ast.Constant(MAJOR_MINOR[node.attr]), node)
        if not is_version_info(node):
            return None
        if isinstance(parent, ast.Subscript) and field == "value" and first_two_at_most(parent.slice):
            return version_tuple(node)
        if isinstance(parent, ast.Compare):
            sides = [parent.left] + parent.comparators
            i = next(k for k, side in enumerate(sides) if side is node)
            others = sides[max(i - 1, 0):i] + sides[i + 1:i + 2]
            if others and all(short_int_tuple(o) for o in others):
                return version_tuple(node)
        return None

    for parent in walk(module):
        for field, value in ast.iter_fields(parent):
            if isinstance(value, list):
                for k, item in enumerate(value):
                    new = replaced(parent, field, item) if isinstance(item, ast.AST) else None
                    if new is not None:
                        value[k] = new
                        found = True
            elif isinstance(value, ast.AST):
                new = replaced(parent, field, value)
                if new is not None:
                    setattr(parent, field, new)
                    found = True
    return found
