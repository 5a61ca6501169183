"""Lowering of `fmt % args` and format() on constant format strings (str.format: primitives/str_format.py).

The format string was parsed at compile time (types/format_strings.py); each
piece becomes what an f-string's piece becomes: literal text, a value made a
str (`str()`, `repr()`, `%c`'s character) and/or formatted by the runtime's
format-spec implementation (pyz_int_format, pyz_float_format, pyz_str_format
in runtime_c/format.c), all joined by one BuildStr.  The arguments are
evaluated once, in order, before any formatting, as CPython does.

Argument types are static, so CPython's formatting errors that depend only on
them (too few or too many arguments, `%d` of a str, a missing keyword, an
unknown conversion) are known here: the lowering emits the raise at the point
where CPython raises, after the conversions before it (which may raise first
at run time, e.g. `%d` of a NaN).
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from ..types.format_strings import Failure, Field, Text, parse_percent
from ..types.infer_format import constant_str
from ..types.model import BOOL, FLOAT, INT, NONE, NUM, STR, ClassT, DictT, ListT, OptT, SetT, TupleT, Type, VarTupleT
from ..types.none_uses import python_type_name
from .ops import BuildStr, Const, Value, dict_fn

if TYPE_CHECKING:  # the host's plumbing, as the type checker sees it (build_host.py)
    from .build_host import BuilderHost
else:
    BuilderHost = object


class FormatLowering(BuilderHost):
    """Mixed into the FunctionBuilder."""

    def format_failure(self, kind: str, message: str) -> Value:
        self.raise_builtin(kind, [Const(message, STR)])
        return Const("", STR)

    def join_parts(self, parts: list[Value]) -> Value:
        dst = self.temp(STR)
        self.emit(BuildStr(dst, parts, self.line))
        return dst

    def percent_text(self, node: ast.BinOp) -> str:
        """The format string of `fmt % values`: a constant (inference refuses any other)."""
        text = constant_str(node.left, self.mb.program)
        assert text is not None
        return text

    def percent_format(self, node: ast.BinOp) -> Value:
        if isinstance(node.right, ast.Tuple):  # the items one by one: no tuple struct is built
            return self.percent_items(node, self.type_of(node.right), [self.expr(elt) for elt in node.right.elts])
        return self.percent_value(node, self.expr(node.right))

    def percent_value(self, node: ast.BinOp, right: Value) -> Value:
        """fmt % right: a tuple's items are the arguments, anything else is the one argument."""
        right_t = right.type
        if isinstance(right_t, OptT):  # None is the one argument
            return self.opt_case(right, STR, lambda: self.percent_items(node, NONE, [Const(None, NONE)]),
                                 lambda v: self.percent_value(node, v))
        if isinstance(right_t, VarTupleT):  # as many items as the format has fields, checked when it runs
            fields = [p for p in parse_percent(self.percent_text(node)) if isinstance(p, Field)]
            if all(isinstance(p.arg, int) for p in fields):
                self.mb.use_list(right_t)
                self.rt("pyz_percent_arity", [self.prim("container_len", [right], INT), Const(len(fields), INT)], None, raises=True)
                return self.percent_items(node, right_t, [self.prim("list_item", [right, Const(i, INT)], right_t.elem)
                                                          for i in range(len(fields))])
        items: list[Value] = [self.tuple_get(right, i) for i in range(len(right_t.elems))] if isinstance(right_t, TupleT) else [right]
        return self.percent_items(node, right_t, items)

    def percent_items(self, node: ast.BinOp, right_t: Type, items: list[Value]) -> Value:
        parts: list[Value] = []
        used = 0
        mapping = isinstance(right_t, (ListT, DictT))  # what CPython's PyMapping_Check accepts here
        for piece in parse_percent(self.percent_text(node)):
            if isinstance(piece, Text):
                parts.append(Const(piece.text, STR))
                continue
            if isinstance(piece, Failure):
                if piece.needs_mapping and not mapping:
                    return self.format_failure("TypeError", "format requires a mapping")
                return self.format_failure(piece.kind, piece.message)
            assert isinstance(piece, Field)
            if isinstance(piece.arg, str):  # %(key)s: the argument is a dict[str, ...]
                if not isinstance(right_t, DictT):
                    return self.format_failure("TypeError", "format requires a mapping")
                value = self.rt(dict_fn(right_t, "get"), [items[0], Const(piece.arg, STR)], right_t.value, raises=True)
                text = self.percent_convert(piece, value)
                if text is None:
                    return Const("", STR)
                parts.append(text)
                continue
            if piece.arg >= len(items):
                return self.format_failure("TypeError", "not enough arguments for format string")
            used += 1
            text = self.percent_convert(piece, items[piece.arg])
            if text is None:
                return Const("", STR)
            parts.append(text)
        # a single list or dict argument is never "not all converted"
        if used < len(items) and not mapping:
            return self.format_failure("TypeError", "not all arguments converted during string formatting")
        return self.join_parts(parts)

    def percent_convert(self, piece: Field, v: Value) -> Value | None:
        """One %-conversion of v as a str, or None after emitting the error CPython raises."""
        t, conv = v.type, piece.conv
        if conv == "!":
            self.format_failure("ValueError", piece.char)
            return None
        if conv in ("s", "r"):
            text = self.to_str(v) if conv == "s" else self.repr_of(v)
            return self.format_value(text, piece.spec, None) if piece.spec else text
        if t == NUM and conv in ("c", "x"):  # an int, or the TypeError CPython gives for a float
            v = self.rt("pyz_num_percent_int", [v, Const(ord(piece.char), INT)], INT, raises=True)
            t = INT
        if conv == "c":
            if t in (INT, BOOL):
                text = self.rt("pyz_str_percent_char", [self.as_int(v)], STR, raises=True)
            elif t == STR:
                text = self.rt("pyz_str_percent_char_str", [v], STR, raises=True)
            else:
                self.format_failure("TypeError", "%c requires int or char")
                return None
            return self.format_value(text, piece.spec, None) if piece.spec else text
        if conv == "d":
            if t == FLOAT:
                v = self.rt("pyz_float_to_int", [v], INT, raises=True)
            elif t == NUM:
                v = self.rt("pyz_num_to_int", [v], INT, raises=True)
            elif t not in (INT, BOOL):
                self.format_failure("TypeError", f"%{piece.char} format: a real number is required, not {python_type_name(t)}")
                return None
            return self.format_value(self.as_int(v), piece.spec, None)
        if conv == "x":
            if t not in (INT, BOOL):
                self.format_failure("TypeError", f"%{piece.char} format: an integer is required, not {python_type_name(t)}")
                return None
            return self.format_value(self.as_int(v), piece.spec, None)
        assert conv == "f"
        if t not in (INT, BOOL, FLOAT, NUM):
            self.format_failure("TypeError", f"must be real number, not {python_type_name(t)}")
            return None
        return self.format_value(self.as_float(v), piece.spec, None)
