"""The set methods: declarations, and the pairs for those whose typing does more than check.

A set's functions are rendered per item type from templates/set.c.j2, so `c`
names the template's function with N for the specialisation.  Adding items
(add, update) lets an empty set take its item type from them, and querying
(discard, remove) from what it is queried with; the operations with another
set take any iterable (gathered into a set first), and their result holds
both sides' items (`set() | {1}` is a set[int]): pairs.  CPython's union
family takes any number of others (`*others`); pyzc takes one.
`raises=ITEMS`: only through the items' own __eq__/__hash__ (objects).
"""

from __future__ import annotations

from ..types.model import BOOL, NONE, DictT, Prim, SetT, TypeConflict, join, join_place, key_join
from functools import partial

from .registry import ITEMS, MANY, item, method, param, same, special

ITEM = Prim("<the set's item type>")  # parameters typed by the method's pair, not by the table
ITERABLE = Prim("<an iterable>")


set_method = partial(method, "set", raises=False)

ADD = set_method("add", [param("object", ITEM)], NONE, c="pyz_set_N_add", raises=True,
                 raises_what="MemoryError when the table cannot grow; the items' __eq__")
set_method("discard", [param("object", ITEM)], NONE, c="pyz_set_N_discard", raises=ITEMS,
           raises_what="the items' __eq__")
set_method("remove", [param("object", ITEM)], NONE, c="pyz_set_N_remove", raises=True,
           raises_what="KeyError: the item; the items' __eq__")
_GROWS = "MemoryError when a table cannot grow; the items' __eq__"
for _name in ("union", "intersection", "difference"):  # (*others)
    set_method(_name, [param("other", ITERABLE)], same, c=f"pyz_set_N_{_name}", raises=True, raises_what=_GROWS,
               cpython_min=0, cpython_max=MANY)
for _name in ("update", "intersection_update", "difference_update"):  # (*others)
    set_method(_name, [param("other", ITERABLE)], NONE, c=f"pyz_set_N_{_name}", raises=True, raises_what=_GROWS,
               cpython_min=0, cpython_max=MANY)
set_method("symmetric_difference", [param("other", ITERABLE)], same, c="pyz_set_N_symmetric_difference",
           raises=True, raises_what=_GROWS)
set_method("symmetric_difference_update", [param("other", ITERABLE)], NONE,
           c="pyz_set_N_symmetric_difference_update", raises=True, raises_what=_GROWS)
for _name in ("issubset", "issuperset", "isdisjoint"):
    set_method(_name, [param("other", ITERABLE)], BOOL, c=f"pyz_set_N_{_name}", raises=ITEMS,
               raises_what="the items' __eq__")
set_method("clear", [], NONE, c="pyz_set_N_clear")
set_method("copy", [], same, c="pyz_set_N_copy", raises=True, raises_what="MemoryError")
set_method("pop", [], item, c="pyz_set_N_pop", raises=True, raises_what="KeyError: 'pop from an empty set'")


# ---- add, discard, remove: the item must fit (an empty set takes its type; discard/remove only learn it)
def item_type(inf, node, recv, st, forms):
    arg, name = node.args[0], forms[0].name
    t = inf.expr(arg)
    try:
        new = join_place(st, SetT(key_join(st.elem, t)))
    except TypeConflict:
        raise inf.source.error(arg, f"a {st} cannot hold a {t}", inf.caller_notes(recv))
    inf.check_hashable(new.elem, arg)
    if name == "add":
        inf.widen(recv, new)
    else:
        inf.learn_from_read(recv, st, t)
    return NONE


def item_lower(b, node, recv, forms):
    t = recv.type
    b.call_primitive(forms[0], [recv, b.coerce_num(b.expr(node.args[0], t.elem), t.elem)])
    return b.const(None, NONE)


for _name in ("add", "discard", "remove"):
    special("set", _name, item_type, item_lower)


# ---- the operations with another iterable: its items must fit; the result holds both sides'
def other_type(inf, node, recv, st, forms):
    arg, m = node.args[0], forms[0]
    t = inf.iterable_elem(arg)
    try:
        new = join(st, SetT(t))
    except TypeConflict:
        raise inf.source.error(arg, f"set.{m.name}() of a {st} with {t} items")
    if m.name == "update":
        inf.widen(recv, new)
    else:  # an empty set learns its item type from the other side (`set().union({"a"})`)
        inf.learn_from_read(recv, st, t)
    return m.result_type(new)


def other_lower(b, node, recv, forms):
    t, arg, m = recv.type, node.args[0], forms[0]
    if m.name == "update" and not isinstance(b.inferred(arg), (SetT, DictT)):
        # CPython adds the items of any other iterable one by one (no resize first): the table, and so
        # the print order, is what the same adds give, not what merging a set of them gives
        b.over_items(arg, lambda v: b.call_primitive(ADD, [recv, b.coerce_num(v, t.elem)]))
        return b.const(None, NONE)
    return b.call_primitive(m, [recv, b.as_set(arg, t)])


for _name in ("union", "intersection", "difference", "symmetric_difference", "update", "intersection_update",
              "difference_update", "symmetric_difference_update", "issubset", "issuperset", "isdisjoint"):
    special("set", _name, other_type, other_lower)
