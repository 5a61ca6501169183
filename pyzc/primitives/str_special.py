"""The str methods a table row cannot say: each a typing rule beside its lowering rule.

A typing rule gets (inferencer, call, receiver node, receiver type, forms) and
returns the call's type, or None to leave the call to the generic rule; a
lowering rule gets (builder, call, receiver value, forms) and returns the
value, or None likewise.  Both use only the inferencer's and builder's public
helpers, so this module imports no IR.
"""

from __future__ import annotations

import ast

from ..types.model import BOOL, BOTTOM, INT, NONE, STR, ListT, OptT, TupleT
from .registry import special
from .str_ops import INT64_MAX


# ---- sep.join(iterable): a list goes to pyz_str_join; a display of up to 8 strs is one concatenation
# with sep between them; a generator or any other iterable is joined item by item into one string
# builder, with no list in between
def join_type(inf, node, recv, rt, forms):
    arg = node.args[0]
    elem = inf.iterable_elem(arg)
    if elem in (OptT(STR), NONE) and isinstance(inf.inst.expr_types.get(id(arg)), ListT):
        return STR  # strs that may be None, or Nones (a list that may still take strs): checked (join_lower)
    if elem not in (STR, BOTTOM):
        raise inf.source.error(arg, f"sequence item 0: expected str instance, {elem} found")
    return STR


def join_lower(b, node, recv, forms):
    arg = node.args[0]
    at = b.inst.expr_types.get(id(arg))
    if isinstance(at, ListT) and at.elem == BOTTOM and not isinstance(arg, ast.GeneratorExp):
        b.expr(arg)  # nothing is ever stored in it (`f()` of `def f(*parts)`)
        return b.const("", STR)
    elts = arg.elts if isinstance(arg, (ast.List, ast.Tuple)) else None
    if elts and len(elts) <= 8 and all(b.inst.expr_types.get(id(e)) == STR for e in elts):
        return b.join_display(recv, elts)  # `"|".join([a, b, c])`: one concatenation, no list
    if isinstance(at, ListT) and isinstance(at.elem, OptT):  # CPython's TypeError for the first None
        return b.join_items(recv, arg, checked=True)
    if isinstance(at, ListT) and at.elem == NONE:  # nothing but None: the TypeError unless it is empty
        return b.join_nones(arg)
    if isinstance(at, ListT) and not isinstance(arg, ast.GeneratorExp):
        return b.call_primitive(forms[0], [recv, b.expr(arg)])
    return b.join_items(recv, arg)


special("str", "join", join_type, join_lower)


# ---- s.startswith((a, b), start, end): true when any prefix matches; with a str, the table's entry
def affix_type(inf, node, recv, rt, forms):
    a = node.args
    first = inf.expr(a[0])
    if not isinstance(first, TupleT):
        return None
    name = forms[0].name
    for t in first.elems:
        if t not in (STR, BOTTOM):
            raise inf.source.error(a[0], f"tuple for {name} must only contain str, not {t}")
    for arg in a[1:]:
        if isinstance(arg, ast.Constant) and arg.value is None:
            inf.expr(arg)
        else:
            inf.expect(arg, INT, "slice indices")
    return BOOL


def affix_lower(b, node, recv, forms):
    a = node.args
    if not isinstance(b.inst.expr_types.get(id(a[0])), TupleT):
        return None
    first = b.expr(a[0])
    start = b.index_arg(a[1] if len(a) > 1 else None, 0)
    end = b.index_arg(a[2] if len(a) > 2 else None, INT64_MAX)
    ranged = forms[-1]  # the start/end form: its runtime function tests one prefix
    result = b.const(False, BOOL)
    for i in range(len(first.type.elems)):
        hit = b.call_primitive(ranged, [recv, b.tuple_get(first, i), start, end])
        result = b.prim("bool_or", [result, hit], BOOL)
    return result


special("str", "startswith", affix_type, affix_lower)
special("str", "endswith", affix_type, affix_lower)


# ---- s.partition(sep): the runtime gives [head, sep, tail], which becomes the tuple
def partition_lower(b, node, recv, forms):
    parts = b.call_primitive(forms[0], [recv, b.expr(node.args[0])], ListT(STR))
    return b.make_tuple([b.list_get(parts, b.const(i, INT)) for i in range(3)])


special("str", "partition", None, partition_lower)
special("str", "rpartition", None, partition_lower)
