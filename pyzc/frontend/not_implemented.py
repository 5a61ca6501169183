"""`return NotImplemented` in an operator method: what CPython does next, written into the method.

CPython takes NotImplemented from `a.__eq__(b)` as "ask the other side": it tries the reflected method
of b, and when that also declines, `==` compares identities and `<` or `+` raise TypeError.  pyzc's
dispatch is static (types/objects.py), so the method itself does the rest, through helper functions
defined at the top of the module:

    __eq__: return NotImplemented  ->  return _pyz_same(self, other)        (identity: `is` for objects)
    __ne__: return NotImplemented  ->  return not _pyz_same(self, other)
    __lt__: return NotImplemented  ->  raise TypeError(_pyz_unordered("<", self, other))
    __add__: return NotImplemented ->  raise TypeError(_pyz_unsupported("+", self, other))
    __radd__: the same, with the operands in the order the operator had them

Where the other operand has a reflected method of its own that CPython would try instead, inference
refuses the operator (`ObjectTyping.declines`), and so for a comparison that reached the method as the
reflected one: its message would name the other operator.  The in-place methods (`__iadd__`) fall back
to `__add__` in CPython; a NotImplemented there stays refused, as anywhere else.
"""

from __future__ import annotations

import ast

from ..ast_walk import walk
from .star_iterables import binds, define_helpers

SAME = "_pyz_same"
UNORDERED = "_pyz_unordered"
UNSUPPORTED = "_pyz_unsupported"
HELPERS = (SAME, UNORDERED, UNSUPPORTED)

SOURCES = {
    SAME: f"""
def {SAME}(a, b):
    if isinstance(b, (int, float, str, bytes, bytearray, list, tuple, dict, set)):
        return False
    else:
        return a is b
""",
    UNORDERED: f"""
def {UNORDERED}(op, a, b):
    return "'" + op + "' not supported between instances of '" + type(a).__name__ + "' and '" + type(b).__name__ + "'"
""",
    UNSUPPORTED: f"""
def {UNSUPPORTED}(op, a, b):
    return "unsupported operand type(s) for " + op + ": '" + type(a).__name__ + "' and '" + type(b).__name__ + "'"
""",
}

ORDERING = {"__lt__": "<", "__le__": "<=", "__gt__": ">", "__ge__": ">="}
ARITHMETIC = {"add": "+", "sub": "-", "mul": "*", "truediv": "/", "floordiv": "//", "mod": "%", "pow": "** or pow()",
              "lshift": "<<", "rshift": ">>", "and": "&", "or": "|", "xor": "^", "matmul": "@"}


def declining(method: ast.AST) -> bool:
    """Whether a method had a `return NotImplemented` written out here."""
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in HELPERS for n in walk(method))


def replacement(name: str, me: str, other: str) -> ast.stmt | None:
    """What `return NotImplemented` becomes in the method `name(me, other)`; None where it stays."""
    pair = f"{me}, {other}"
    if name == "__eq__":
        source = f"return {SAME}({pair})"
    elif name == "__ne__":
        source = f"return not {SAME}({pair})"
    elif name in ORDERING:
        source = f"raise TypeError({UNORDERED}({ORDERING[name]!r}, {pair}))"
    elif name.startswith("__r") and name[3:-2] in ARITHMETIC:
        source = f"raise TypeError({UNSUPPORTED}({ARITHMETIC[name[3:-2]]!r}, {other}, {me}))"
    elif name[2:-2] in ARITHMETIC:
        source = f"raise TypeError({UNSUPPORTED}({ARITHMETIC[name[2:-2]]!r}, {pair}))"
    else:
        return None
    return ast.parse(source).body[0]


def rewrite_not_implemented(module: ast.Module) -> bool:
    """Whether it changed the module."""
    if binds(module, "NotImplemented"):
        return False
    used: dict[str, ast.AST] = {}
    for cls in walk(module):
        if not isinstance(cls, ast.ClassDef):
            continue
        for f in cls.body:
            if not isinstance(f, ast.FunctionDef) or len(f.args.args) != 2 or f.args.vararg or f.args.kwonlyargs \
                    or f.args.kwarg or f.args.posonlyargs or f.decorator_list:
                continue
            me, other = (a.arg for a in f.args.args)
            for parent in walk(f):
                for field, value in ast.iter_fields(parent):
                    if not isinstance(value, list):
                        continue
                    for i, s in enumerate(value):
                        if isinstance(s, ast.Return) and isinstance(s.value, ast.Name) and s.value.id == "NotImplemented":
                            new = replacement(f.name, me, other)
                            if new is None:
                                continue
                            for n in walk(new):
                                if "lineno" in n._attributes:
                                    ast.copy_location(n, s)
                                if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in HELPERS:
                                    used.setdefault(n.func.id, s)
                            value[i] = new
    if not used:
        return False
    define_helpers(module, {h: SOURCES[h] for h in HELPERS if h in used}, used)
    return True
