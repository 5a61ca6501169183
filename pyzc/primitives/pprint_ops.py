"""The pprint module: pprint(), pformat(), pp(), saferepr() of values made of numbers, None, strs, containers.

The value's repr is made as for repr() and handed to runtime_c/pprint.c, which parses it
back into its tree and lays it out as CPython 3.11's PrettyPrinter does: dicts with their
keys sorted (sort_dicts), what fits in the width on one line, the rest one item a line
(compact: as many as fit), sets sorted when broken, long strs split after their words.
The repr parses back unambiguously only for the types checked here, when compiling: ints,
floats, bools, None, strs, lists, tuples, dicts and sets of these, nested freely.

Refused by name: other values inside (bytes, objects, Counter, defaultdict, deque, array:
CPython has printers of their own for some, and an object's repr may hold any text),
dict keys or set items that are floats or may be None (sorting them is CPython's own sort
only for totally ordered keys), stream=, underscore_numbers=True, PrettyPrinter.
depth= truncates as CPython's _safe_repr does (a set is never truncated); saferepr is the
repr with sorted dicts; isreadable and isrecursive are constants for these values.
"""

from __future__ import annotations

import ast

from ..types.model import (BOOL, BOTTOM, FLOAT, INT, NONE, NUM, STR, ArrayT, DictT, ListT, OptT, SetT, TupleT, Type,
                           concrete)
from .registry import module_special, param, runtime_helper

FORMAT = runtime_helper("pyz_pprint_format", [param("rep", STR), param("indent", INT), param("width", INT),
                                              param("has_depth", BOOL), param("depth", INT), param("compact", BOOL),
                                              param("sort", BOOL)], STR, raises=True,
                        raises_what="ValueError: indent must be >= 0 / depth must be > 0 / width must be != 0")
SAFEREPR = runtime_helper("pyz_pprint_saferepr", [param("rep", STR)], STR, raises=True,
                          raises_what="none in practice: what the scan finds below its string helpers")
PRINT = runtime_helper("pyz_pprint_print", [param("s", STR)], NONE, raises=True,
                       raises_what="as print()'s writes to stdout (an unencodable surrogate)")
# CPython's parameters after the object: (name, default); pprint's own has stream first
PARAMS = {"pformat": ("indent", "width", "depth"), "pprint": ("stream", "indent", "width", "depth"),
          "pp": ("stream", "indent", "width", "depth")}
KEYWORD_ONLY = ("compact", "sort_dicts", "underscore_numbers")


def refusal(t: Type, fn: str, sortable: bool = False) -> str | None:
    """Why pprint.fn() of a t is refused, or None; sortable: t is a dict key or a set item."""
    t = concrete(t) if t != BOTTOM else t
    if t in (INT, BOOL, STR, BOTTOM) or (t in (FLOAT, NUM, NONE) and not sortable):
        return None
    if isinstance(t, OptT) and not sortable:
        return refusal(t.inner, fn)
    if isinstance(t, TupleT):
        for e in t.elems:
            why = refusal(e, fn, sortable)
            if why:
                return why
        return None
    if not sortable and isinstance(t, ListT) and not isinstance(t, ArrayT):
        return refusal(t.elem, fn)
    if not sortable and isinstance(t, DictT) and not t.kind:
        return refusal(t.key, fn, True) or refusal(t.value, fn)
    if not sortable and isinstance(t, SetT):
        return refusal(t.elem, fn, True)
    if sortable and (t in (FLOAT, NUM, NONE) or isinstance(t, OptT)):
        return f"pprint.{fn}() of a container whose dict keys or set items are {t} is not supported yet"
    return f"pprint.{fn}() of a {t} is not supported yet"


def bind(inf, node: ast.Call, fn: str) -> dict[str, ast.expr]:
    """The call's arguments by name, with CPython's TypeErrors for their number and names."""
    if any(isinstance(a, ast.Starred) for a in node.args):
        raise inf.source.error(node, "starred arguments are not supported yet")
    names = ("object",) + PARAMS[fn]
    if len(node.args) > len(names):
        raise inf.source.error(node, f"{fn}() takes from 1 to {len(names)} positional arguments but "
                                     f"{len(node.args)} were given")
    bound = dict(zip(names, node.args))
    for kw in node.keywords:
        if kw.arg is None:
            raise inf.source.error(kw, "** arguments are not supported yet")
        if kw.arg not in names + KEYWORD_ONLY:
            raise inf.source.error(kw, f"{fn}() got an unexpected keyword argument '{kw.arg}'")
        if kw.arg in bound:
            raise inf.source.error(kw, f"{fn}() got multiple values for argument '{kw.arg}'")
        bound[kw.arg] = kw.value
    if "object" not in bound:
        raise inf.source.error(node, f"{fn}() missing 1 required positional argument: 'object'")
    return bound


