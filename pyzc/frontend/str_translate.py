"""`str.maketrans` and `str.translate`, written in Python and compiled with the program.

`str.maketrans(x, y)` and `str.maketrans(x, y, z)` are calls of `maketrans#2` and `maketrans#3`
below (what follows `#` is not shown in tracebacks), which build CPython's table: a dict of code
points to code points (`{97: 120}`), and to None for the characters of z, so the table prints as
CPython's.  `str.maketrans(d)` is `maketrans#1(d)`: d's one-character str keys made code points.
`s.translate(table)` of a str is typed by inference as a call of `translate#str(s, table)`
(types/primitive_call.py), for a table whose values are code points, strs or None, as CPython
takes them; so `bytes.translate` and a class's own `translate` are left alone.  CPython's
ValueErrors, with its messages.  The functions are added to the module only where it mentions
`maketrans` or `translate`; a name the program binds as `str` keeps its meaning.
Runs in the subset check (check.py).
"""

from __future__ import annotations

import ast

TRANSLATE = "translate#str"
MAKETRANS = "maketrans#"

SOURCE = '''
def translate(s, table):
    parts = []
    for ch in s:
        o = ord(ch)
        if o in table:
            r = table[o]
            if r is not None:
                parts.append(mapped(r))
        else:
            parts.append(ch)
    return "".join(parts)


def mapped(r):
    if isinstance(r, int):
        if r < 0 or r > 0x10FFFF:
            raise ValueError("character mapping must be in range(0x110000)")
        return chr(r)
    return r


def maketrans1(d):
    table = {}
    for k, v in d.items():
        if isinstance(k, str):
            if len(k) != 1:
                raise ValueError("string keys in translate table must be of length 1")
            table[ord(k)] = v
        else:
            table[k] = v
    return table


def maketrans2(x, y):
    if len(x) != len(y):
        raise ValueError("the first two maketrans arguments must have equal length")
    table = {}
    for i in range(len(x)):
        table[ord(x[i])] = ord(y[i])
    return table


def maketrans3(x, y, z):
    if len(x) != len(y):
        raise ValueError("the first two maketrans arguments must have equal length")
    table = {}
    for i in range(len(x)):
        table[ord(x[i])] = ord(y[i])
    for c in z:
        table[ord(c)] = None
    return table
'''

NAMES = {"translate": TRANSLATE, "mapped": "mapped#str", "maketrans1": MAKETRANS + "1", "maketrans2": MAKETRANS + "2", "maketrans3": MAKETRANS + "3"}


def rebinds_str(module: ast.Module) -> bool:
    return any(isinstance(n, ast.Name) and n.id == "str" and not isinstance(n.ctx, ast.Load)
               or isinstance(n, (ast.FunctionDef, ast.ClassDef)) and n.name == "str"
               or isinstance(n, ast.arg) and n.arg == "str" for n in ast.walk(module))


def rewrite_str_translate(module: ast.Module) -> bool:
    """False where nothing could be rewritten (check.py's census stays as it was)."""
    if rebinds_str(module):
        return False
    first: ast.AST | None = None
    for n in ast.walk(module):
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "maketrans" \
                and isinstance(n.func.value, ast.Name) and n.func.value.id == "str" and 1 <= len(n.args) <= 3 \
                and not n.keywords and not any(isinstance(a, ast.Starred) for a in n.args):
            n.func = ast.copy_location(ast.Name(id=f"{MAKETRANS}{len(n.args)}", ctx=ast.Load()), n.func)
            first = first or n
        elif isinstance(n, ast.Attribute) and n.attr == "translate":
            first = first or n
    if first is None:
        return False
    defs = ast.parse(SOURCE).body
    for d in defs:
        assert isinstance(d, ast.FunctionDef)
        d.name = NAMES[d.name]
        for x in ast.walk(d):
            if isinstance(x, ast.Name) and x.id in NAMES:  # translate calls mapped
                x.id = NAMES[x.id]
            if "lineno" in x._attributes:
                ast.copy_location(x, first)
    module.body[0:0] = defs
    return True
