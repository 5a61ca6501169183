"""Inference rules for `fmt % args` and format() on constant format strings (str.format: primitives/str_format.py).

Both give a str.  The format string is parsed here (types/format_strings.py) so
that what pyzc does not compile yet is refused with a diagnostic before
lowering; the errors CPython raises while formatting (too few arguments, a
`%d` of a str, a missing keyword) are not diagnostics: lowering raises them at
run time, in the order CPython does, so a program may catch them.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from ..ast_walk import walk
from .format_strings import Field, FormatRefusal, parse_percent
from .model import BOOL, BOTTOM, BYTES, FLOAT, INT, NUM, STR, DictT, ListT, OptT, TupleT, Type, VarTupleT, is_transient, unprintable

if TYPE_CHECKING:  # the host's rules, as the type checker sees them (infer_host.py)
    from .infer_host import InferHost
else:
    InferHost = object


FORMATTABLE = (INT, FLOAT, STR, BOOL, NUM, BOTTOM)  # types with a format-spec implementation (runtime_c/format.c)


def constant_str(node, program) -> str | None:
    """The text of a constant format string: a literal, or a module-level name bound once, to a
    constant expression (constant_value), and never rebound anywhere (LINE = "%-8s %6d")."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constant_globals(program.module.node).get(node.id)
    return None


_constant_globals: dict[int, tuple] = {}


def constant_globals(module: ast.Module) -> dict[str, str]:
    """Module-level names bound exactly once in the whole program, by `NAME = "literal"`."""
    cached = _constant_globals.get(id(module))
    if cached is not None and cached[0] is module:
        return cached[1]
    stores: dict[str, int] = {}
    for n in walk(module):
        names: list[str] = []
        if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load):
            names = [n.id]
        elif isinstance(n, ast.arg):
            names = [n.arg]
        elif isinstance(n, (ast.FunctionDef, ast.ClassDef)):
            names = [n.name]
        elif isinstance(n, ast.ExceptHandler) and n.name:
            names = [n.name]
        elif isinstance(n, (ast.Global, ast.Nonlocal)):
            names = list(n.names)
        elif isinstance(n, ast.alias):
            names = [n.asname or n.name]
        for name in names:
            stores[name] = stores.get(name, 0) + 1
    values: dict = {}  # names bound once to a constant str or int, in module order
    for stmt in module.body:
        if (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
                and stores.get(stmt.targets[0].id) == 1):
            v = constant_value(stmt.value, values)
            if v is not None:
                values[stmt.targets[0].id] = v
    found = {name: v for name, v in values.items() if isinstance(v, str)}
    _constant_globals[id(module)] = (module, found)
    return found


def constant_value(node, known: dict):
    """The str or int a module-level expression of constants always has (`'%0' + str(DIGITS) + 'd'`
    with DIGITS bound once to 4), or None: literals, names in known, str + str, str * int, str(x)."""
    if isinstance(node, ast.Constant) and type(node.value) in (str, int):
        return node.value
    if isinstance(node, ast.Name):
        return known.get(node.id)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mult)):
        a, b = constant_value(node.left, known), constant_value(node.right, known)
        if isinstance(node.op, ast.Add) and isinstance(a, str) and isinstance(b, str):
            return a + b
        if isinstance(node.op, ast.Mult) and isinstance(a, str) and type(b) is int and 0 <= b <= 1000:
            return a * b
        return None
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str" \
            and len(node.args) == 1 and not node.keywords and "str" not in known:
        v = constant_value(node.args[0], known)
        return str(v) if v is not None else None
    return None


class FormatRules(InferHost):
    """Mixed into the Inferencer."""

    def format_pieces(self, node, parse, fmt: str) -> list:
        try:
            return parse(fmt)
        except FormatRefusal as e:
            raise self.source.error(node, str(e))

    def check_formatted(self, arg_node, t: Type):
        if is_transient(t):
            raise self.source.error(arg_node, "formatting range/iterator objects is not supported yet")
        if unprintable(t):
            raise self.source.error(arg_node, f"formatting {unprintable(t)} objects is not supported yet")

    def percent_format_type(self, node, rt: Type) -> Type:
        """`"..." % args`: the right operand is the tuple of arguments, or the one argument."""
        fmt = constant_str(node.left, self.program) if isinstance(node, ast.BinOp) else None
        if fmt is None:
            raise self.source.error(node, "%-formatting with a format string that is not a constant is not supported yet; use an f-string")
        pieces = self.format_pieces(node, parse_percent, fmt)
        if any(isinstance(p, Field) and isinstance(p.arg, str) for p in pieces):
            if isinstance(rt, ListT) or isinstance(rt, DictT) and rt.key not in (STR, BOTTOM):
                raise self.source.error(node.right, f"%(name) keys need a dict with str keys, not {rt}")
            if isinstance(rt, DictT):
                self.check_formatted(node.right, rt.value)
        if isinstance(rt, OptT):  # None formats as the one argument
            rt = rt.inner
        if isinstance(rt, TupleT):
            elts = node.right.elts if isinstance(node.right, ast.Tuple) else [node.right] * len(rt.elems)
            for elt, t in zip(elts, rt.elems):
                self.check_formatted(elt, t)
        elif isinstance(rt, VarTupleT):  # its items are the arguments: as many as the fields, checked when it runs
            self.check_formatted(node.right, rt.elem)
        else:
            self.check_formatted(node.right, rt)
        return STR

    def bytes_percent_type(self, node: ast.BinOp, rt: Type) -> Type:
        """`b"..." % args` with number conversions only (%d %i %x %c %f...): formatted as the str whose
        code points are the format's bytes would be, then made bytes again (lowering: percent_format
        on latin1_format(node), then pyz_bytes_from_latin1).  %s and %r of a number are CPython's
        TypeError for bytes, and bytes arguments are not supported yet."""
        if not (isinstance(node.left, ast.Constant) and isinstance(node.left.value, bytes)):
            raise self.source.error(node, "%-formatting with a bytes format that is not a constant is not supported yet")
        text = latin1_format(node)
        assert isinstance(text.left, ast.Constant) and isinstance(text.left.value, str)
        for p in parse_percent(text.left.value):
            if isinstance(p, Field) and (p.conv not in ("c", "d", "f", "x") or isinstance(p.arg, str)):
                raise self.source.error(node.left, f"bytes %-formatting with %{p.char or p.conv} is not supported yet "
                                                   "(number conversions only: %d %i %x %c %f...)")
        args = rt.elems if isinstance(rt, TupleT) else (rt,)
        for t in args:
            if t not in (INT, BOOL, FLOAT, NUM, BOTTOM):
                raise self.source.error(node.right, f"bytes %-formatting of a {t} is not supported yet (numbers only)")
        self.percent_format_type(text, rt)
        return BYTES


def latin1_format(node: ast.BinOp) -> ast.BinOp:
    """`b"..." % args` as `"..." % args`, the str whose code points are the format's bytes; made once per
    node, so that inference and lowering see the same one (its right operand is the original's)."""
    text = getattr(node, "pyzc_latin1", None)
    if text is None:
        # bytes_percent_type refuses any other format
        assert isinstance(node.left, ast.Constant) and isinstance(node.left.value, bytes)
        text = ast.copy_location(ast.BinOp(left=ast.copy_location(ast.Constant(node.left.value.decode("latin-1")), node.left),
                                           op=node.op, right=node.right), node)
        setattr(node, "pyzc_latin1", text)
    return text
