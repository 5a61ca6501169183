"""Builtin functions over an iterable: any, all, sum, min, max, and the constructors list, set, tuple, dict.

any, all, list, set and tuple are table rows (CPython's arity and keyword
errors) with a pair; sum, min, max and dict check their own arguments
(sum's start= given by name or position, min/max's key= and their several
arguments, dict's name=value keywords), in CPython's words where it has some.  An argument may be a generator
expression: it is iterated where it is, never built.

The lowering is the builder's, since each is a loop over the items
(FunctionBuilder.over_items, cursor): anyall, sum_items, minmax, collect
(list), set_from, tuple_from, dict_from.

sum(xs) of floats is typed float, though CPython gives the int 0 for no
items (sum_type says why); min()/max() of items that may be None compare
values and raise CPython's TypeError when one is None.
"""

from __future__ import annotations

import ast

from ..ast_walk import walk
from ..types.model import (ordered_by_items, BOOL, BOTTOM, FLOAT, INT, NONE, NUM, STR, ClassT, DictT, ListT, OptT, SetT, TupleT, Type,
                           TypeConflict, VarTupleT, is_orderable, join)
from ..frontend.star_iterables import MINMAX as MINMAX_STAR
from .builtin_ops import ANY
from .registry import BUILTINS, function, param, special

# min()/max() of items that may be None: an inner type whose name CPython's TypeError gives exactly
OPT_ORDERED = (INT, FLOAT, BOOL, STR)


def only_keywords(inf, node, name: str, allowed: tuple[str, ...]) -> None:
    """CPython's message for a keyword the builtin does not take; default= of min/max is not supported."""
    for kw in node.keywords:
        if kw.arg is None:
            raise inf.source.error(kw, "** arguments are not supported yet")
        if kw.arg not in allowed:
            raise inf.source.error(kw, f"'{kw.arg}' is an invalid keyword argument for {name}()")


def no_starred(inf, node) -> None:
    if any(isinstance(a, ast.Starred) for a in node.args):
        raise inf.source.error(node, "starred arguments are not supported yet")


# ---- any(iterable), all(iterable)
def anyall_type(inf, node, recv, rt, forms):
    inf.iterable_elem(node.args[0])
    return BOOL


def any_lower(b, node, recv, forms):
    return b.anyall(node, True)


def all_lower(b, node, recv, forms):
    return b.anyall(node, False)


function("any", [param("iterable", ANY)], BOOL, c="", raises=False)
function("all", [param("iterable", ANY)], BOOL, c="", raises=False)
special(BUILTINS, "any", anyall_type, any_lower)
special(BUILTINS, "all", anyall_type, all_lower)


# ---- sum(iterable, /, start=0)
def sum_type(items: Type, start: Type, default_start: bool) -> Type:
    """The type of sum(items, start): the start's when there are no items, else start + items...
    An explicit int start with float items gives a number of several types (the int when there
    are no items).  With the default start, sum() of floats is typed float: CPython gives the int 0
    for no items, and pyzc gives 0.0 there (docs/SUPPORTED.md).  Typing it int | float would make
    every sum of floats, and the lists built from them, numbers of several types: matmul in
    bench/ ran 8x slower that way."""
    if items == start and items in (INT, FLOAT):
        return items
    if FLOAT == start or (default_start and items == FLOAT):
        return FLOAT
    return NUM


