"""str.format: the typing rule beside the lowering rule (a registered pair).

`"...".format(...)` on a constant format string (a literal, or a module-level
name bound once to one).  The string is parsed at compile time
(types/format_strings.py): typing refuses what pyzc cannot compile yet and
rewrites attribute and index lookups into extra arguments; lowering evaluates
the arguments once, in order, then joins the pieces as an f-string's are.
The errors CPython raises while formatting (a missing index or keyword, a
bad conversion) are raised at run time, where CPython raises them.
"""

from __future__ import annotations

import ast
import copy

from ..ast_walk import walk
from ..types.format_strings import Failure, Field, Text, parse_format
from ..types.infer_format import FORMATTABLE, constant_str
from ..types.model import FLOAT, INT, NUM, STR, Type
from .registry import special
from .value_ops import SPEC_FORMATTERS

RUNTIME_SPEC_TYPES = (INT, FLOAT, STR, NUM)  # what format(v, spec) takes with a spec made at run time


def format_type(inf, node: ast.Call, recv, rt, forms) -> Type:
    """`"...".format(*args, **kwargs)` with a constant format string."""
    assert isinstance(node.func, ast.Attribute)  # a method call: the registry dispatched on str.format
    fmt = constant_str(node.func.value, inf.program)
    for arg in node.args:
        if isinstance(arg, ast.Starred):
            raise inf.source.error(arg, "starred arguments are not supported yet")
    if fmt is not None and any(kw.arg is None for kw in node.keywords):
        spread_mapping(inf, node, fmt)
    for kw in node.keywords:
        if kw.arg is None:
            raise inf.source.error(kw, "** arguments are not supported yet")
    if fmt is not None:
        pieces = inf.format_pieces(node, lambda f: parse_format(f, nested=True), fmt)
        if any(isinstance(p, Field) and p.lookups for p in pieces):
            if any(isinstance(p, Field) and p.nested is not None for p in pieces):
                raise inf.source.error(node, "attribute and index lookups in a format string with fields in a spec are not supported yet")
            fmt = expand_lookups(inf, node, pieces)
    # (a value that may be None is formatted as it is: 'None' with no spec; a spec is refused below)
    types = [inf.expr_keep(arg) for arg in node.args]
    kw_types = {kw.arg: inf.expr_keep(kw.value) for kw in node.keywords}
    if fmt is None:
        raise inf.source.error(node, "str.format() on a format string that is not a constant is not supported yet; use an f-string")
    for piece in inf.format_pieces(node, lambda f: parse_format(f, nested=True), fmt):
        if not isinstance(piece, Field):
            continue
        found = field_argument(node, piece, types, kw_types)
        if found is None:
            continue  # IndexError or KeyError at run time, as CPython
        arg_node, t = found
        inf.check_formatted(arg_node, t)
        if piece.nested is not None:  # "{:>{w}}": a spec made when the call runs
            if piece.conv not in ("r", "s") and t not in RUNTIME_SPEC_TYPES:
                raise inf.source.error(arg_node, f"a {t} value formatted with fields in its spec is not supported yet"
                                                 " (an int, a float or a str is)")
            for part in piece.nested:
                got = field_argument(node, part, types, kw_types) if isinstance(part, Field) else None
                if got is not None:
                    inf.check_formatted(got[0], got[1])
                    if part.spec and part.conv not in ("r", "s") and got[1] not in FORMATTABLE:
                        raise inf.source.error(got[0], f"format specs for {got[1]} values are not supported yet")
            continue
        if not piece.spec and not piece.conv:
            inf.formats_itself(t)  # "{}".format(obj): its __format__(""), if its class has one
        if piece.spec and piece.conv not in ("r", "s") and t not in FORMATTABLE and not inf.formats_itself(t):
            raise inf.source.error(arg_node, f"format specs for {t} values are not supported yet")
    return STR


def field_argument(node: ast.Call, piece: Field, types: list, kw_types: dict):
    """(the argument's node, its type) of a field, or None where the call does not give it."""
    if isinstance(piece.arg, int):
        if piece.arg >= len(types):
            return None
        return node.args[piece.arg], types[piece.arg]
    if piece.arg not in kw_types:
        return None
    return next(kw.value for kw in node.keywords if kw.arg == piece.arg), kw_types[piece.arg]


def spread_mapping(inf, node: ast.Call, fmt: str) -> None:
    """`"{name} is {age}".format(**person)`: each keyword field the call does not give is `person["name"]`,
    in place (once), so a missing key raises CPython's `KeyError: 'name'`, and keys no field names
    are not read.  person is a variable or a field (read once per field)."""
    stars = [kw for kw in node.keywords if kw.arg is None]
    d = stars[0].value
    if len(stars) > 1 or not isinstance(d, (ast.Name, ast.Attribute)) or not all(
            isinstance(n, (ast.Name, ast.Attribute)) for n in walk(d) if isinstance(n, ast.expr)):
        return  # refused below
    given = {kw.arg for kw in node.keywords if kw.arg is not None}
    names: list[str] = []
    for piece in inf.format_pieces(node, parse_format, fmt):
        if isinstance(piece, Field) and isinstance(piece.arg, str) and piece.arg not in given and piece.arg not in names:
            names.append(piece.arg)
    node.keywords = [kw for kw in node.keywords if kw.arg is not None] + [
        ast.copy_location(ast.keyword(arg=n, value=ast.copy_location(
            ast.Subscript(copy.deepcopy(d), ast.copy_location(ast.Constant(n), d), ast.Load()), d)), d) for n in names]