def is_none(node: ast.expr | None) -> bool:
    return node is None or (isinstance(node, ast.Constant) and node.value is None)


def pprint_type(fn: str):
    def typing(inf, node, recv, rt, forms):
        bound = bind(inf, node, fn)
        t = inf.expr_keep(bound["object"])
        why = refusal(t, fn)
        if why:
            raise inf.source.error(bound["object"], why)
        for name, value in bound.items():
            if name == "object":
                continue
            if name == "stream" and not is_none(value):
                raise inf.source.error(value, f"pprint.{fn}() with a {name} argument is not supported yet")
            if name == "underscore_numbers" and not (isinstance(value, ast.Constant) and value.value is False):
                raise inf.source.error(value, f"pprint.{fn}() with underscore_numbers is not supported yet")
            if name == "depth" and not is_none(value):
                inf.expect(value, INT, name, "'<=' not supported between instances of '{t}' and 'int'")
            elif name in ("indent", "width"):
                inf.expect(value, INT, name, "'{t}' object cannot be interpreted as an integer")
            else:
                inf.expr(value)
        return STR if fn == "pformat" else NONE
    return typing


def pprint_lower(fn: str):
    def lowering(b, node, recv, forms):
        bound = bind_lowered(node, fn)
        values = {name: b.expr(v) for name, v in bound.items()}  # in the call's order, as CPython
        rep = b.repr_of(values["object"])
        indent = b.as_int(values["indent"]) if "indent" in values else b.const(1, INT)
        width = b.as_int(values["width"]) if "width" in values else b.const(80, INT)
        compact = b.truth(values["compact"]) if "compact" in values else b.const(False, BOOL)
        given = "depth" in bound and not is_none(bound["depth"])
        depth = b.as_int(values["depth"]) if given else b.const(0, INT)
        sort = b.truth(values["sort_dicts"]) if "sort_dicts" in values else b.const(fn != "pp", BOOL)
        s = b.call_primitive(FORMAT, [rep, indent, width, b.const(given, BOOL), depth, compact, sort])
        if fn == "pformat":
            return s
        b.call_primitive(PRINT, [s])
        return b.const(None, NONE)
    return lowering


def bind_lowered(node: ast.Call, fn: str) -> dict[str, ast.expr]:
    names = ("object",) + PARAMS[fn]
    bound = dict(zip(names, node.args))
    for kw in node.keywords:
        assert kw.arg is not None  # bind refused **
        bound[kw.arg] = kw.value
    return bound


for _fn in PARAMS:
    module_special("pprint", _fn, pprint_type(_fn), pprint_lower(_fn), checks_arguments=True)


# ---- saferepr(obj): the repr with dicts' keys sorted; isreadable / isrecursive: of the values allowed
# here (no recursive containers: a list cannot hold itself in a typed program), True and False
def one_object(fn: str):
    def typing(inf, node, recv, rt, forms):
        if any(isinstance(a, ast.Starred) for a in node.args) or node.keywords or len(node.args) != 1:
            raise inf.source.error(node, f"{fn}() takes 1 positional argument but {len(node.args)} were given"
                                   if not node.keywords else f"{fn}() got an unexpected keyword argument "
                                                             f"'{node.keywords[0].arg}'")
        why = refusal(inf.expr_keep(node.args[0]), fn)
        if why:
            raise inf.source.error(node.args[0], why)
        return STR if fn == "saferepr" else BOOL
    return typing


def saferepr_lower(b, node, recv, forms):
    return b.call_primitive(SAFEREPR, [b.repr_of(b.expr(node.args[0]))])


def constant_lower(value: bool):
    def lowering(b, node, recv, forms):
        b.expr(node.args[0])
        return b.const(value, BOOL)
    return lowering


module_special("pprint", "saferepr", one_object("saferepr"), saferepr_lower, checks_arguments=True)
module_special("pprint", "isreadable", one_object("isreadable"), constant_lower(True), checks_arguments=True)
module_special("pprint", "isrecursive", one_object("isrecursive"), constant_lower(False), checks_arguments=True)
