"""The collections.deque methods: declarations, and the pairs for those whose typing does more than check.

A deque's functions are rendered per item type from templates/deque.c.j2, so
`c` names the template's function with N for the specialisation.  Adding
items (append, appendleft, extend, extendleft) lets an empty deque take its
item type from them; extend and extendleft are loops the builder writes out
(c=""), over a snapshot when a deque extends itself.  count, index and remove
share the list's pair.  `raises=ITEMS`: only through the items' own __eq__.
"""

from __future__ import annotations

import ast

from ..types.model import INT, NONE, DequeT, Prim, TypeConflict, join, join_item
from .list_ops import query_lower, query_type
from functools import partial

from .registry import ITEMS, PARSE_TUPLE, QUALIFIED, item, method, param, same, special

ITEM = Prim("<the deque's item type>")  # parameters typed by the method's pair, not by the table
ITERABLE = Prim("<an iterable>")


deque_method = partial(method, "deque", raises=False)

for _name in ("append", "appendleft"):
    deque_method(_name, [param("x", ITEM)], NONE, c=f"pyz_deque_N_{_name}", raises=True,
                 raises_what="MemoryError when the deque cannot grow")
for _name in ("extend", "extendleft"):
    deque_method(_name, [param("iterable", ITERABLE)], NONE, c="")
for _name in ("pop", "popleft"):
    deque_method(_name, [], item, c=f"pyz_deque_N_{_name}", raises=True, raises_what="IndexError: pop from an empty deque")
deque_method("rotate", [param("n", INT, 1)], NONE, c="pyz_deque_N_rotate", raises=True, arity=QUALIFIED,
             raises_what="MemoryError (its scratch copy)")
deque_method("clear", [], NONE, c="pyz_deque_N_clear")
deque_method("reverse", [], NONE, c="pyz_deque_N_reverse")
deque_method("copy", [], same, c="pyz_deque_N_copy", raises=True, raises_what="MemoryError")
deque_method("count", [param("value", ITEM)], INT, c="pyz_deque_N_count", raises=ITEMS, raises_what="the items' __eq__")
deque_method("index", [param("value", ITEM)], INT, c="pyz_deque_N_index", raises=True, arity=PARSE_TUPLE,
             cpython_max=3, raises_what="ValueError: x is not in deque; the items' __eq__")
deque_method("remove", [param("value", ITEM)], NONE, c="pyz_deque_N_remove", raises=True,
             raises_what="ValueError: x not in deque; the items' __eq__")


# ---- append, appendleft, extend, extendleft: the items must fit (an empty deque takes their type)
def add_items(inf, recv, dq, t, where, items_of: bool = False):
    try:
        new = join(dq, DequeT(join_item(dq.elem, t)))
    except TypeConflict:
        raise inf.source.error(where, f"a {dq} cannot hold a {t}")
    inf.widen(recv, new)
    assert isinstance(new, DequeT)
    # an empty list inside the items takes its type too (`d.append((1, []))`)
    inf.unify(where.elts if items_of and isinstance(where, (ast.List, ast.Tuple, ast.Set)) else [] if items_of else [where], new.elem)
    return NONE


def append_type(inf, node, recv, dq, forms):
    arg = node.args[0]
    t = inf.expr(arg)
    if t == NONE:
        raise inf.source.error(arg, "deques of None are not supported yet")
    return add_items(inf, recv, dq, t, arg)


def append_lower(b, node, recv, forms):
    t = recv.type
    b.call_primitive(forms[0], [recv, b.coerce_num(b.expr(node.args[0], t.elem), t.elem)])
    return b.const(None, NONE)


def extend_type(inf, node, recv, dq, forms):
    return add_items(inf, recv, dq, inf.iterable_elem(node.args[0]), node.args[0], items_of=True)


def extend_lower(b, node, recv, forms):
    b.deque_extend(recv, node.args[0], "append" if forms[0].name == "extend" else "appendleft")
    return b.const(None, NONE)


for _name in ("append", "appendleft"):
    special("deque", _name, append_type, append_lower)
for _name in ("extend", "extendleft"):
    special("deque", _name, extend_type, extend_lower)
for _name in ("count", "index", "remove"):
    special("deque", _name, query_type, query_lower)