def sum_call_type(inf, node, recv, rt, forms):
    a = node.args
    only_keywords(inf, node, "sum", ("start",))
    start_keyword = next((kw.value for kw in node.keywords if kw.arg == "start"), None)
    no_starred(inf, node)
    n = len(a) + (start_keyword is not None)
    if not a:
        raise inf.source.error(node, "sum() takes at least 1 positional argument (0 given)")
    if n > 2:
        raise inf.source.error(node, f"sum() takes at most 2 arguments ({n} given)")
    start = a[1] if len(a) > 1 else start_keyword
    t = inf.iterable_elem(a[0])
    if start is not None:
        st = inf.expr(start)
        if isinstance(st, (ListT, TupleT)):  # a tuple of any length is a ListT too
            return sequence_sum_type(inf, a[0], start, t, st)
        if isinstance(st, ClassT):
            return object_sum_type(inf, node, a[0], start, t, st)
    if isinstance(t, ClassT):
        raise inf.source.error(a[0], f"sum() of {t} values needs a start of their type (sum(items, start)): "
                                     "with CPython's start 0 the result is the int 0 when there are no items")
    if t == BOTTOM:
        inf.last_round_wanted = True
    if t == BOOL or (t == BOTTOM and inf.finished):
        t = INT
    if t not in (INT, FLOAT, NUM, BOTTOM):
        raise inf.source.error(a[0], f"sum() of {t} values is not supported")
    st = INT  # the default start, 0
    if start is not None:
        st = inf.expr(start)
        if st == BOOL:
            st = INT
        if st not in (INT, FLOAT, NUM, BOTTOM):  # BOTTOM: not known yet in this round of inference
            raise inf.source.error(start, f"sum() with a start of type {st} is not supported (only numbers)")
        if isinstance(a[0], ast.GeneratorExp) and any(isinstance(n, ast.Call) for n in walk(start)):
            raise inf.source.error(start, "sum() of a generator expression with a computed start is not supported yet; "
                                          "assign the start to a variable first")
    if BOTTOM in (t, st):  # not known yet in this round
        return BOTTOM
    # the start alone when there are no items: sum([]) of a list[float] is the int 0
    return sum_type(t, st, start is None)


def object_sum_type(inf, node, items, start, t: Type, st: ClassT) -> Type:
    """sum(xs, start) of objects (Fractions, timedeltas): the start, then `acc = acc + item` by the class's
    __add__, which must give the start's class again."""
    if isinstance(items, ast.GeneratorExp) and any(isinstance(n, ast.Call) for n in walk(start)):
        raise inf.source.error(start, "sum() of a generator expression with a computed start is not supported yet; "
                                      "assign the start to a variable first")
    if t == BOTTOM:
        return st  # no items known yet (or none at all): the start
    r = inf.binop_dunder(ast.Add(), st, t, node)
    if r not in (st, BOTTOM):
        raise inf.source.error(node, f"sum() whose start ({st}) plus an item ({t}) gives a {r} is not supported yet")
    return st


def seq_name(t: Type) -> str:
    return "tuple" if isinstance(t, (TupleT, VarTupleT)) else "list" if isinstance(t, ListT) else str(t)


def sequence_sum_type(inf, items, start, t: Type, st: Type) -> Type:
    """sum(xss, []) or sum(tss, ()): the start, then each item added with +: a list, or a tuple of any
    length, of the items' items (each item must be a list, or a tuple, as CPython's + requires)."""
    if t == BOTTOM and not inf.finished:
        inf.last_round_wanted = True  # at the fixed point: no items, the start alone
        return BOTTOM  # a later round knows the items
    if isinstance(st, TupleT) or isinstance(st, VarTupleT):
        if t == BOTTOM:
            t = VarTupleT(BOTTOM)
        if not isinstance(t, (TupleT, VarTupleT)):
            raise inf.source.error(items, f'can only concatenate tuple (not "{seq_name(t)}") to tuple')
        parts = list(st.elems) if isinstance(st, TupleT) else [st.elem]
        parts += list(t.elems) if isinstance(t, TupleT) else [t.elem]
        elem: Type = BOTTOM
        for p in parts:
            try:
                elem = join(elem, p)
            except TypeConflict:
                raise inf.source.error(items, f"sum() of tuples whose items are {elem} and {p} is not supported yet")
        return VarTupleT(elem)
    if t == BOTTOM:
        t = ListT(BOTTOM)
    if type(t) is not ListT or not isinstance(st, ListT):
        raise inf.source.error(items, f'can only concatenate list (not "{seq_name(t)}") to list')
    assert isinstance(t, ListT)
    if BOTTOM not in (st.elem, t.elem) and st.elem != t.elem:
        raise inf.source.error(items, f"sum() of lists of {t.elem} onto a list of {st.elem} is not supported yet")
    result = ListT(t.elem if st.elem == BOTTOM else st.elem)
    if result != st:
        inf.widen(start, result)  # `sum(xss, [])`: the empty start holds the items' items
    return result


