"""The list methods: declarations, and the pairs for those whose typing does more than check.

A list's functions are rendered per item type from templates/list.c.j2, so
`c` names the template's function with N for the specialisation
(pyz_list_N_pop becomes pyz_list_int_pop).  Adding items (append, extend,
insert) lets an empty list take its item type from them, and querying
(index, count, remove) from what it is queried with: that is inference work
no table says, so those are pairs.  `raises=ITEMS`: only through the items'
own __eq__/__lt__ (objects); the template checks after each item operation.
"""

from __future__ import annotations

from ..types.model import (BOOL, BOTTOM, FLOAT, INT, NONE, STR, ClassT, DequeT, ListT, OptT, Prim, TupleT, VarTupleT,
                          any_length_among, comparable_numbers, known_length_of, may_be_none,
                          opt_inner)
from .registry import ITEMS, item, method, param, same, special
from .str_ops import INT64_MAX

ITEM = Prim("<the list's item type>")  # a parameter typed by the method's pair, not by the table


def list_method(name, params, result, *, c, raises=False, raises_what="", arity="", cpython_max=0):
    return method("list", name, params, result, c=c, raises=raises, raises_what=raises_what, arity=arity,
                  cpython_max=cpython_max)


list_method("append", [param("object", ITEM)], NONE, c="pyz_list_N_append", raises=True,
            raises_what="MemoryError when the list cannot grow")
list_method("extend", [param("iterable", ITEM)], NONE, c="pyz_list_N_extend", raises=True,
            raises_what="MemoryError when the list cannot grow")
list_method("insert", [param("index", INT, what="list.insert() index"), param("object", ITEM)], NONE,
            c="pyz_list_N_insert", raises=True, raises_what="MemoryError when the list cannot grow")
list_method("pop", [param("index", INT, -1, what="list.pop() index")], item, c="pyz_list_N_pop", raises=True,
            raises_what="IndexError: pop from empty list / pop index out of range")
list_method("index", [param("value", ITEM), param("start", INT, 0, what="slice indices"),
                      param("stop", INT, INT64_MAX, what="slice indices")], INT, c="pyz_list_N_index", raises=True,
            raises_what="ValueError: x is not in list; the items' __eq__")
list_method("count", [param("value", ITEM)], INT, c="pyz_list_N_count", raises=ITEMS, raises_what="the items' __eq__")
list_method("remove", [param("value", ITEM)], NONE, c="pyz_list_N_remove", raises=True,
            raises_what="ValueError: list.remove(x): x not in list; the items' __eq__")
list_method("sort", [param("reverse", BOOL, False, keyword=True)], NONE, c="pyz_list_N_sort", raises=ITEMS, raises_what="the items' __lt__ or the key's code")
list_method("reverse", [], NONE, c="pyz_list_N_reverse")
list_method("clear", [], NONE, c="pyz_list_N_clear")
list_method("copy", [], same, c="pyz_list_N_copy")


# ---- append, extend, insert: the items added must fit the list (an empty one takes their type)
def append_type(inf, node, recv, lt, forms):
    arg = node.args[0]
    t = inf.expr_or_none(arg)  # a value that may be None is stored as it is (one a test showed is not None, as its value)
    return inf.add_items(recv, lt, t, arg, f"cannot append a {t} to a {lt} (a list holds one type of item: here {lt.elem})")


def append_lower(b, node, recv, forms):
    t = recv.type
    b.call_primitive(forms[0], [recv, b.coerce_num(b.expr(node.args[0], t.elem), t.elem)])
    return b.const(None, NONE)


def extend_type(inf, node, recv, lt, forms):
    t = inf.iterable_elem(node.args[0])
    return inf.add_items(recv, lt, t, node.args[0], f"cannot extend a {lt} with {t} items", items_of=True)


def extend_lower(b, node, recv, forms):
    b.list_extend(recv, node.args[0])  # also recv += src: a list at once, any other iterable item by item
    return b.const(None, NONE)


def insert_type(inf, node, recv, lt, forms):
    a = node.args
    inf.expect(a[0], INT, "list.insert() index")
    t = inf.expr_or_none(a[1])
    return inf.add_items(recv, lt, t, a[1], f"cannot insert a {t} into a {lt}")


def insert_lower(b, node, recv, forms):
    t = recv.type
    idx = b.as_int(b.expr(node.args[0]))
    b.call_primitive(forms[0], [recv, idx, b.coerce_num(b.expr(node.args[1], t.elem), t.elem)])
    return b.const(None, NONE)


special("list", "append", append_type, append_lower)
special("list", "extend", extend_type, extend_lower)
special("list", "insert", insert_type, insert_lower)


