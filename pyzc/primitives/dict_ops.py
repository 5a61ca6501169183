"""The dict methods (a defaultdict's too), and the Counter methods that differ from a dict's.

A dict's functions are rendered per key and value type from templates/dict.c.j2,
so `c` names the template's function with N for the specialisation
(pyz_dict_N_get_default becomes pyz_dict_str__int_get_default); a Counter or
defaultdict shares its dict's functions.  Looking a key up (get, setdefault,
pop) lets an empty dict learn its key type, and a default its value type
(`d.setdefault(k, []).append(x)`): pairs.  keys/values/items give a view that
is only iterated, lowered where it is (a `for` over d.items() walks the
table); anywhere else it is refused.  Counter's most_common and total are
written out in IR by the builder (no runtime function: c="").
`raises=ITEMS`: only through the keys' own __eq__/__hash__ (objects).
"""

from __future__ import annotations

import ast

from ..diagnostics import article
from ..types.model import BOOL, BOTTOM, INT, NONE, NUMBERS, ClassT, DictT, ListT, OptT, Prim, SetT, TupleT, TypeConflict, ViewT, can_be_optional, join, join_item, optional
from .collections_ops import counted_elem
from .registry import ITEMS, PYTHON, method, param, same, special

KEY = Prim("<the dict's key type>")  # parameters typed by the method's pair, not by the table
VALUE = Prim("<the dict's value type>")
MAPPING = Prim("<a dict>")
ITERABLE = Prim("<an iterable>")


def dict_method(name, params, result, *, c, raises=False, raises_what="", receiver="dict", **kw):
    return method(receiver, name, params, result, c=c, raises=raises, raises_what=raises_what, **kw)


def _value(t):
    return t.value


def _view(kind):
    return lambda t: ViewT(kind, t)


for _name in ("keys", "values", "items"):
    dict_method(_name, [], _view(_name), c="")
dict_method("get", [param("key", KEY), param("default", VALUE, None)], _value, c="pyz_dict_N_get_default",
            raises=ITEMS, raises_what="the keys' __eq__")
dict_method("setdefault", [param("key", KEY), param("default", VALUE, None)], _value, c="pyz_dict_N_setdefault",
            raises=True, raises_what="MemoryError when the table cannot grow; the keys' __eq__")
dict_method("pop", [param("key", KEY)], _value, c="pyz_dict_N_pop", raises=True,
            raises_what="KeyError: the key; the keys' __eq__")
dict_method("pop", [param("key", KEY), param("default", VALUE)], _value, c="pyz_dict_N_pop_default", raises=ITEMS,
            raises_what="the keys' __eq__")
dict_method("update", [param("other", MAPPING, None)], NONE, c="pyz_dict_N_update", raises=True,
            raises_what="MemoryError when the table cannot grow; the keys' __eq__", cpython_kwargs=True)
dict_method("clear", [], NONE, c="pyz_dict_N_clear")
dict_method("copy", [], same, c="pyz_dict_N_copy", raises=True, raises_what="MemoryError")
# d.popitem(): the last item, written out in IR by the builder (`dict_popitem`: read the item, then remove it;
# KeyError 'popitem(): dictionary is empty' from pyz_dict_N_last_pos, a call that raises)
dict_method("popitem", [], lambda t: TupleT((t.key, t.value)), c="")

dict_method("most_common", [param("n", INT, None, keyword=True, none=True)], lambda t: ListT(TupleT((t.key, INT))),
            c="", receiver="Counter", arity=PYTHON)
dict_method("total", [], INT, c="", receiver="Counter", arity=PYTHON)
# OrderedDict: move_to_end(key, last=True), popitem(last=True) (the last item, or the first)
dict_method("move_to_end", [param("key", KEY), param("last", BOOL, True, keyword=True)], NONE, c="pyz_dict_N_move_to_end",
            raises=True, raises_what="KeyError: the key; MemoryError; the keys' __eq__", receiver="OrderedDict")
dict_method("popitem", [param("last", BOOL, True, keyword=True)], lambda t: TupleT((t.key, t.value)), c="",
            receiver="OrderedDict")
dict_method("update", [param("iterable", ITERABLE, None)], NONE, c="", receiver="Counter", arity=PYTHON,
            cpython_kwargs=True)


# ---- keys, values, items: only where they are iterated (for loops, list(), sorted(), sum()...)
def view_lower(b, node, recv, forms):
    raise b.source.error(node, f"d.{forms[0].name}() is supported where it is iterated (for loops, list(), sorted(), "
                               f"sum()...) for now")


for _name in ("keys", "values", "items"):
    special("dict", _name, None, view_lower)


# ---- get, setdefault, pop: the key must fit the keys (an empty dict learns them), the default the values
def lookup_type(inf, node, recv, dt, forms):
    a, name = node.args, forms[0].name
    kt = inf.key_arg(a[0], dt, f"dict.{name}()")
    inf.learn_from_read(recv, dt, kt)
    if len(a) == 2:
        vt = inf.expr(a[1]) if name == "setdefault" else inf.expr_keep(a[1])  # get/pop may give a None default back
        if name != "setdefault" and dt.value in NUMBERS and vt in NUMBERS and dt.value != vt:
            # d.get(k, float("inf")) of int values: an int or a float, as it happens (a number of several types)
            return join(dt.value, vt)
        try:  # (key_arg has checked a known key type: a bool key of an int dict is an int key)
            new = join(dt, DictT(kt if dt.key == BOTTOM else dt.key, join_item(dt.value, vt), dt.kind))
        except TypeConflict:
            opt = optional(dt.value, vt) if name != "setdefault" and (vt == NONE or isinstance(vt, OptT)) else None
            if opt is not None:  # d.get(k, None), d.pop(k, None): the value or None, as d.get(k) (the dict keeps its type)
                return opt
            raise inf.source.error(a[1], f"the default must be {article(dt.value)} (the dict's values), not {vt}")
        if name == "setdefault" or (isinstance(vt, (ListT, DictT, SetT)) and new != dt):
            inf.widen(recv, new)
        return new.value
    if name == "get":  # None for a missing key
        if dt.value == BOTTOM or isinstance(dt.value, (ClassT, OptT)):  # not known yet; a place that holds None already
            return dt.value
        if can_be_optional(dt.value):
            return OptT(dt.value)
    if name != "pop":
        raise inf.source.error(node, f"dict.{name}(key) without a default can return None, which is not supported yet; "
                                     f"give a default: d.{name}(key, default)")
    return dt.value