def sum_lower(b, node, recv, forms):
    t = b.type_of(node)
    if isinstance(t, (ListT, ClassT)):  # lists, tuples and objects: `acc = acc + item`
        return b.sum_sequences(node)
    return b.sum_items(node)


special(BUILTINS, "sum", sum_call_type, sum_lower, checks_arguments=True)


# ---- min(iterable, key=), max(...); min(a, b, ...), max(...)
def check_starred_items(inf, node, name: str, t: Type) -> None:
    """max(*xs) (frontend/star_iterables.py: max over _pyz_minmax_star([*xs], "max")): with one item,
    CPython iterates that item; the helper raises CPython's TypeError for an item that is not
    iterable, and an iterable one is refused here."""
    a = node.args
    if not (len(a) == 1 and isinstance(a[0], ast.Call) and isinstance(a[0].func, ast.Name) and a[0].func.id == MINMAX_STAR):
        return
    inner = t.inner if isinstance(t, OptT) else t
    if inner in (INT, FLOAT, BOOL, NUM, NONE, BOTTOM) or isinstance(inner, ClassT) and not inf.has_method(inner.name, "__iter__") \
            and not inf.has_method(inner.name, "__getitem__"):
        return
    raise inf.source.error(node, f"{name}(*xs) of {t} items is not supported yet (with one item, CPython iterates it); "
                                 f"use {name}(xs)")


def minmax_type(inf, node, recv, rt, forms):
    a = node.args
    name = inf.inst.calls[id(node)].name
    only_keywords(inf, node, name, ("key", "default"))
    keywords = {kw.arg: kw.value for kw in node.keywords}
    if "default" in keywords and len(a) > 1:
        raise inf.source.error(node, f"Cannot specify a default for {name}() with multiple positional arguments")
    if "key" in keywords:
        no_starred(inf, node)
        if len(a) != 1:
            raise inf.source.error(node, f"{name} expected at least 1 argument, got 0" if not a
                                   else f"{name}() of several arguments with key= is not supported yet")
        t = inf.iterable_elem(a[0])
        check_starred_items(inf, node, name, t)
        kt = inf.key_function(keywords["key"], t)
        if ordered_by_items(ast.Lt(), kt, kt) and not kt.has_bottom():  # keys that are tuples of objects: as items below
            inf.check_compare(ast.Gt() if name == "max" else ast.Lt(), kt, kt, node)
        return with_default(inf, node, name, t, keywords.get("default"))
    if not a:
        raise inf.source.error(node, f"{name} expected at least 1 argument, got 0")
    if len(a) == 1:
        t = inf.iterable_elem(a[0], keep=True)
        check_starred_items(inf, node, name, t)
    else:
        t = BOTTOM
        for arg in a:
            at = inf.expr_or_none(arg)
            try:
                t = join(t, at)
            except TypeConflict:
                raise inf.source.error(node, f"{name}() of {t} and {at} is not supported (the result's type would depend on the values); convert one argument")
    if isinstance(t, ClassT):
        inf.dunder(t, "__lt__", (t,))
        if name == "max" and inf.has_method(t.name, "__gt__"):  # max compares item > best: item.__gt__ first
            inf.dunder(t, "__gt__", (t,))
    if ordered_by_items(ast.Lt(), t, t):  # tuples of objects: max compares item > best, min item < best
        if not t.has_bottom():
            inf.check_compare(ast.Gt() if name == "max" else ast.Lt(), t, t, node)
        return with_default(inf, node, name, t, keywords.get("default"))
    if is_orderable(t, inf.ordered_classes()):
        return with_default(inf, node, name, t, keywords.get("default"))
    if isinstance(t, OptT) and t.inner in OPT_ORDERED:
        # items that may be None: compared as values, CPython's TypeError when one is None
        # (lowering: FunctionBuilder.minmax); the result is None only from one item
        return with_default(inf, node, name, t, keywords.get("default"))
    if isinstance(t, OptT):
        raise inf.source.error(node, f"{name}() of {t} values is not supported (items that may be None "
                                     "are supported when the others are int, float, bool or str)")
    raise inf.source.error(node, f"{name}() of {t} values is not supported")