# ---- index, count, remove (of a list or a deque): the value must be comparable with the items; an empty
# list learns its type
def query_type(inf, node, recv, lt, forms):
    a, elem = node.args, lt.elem
    for bound in a[1:]:  # index(x, start, stop)
        inf.expect(bound, INT, "slice indices")
    t = inf.expr_keep(a[0]) if isinstance(elem, OptT) else inf.expr_or_none(a[0])
    if isinstance(elem, OptT) and (t in (NONE, elem) or is_among(t.inner if isinstance(t, OptT) else t, elem.inner)):
        inf.learn_from_read(recv, lt, t)  # among values that may be None
        return forms[0].result_type(lt)
    if t == NONE and elem != BOTTOM and not may_be_none(elem):  # None among values that are not: equal to none
        return forms[0].result_type(lt)
    if isinstance(t, OptT):  # a value that may be None among values that are not: None equals none of them
        t = t.inner
    if t != BOTTOM and elem != BOTTOM and not is_among(t, elem):
        raise inf.source.error(a[0], f"{forms[0].receiver}.{forms[0].name}() of a {t} in a {lt} is not supported")
    if isinstance(elem, ClassT):  # compared by the items' __eq__
        inf.derived_dunders(elem, ("__eq__",), node)
    inf.learn_from_read(recv, lt, t)
    return forms[0].result_type(lt)


def is_among(t, elem) -> bool:
    """Whether a t may be looked for among items of type elem (query_lower converts it)."""
    return t == elem or comparable_numbers(t, elem) or known_length_of(t, elem) or any_length_among(t, elem) \
        or isinstance(t, ClassT) and isinstance(elem, ClassT) and elem.name in (t.name,) + t.ancestors


def query_lower(b, node, recv, forms):
    t = recv.type
    v = b.expr(node.args[0])
    a = node.args
    bounds = []
    if forms[0].name == "index" and forms[0].receiver in ("list", "tuple"):  # index(x, start, stop): a slice's bounds
        bounds = [b.index_arg(a[1] if len(a) > 1 else None, 0), b.index_arg(a[2] if len(a) > 2 else None, INT64_MAX)]
    m, result = forms[0], forms[0].result_type(t)
    if v.type == NONE and not may_be_none(t.elem):
        return not_found(b, m, t, result, v)
    if isinstance(v.type, OptT) and not may_be_none(t.elem):
        # None is equal to none of the items: what CPython does when it finds no item equal to x
        return b.opt_case(v, result, lambda: not_found(b, m, t, result, b.const(None, NONE)),
                          lambda x: query(b, node, forms, recv, x, bounds))
    return query(b, node, forms, recv, v, bounds)


def query(b, node, forms, recv, v, bounds):
    t = recv.type
    m, result = forms[0], forms[0].result_type(t)
    if isinstance(v.type, VarTupleT) and isinstance(opt_inner(t.elem), TupleT):  # a tuple of any length among pairs
        return b.as_fixed_tuple(v, opt_inner(t.elem), result, lambda: not_found(b, m, t, result, v),
                                lambda pair: query(b, node, forms, recv, pair, bounds))
    v = b.coerce_num(v, t.elem)
    if t.elem == INT and v.type == FLOAT:
        raise b.source.error(node, f"{t}.{forms[0].name}() of a float is not supported yet")
    return b.call_primitive(forms[0], [recv, v] + bounds)


def not_found(b, m, t, result, v):
    """xs.index(v), xs.count(v), xs.remove(v) where v is of a type no item of xs can equal (None among
    values, a tuple among tuples of another length): CPython's result when no item is equal."""
    if m.name == "count":
        return b.const(0, INT)
    if isinstance(t, VarTupleT):
        message = b.const("tuple.index(x): x not in tuple", STR)
    elif isinstance(t, ListT) and m.name == "remove":
        message = b.const("list.remove(x): x not in list", STR)
    else:  # index of a list, index and remove of a deque
        where = " is not in deque" if isinstance(t, DequeT) else " is not in list"
        message = b.rt("pyz_str_concat", [b.repr_of(v), b.const(where, STR)], STR)
    b.raise_message("ValueError", message)
    return b.zero(result) if result != NONE else b.const(None, NONE)


for _name in ("index", "count", "remove"):
    special("list", _name, query_type, query_lower)

# A tuple of any length (types/model.VarTupleT) is a list that nothing changes: its two methods are a list's
# queries, and index's ValueError is a tuple's.
method("tuple", "index", [param("value", ITEM), param("start", INT, 0, what="slice indices"),
                          param("stop", INT, INT64_MAX, what="slice indices")], INT, c="pyz_list_N_tuple_index",
       raises=True, raises_what="ValueError: tuple.index(x): x not in tuple; the items' __eq__")
method("tuple", "count", [param("value", ITEM)], INT, c="pyz_list_N_count", raises=ITEMS, raises_what="the items' __eq__")
for _name in ("index", "count"):
    special("tuple", _name, query_type, query_lower)


# ---- sort(*, key=None, reverse=False): keyword-only, shared with sorted()
def sort_type(inf, node, recv, lt, forms):
    inf.no_keywords(node, "list.sort", ("reverse", "key"))
    if node.args:
        raise inf.source.error(node, "sort() takes no positional arguments")
    inf.sort_keywords(node, lt.elem, "sort()", node)
    return NONE


def sort_lower(b, node, recv, forms):
    b.sort_list(recv, node)
    return b.const(None, NONE)


special("list", "sort", sort_type, sort_lower, checks_arguments=True)