def lookup_lower(b, node, recv, forms):
    t, a = recv.type, node.args
    args = [recv, b.key_value(b.expr(a[0]), t.key)]
    rt = b.type_of(node)
    if len(a) == 2 and rt != t.value and forms[0].name != "setdefault":  # numbers of another type as the default
        dflt = b.coerce_num(b.expr(a[1]), rt)
        return b.dict_lookup(recv, args[1], rt, lambda v: b.coerce_num(v, rt), lambda: dflt, take=forms[0].name == "pop")
    if len(a) == 2:
        args.append(b.coerce_num(b.expr(a[1], t.value), t.value))
    elif forms[0].name == "get":  # d.get(key): the value, or None for a missing key
        if isinstance(t.value, (ClassT, OptT)):  # None is one of the values already
            return b.call_primitive(forms[0], args + [b.const(None, t.value)])
        opt = OptT(t.value)
        return b.dict_lookup(recv, args[1], opt, lambda v: b.coerce_num(v, opt), lambda: b.const(None, opt))
    return b.call_primitive(forms[-1] if len(a) == 2 else forms[0], args)


for _name in ("get", "setdefault", "pop"):
    special("dict", _name, lookup_type, lookup_lower)


# ---- update: the other dict's items must fit (an empty dict takes their types)
def update_type(inf, node, recv, dt, forms):
    if not node.args:
        return NONE
    arg = node.args[0]
    t = inf.expr(arg)
    if isinstance(t, DictT) and dt.kind:  # a defaultdict takes a plain dict's items
        t = DictT(t.key, t.value, dt.kind)
    try:
        new = join(dt, t)
    except TypeConflict:
        raise inf.source.error(arg, f"cannot update a {dt} with a {t}")
    inf.widen(recv, new)
    return NONE


def update_lower(b, node, recv, forms):
    if node.args:
        b.call_primitive(forms[0], [recv, b.expr(node.args[0], recv.type)])
    return b.const(None, NONE)


special("dict", "update", update_type, update_lower)


# ---- Counter: update counts an iterable's items; most_common and total are loops over the table
def counter_update_type(inf, node, recv, dt, forms):
    if not node.args:
        return NONE
    elem = counted_elem(inf, node.args[0])
    try:
        new = join(dt, DictT(elem, INT, "Counter"))
    except TypeConflict:
        raise inf.source.error(node.args[0], f"cannot count {elem} items in a {dt}")
    inf.widen(recv, new)
    at = inf.inst.expr_types.get(id(node.args[0]))
    if isinstance(at, DictT):  # c.update(mapping): the mapping's keys are c's
        inf.widen(node.args[0], DictT(new.key, at.value, at.kind))
    return NONE


def counter_update_lower(b, node, recv, forms):
    if node.args:
        b.count_into(recv, node.args[0])
    return b.const(None, NONE)


def most_common_lower(b, node, recv, forms):
    n = node.args[0] if node.args else None
    if isinstance(n, ast.Constant) and n.value is None:
        n = None
    return b.counter_most_common(recv, n)


def total_lower(b, node, recv, forms):
    return b.counter_total(recv)


special("dict", "popitem", None, lambda b, node, recv, forms: b.dict_popitem(recv))
special("Counter", "update", counter_update_type, counter_update_lower)


def last_arg(inf, node, name: str):
    """The `last` argument of OrderedDict.move_to_end and popitem (its position, or the keyword), or None."""
    at = 1 if name == "move_to_end" else 0
    arg = node.args[at] if len(node.args) > at else next((k.value for k in node.keywords if k.arg == "last"), None)
    if arg is not None and inf.expr(arg) != BOOL:
        raise inf.source.error(arg, f"OrderedDict.{name}(last=...) of other than a bool is not supported yet")
    return arg


def move_to_end_type(inf, node, recv, dt, forms):
    kt = inf.key_arg(node.args[0], dt, "OrderedDict.move_to_end()")
    inf.learn_from_read(recv, dt, kt)
    last_arg(inf, node, "move_to_end")
    return NONE


def od_last_value(b, node, name: str):
    at = 1 if name == "move_to_end" else 0
    arg = node.args[at] if len(node.args) > at else next((k.value for k in node.keywords if k.arg == "last"), None)
    return b.const(True, BOOL) if arg is None else b.expr(arg)


def move_to_end_lower(b, node, recv, forms):
    b.call_primitive(forms[0], [recv, b.key_value(b.expr(node.args[0]), recv.type.key), od_last_value(b, node, "move_to_end")])
    return b.const(None, NONE)


def od_popitem_type(inf, node, recv, dt, forms):
    last_arg(inf, node, "popitem")
    return TupleT((dt.key, dt.value))


special("OrderedDict", "move_to_end", move_to_end_type, move_to_end_lower)
special("OrderedDict", "popitem", od_popitem_type,
        lambda b, node, recv, forms: b.dict_popitem(recv, od_last_value(b, node, "popitem")))
special("Counter", "most_common", None, most_common_lower)
special("Counter", "total", None, total_lower)