def with_default(inf, node, name: str, t, default):
    """The result of min()/max() with default= (given when there are no items): the items' type
    joined with the default's (`max(xs, default=None)`: an int or None)."""
    if default is None:
        return t
    dt = inf.expr_or_none(default)
    try:
        return join(t, dt)
    except TypeConflict:
        raise inf.source.error(default, f"{name}() of {t} items with a {dt} default is not supported (the result's type"
                               " would depend on the values)")


def min_lower(b, node, recv, forms):
    return b.minmax(node, "min")


def max_lower(b, node, recv, forms):
    return b.minmax(node, "max")


special(BUILTINS, "min", minmax_type, min_lower, checks_arguments=True)
special(BUILTINS, "max", minmax_type, max_lower, checks_arguments=True)


# ---- list(iterable=()), set(iterable=()), tuple(iterable=())
def list_type(inf, node, recv, rt, forms):
    if not node.args:
        return ListT(BOTTOM)
    return ListT(inf.iterable_elem(node.args[0]))


def list_lower(b, node, recv, forms):
    t = b.list_type_of(node)
    if not node.args:
        return b.new_list(t)
    return b.collect(node.args[0], t)


def set_type(inf, node, recv, rt, forms):
    if not node.args:
        return SetT(BOTTOM)
    t = inf.iterable_elem(node.args[0])
    inf.check_hashable(t, node.args[0])
    return SetT(t)


def set_lower(b, node, recv, forms):
    return b.set_from(node)


def tuple_type(inf, node, recv, rt, forms):
    if not node.args:
        return VarTupleT(BOTTOM)
    arg = node.args[0]
    if isinstance(arg, ast.GeneratorExp):
        elem = inf.genexp_elem(arg)
    else:
        t = inf.expr(arg)
        if isinstance(t, TupleT) and t.name:  # tuple(p) of a named tuple: a plain tuple of its items
            return TupleT(t.elems)
        if isinstance(t, (TupleT, VarTupleT)) or t == BOTTOM:
            return t
        elem = inf.items_of(t, arg)
    return VarTupleT(elem)


def tuple_lower(b, node, recv, forms):
    return b.tuple_from(node)


for _name, _typing, _lowering in (("list", list_type, list_lower), ("set", set_type, set_lower),
                                  ("tuple", tuple_type, tuple_lower)):
    function(_name, [param("iterable", ANY, ())], BOTTOM, c="", raises=False)
    special(BUILTINS, _name, _typing, _lowering)


# ---- dict(), dict(mapping), dict(iterable of pairs), each with name=value keywords after
def dict_type(inf, node, recv, rt, forms):
    no_starred(inf, node)
    if len(node.args) > 1:
        raise inf.source.error(node, f"dict expected at most 1 argument, got {len(node.args)}")
    key, value = BOTTOM, BOTTOM
    if node.args:
        arg = node.args[0]
        iterated = isinstance(arg, ast.GeneratorExp) or inf.is_enumerate_or_zip(arg)
        t = inf.iterable_elem(arg) if iterated else inf.expr(arg)
        if t == BOTTOM:
            return BOTTOM
        if isinstance(t, DictT):
            key, value = t.key, t.value
        else:
            elem = t if iterated else inf.iterable_elem(arg)
            if isinstance(elem, TupleT) and len(elem.elems) == 2:
                key, value = elem.elems
            elif elem != BOTTOM:
                raise inf.source.error(arg, f"dict() of {elem} items is not supported yet (it takes a dict, "
                                            f"or an iterable of 2-tuples)")
    for kw in node.keywords:
        if kw.arg is None:
            raise inf.source.error(kw, "** arguments are not supported yet")
        vt = inf.expr(kw.value)
        try:
            key, value = join(key, STR), join(value, vt)
        except TypeConflict:
            raise inf.source.error(kw.value, f"dict() keyword {kw.arg}={vt} does not fit a dict[{key}, {value}]; "
                                             "a dict holds one type of key and of value")
    if value == NONE:
        raise inf.source.error(node, "dicts with None values are not supported yet")
    inf.check_hashable(key, node)
    return DictT(key, value)


def dict_lower(b, node, recv, forms):
    return b.dict_from(node)


special(BUILTINS, "dict", dict_type, dict_lower, checks_arguments=True)