def expand_lookups(inf, node: ast.Call, pieces: list) -> str:
    """`"{0.name} {p[k]}".format(a, p=d)` becomes `"{0} {1}".format(a, a.name, d["k"])`, in place
    (once: the rewritten call has no lookups left).  The lookups are appended after the
    arguments, in field order, so they run after every argument is evaluated, as CPython
    runs them; the base of a lookup is a variable or a constant, so repeating it is safe."""
    args = list(node.args)
    text: list[str] = []
    for piece in pieces:
        if isinstance(piece, Text):
            text.append(piece.text.replace("{", "{{").replace("}", "}}"))
            continue
        if isinstance(piece, Failure) or piece.conv == "!":
            raise inf.source.error(node, "attribute and index lookups in a format string that is not well formed are not supported")
        ref: int | str = piece.arg
        if piece.lookups:
            if isinstance(piece.arg, int):
                if piece.arg >= len(node.args):
                    raise inf.source.error(node, f"Replacement index {piece.arg} out of range for positional args tuple")
                base = node.args[piece.arg]
            else:
                named = next((kw.value for kw in node.keywords if kw.arg == piece.arg), None)
                if named is None:
                    raise inf.source.error(node, f"str.format() has no keyword argument '{piece.arg}'")
                base = named
            if not isinstance(base, (ast.Name, ast.Constant)):
                raise inf.source.error(base, "attribute and index lookups in str.format fields need a variable as the argument")
            expr: ast.expr = ast.copy_location(ast.Name(base.id, ast.Load()) if isinstance(base, ast.Name)
                                               else ast.Constant(base.value), base)
            for kind, name in piece.lookups:
                if kind == "attr":
                    expr = ast.copy_location(ast.Attribute(expr, name, ast.Load()), base)
                else:
                    expr = ast.copy_location(ast.Subscript(expr, ast.copy_location(ast.Constant(name), base), ast.Load()), base)
            ref = len(args)
            args.append(expr)
        text.append("{" + str(ref) + ("!" + piece.conv if piece.conv else "") + (":" + piece.spec if piece.spec else "") + "}")
    fmt = "".join(text)
    node.args = args
    assert isinstance(node.func, ast.Attribute)
    node.func.value = ast.copy_location(ast.Constant(fmt), node.func.value)
    inf.expr(node.func.value)
    return fmt


def format_lower(b, node: ast.Call, recv, forms):
    """`"...".format(...)`: arguments evaluated once, in order, then the pieces."""
    args = [b.expr(a) for a in node.args]
    kwargs = {kw.arg: b.expr(kw.value) for kw in node.keywords}
    parts: list = []
    assert isinstance(node.func, ast.Attribute)
    fmt = constant_str(node.func.value, b.mb.program)
    assert fmt is not None  # inference refused a format string that is not a constant
    for piece in parse_format(fmt, nested=True):
        if isinstance(piece, Text):
            parts.append(b.const(piece.text, STR))
            continue
        if isinstance(piece, Failure):
            return b.format_failure(piece.kind, piece.message)
        assert isinstance(piece, Field)
        v = converted(b, piece, args, kwargs)
        if isinstance(v, Failure):
            return b.format_failure(v.kind, v.message)
        if piece.nested is not None:  # the spec's pieces, formatted after the field's argument is found
            spec: list = []
            for part in piece.nested:
                if isinstance(part, Text):
                    spec.append(b.const(part.text, STR))
                    continue
                w = converted(b, part, args, kwargs)
                if isinstance(w, Failure):
                    return b.format_failure(w.kind, w.message)
                spec.append(b.format_value(w, part.spec, node) if part.spec else b.to_str(w) if part.conv else b.format_plain(w, node))
            parts.append(b.call_primitive(SPEC_FORMATTERS[v.type], [v, b.join_parts(spec)]))
            continue
        parts.append(b.format_value(v, piece.spec, node) if piece.spec else b.to_str(v) if piece.conv else b.format_plain(v, node))
    return b.join_parts(parts)


def converted(b, piece: Field, args: list, kwargs: dict):
    """The value a field formats (its argument, after !r or !s), or the Failure CPython raises."""
    if isinstance(piece.arg, int):
        if piece.arg >= len(args):
            return Failure("IndexError", f"Replacement index {piece.arg} out of range for positional args tuple")
        v = args[piece.arg]
    else:
        if piece.arg not in kwargs:
            return Failure("KeyError", piece.arg)
        v = kwargs[piece.arg]
    if piece.conv == "!":
        return Failure("ValueError", piece.char)
    if piece.conv == "r":
        return b.repr_of(v)
    if piece.conv == "s":
        return b.to_str(v)
    return v


special("str", "format", format_type, format_lower, checks_arguments=True)
