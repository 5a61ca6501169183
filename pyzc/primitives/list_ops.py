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

from ..types.model import BOOL, BOTTOM, FLOAT, INT, NONE, ClassT, OptT, Prim, comparable_numbers
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
    t = inf.expr_keep(arg)  # a value that may be None is stored as it is
    return inf.add_items(recv, lt, t, arg, f"cannot append a {t} to a {lt}")


def append_lower(b, node, recv, forms):
    t = recv.type
    b.call_primitive(forms[0], [recv, b.coerce_num(b.expr(node.args[0], t.elem), t.elem)])
    return b.const(None, NONE)


def extend_type(inf, node, recv, lt, forms):
    t = inf.iterable_elem(node.args[0])
    return inf.add_items(recv, lt, t, node.args[0], f"cannot extend a {lt} with {t} items")


def extend_lower(b, node, recv, forms):
    b.list_extend(recv, node.args[0])  # also recv += src: a list at once, any other iterable item by item
    return b.const(None, NONE)


def insert_type(inf, node, recv, lt, forms):
    a = node.args
    inf.expect(a[0], INT, "list.insert() index")
    t = inf.expr_keep(a[1])
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
    t = inf.expr_keep(a[0]) if isinstance(elem, OptT) else inf.expr(a[0])
    if isinstance(elem, OptT) and t in (elem.inner, NONE, elem):  # among values that may be None
        inf.learn_from_read(recv, lt, t)
        return forms[0].result_type(lt)
    if t != BOTTOM and elem != BOTTOM and t != elem and not comparable_numbers(t, elem) \
            and not (isinstance(t, ClassT) and isinstance(elem, ClassT) and elem.name in (t.name,) + t.ancestors):
        raise inf.source.error(a[0], f"{forms[0].receiver}.{forms[0].name}() of a {t} in a {lt} is not supported")
    inf.learn_from_read(recv, lt, t)
    return forms[0].result_type(lt)


def query_lower(b, node, recv, forms):
    t = recv.type
    v = b.coerce_num(b.expr(node.args[0]), t.elem)
    if t.elem == INT and v.type == FLOAT:
        raise b.source.error(node, f"{t}.{forms[0].name}() of a float is not supported yet")
    if forms[0].name == "index" and forms[0].receiver in ("list", "tuple"):  # index(x, start, stop): a slice's bounds
        a = node.args
        return b.call_primitive(forms[0], [recv, v, b.index_arg(a[1] if len(a) > 1 else None, 0),
                                           b.index_arg(a[2] if len(a) > 2 else None, INT64_MAX)])
    return b.call_primitive(forms[0], [recv, v])


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
