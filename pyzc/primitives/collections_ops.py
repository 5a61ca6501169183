"""The collections constructors: defaultdict(factory), Counter([iterable]) and deque([iterable[, maxlen]]).

Their types are generic over the arguments, so each is a registered pair that
checks its own arguments (with pyzc's messages, naming what is supported).

- `Counter` and `defaultdict` are dicts (`DictT` with a `kind`) sharing the
  dict's C functions; they differ in a missing-key read (Counter: 0, not
  inserted; defaultdict: factory() inserted, ir/build_stdlib.py dict_load) and
  in their repr.  A factory is one of the builtin types in FACTORIES.  Inside
  other containers they keep their kind: codegen/naming.py gives list[Counter]
  its own specialisation, whose items print as Counters.
- `deque` is `DequeT`, a ring buffer (templates/deque.c.j2), made by the
  builder's new_deque.
Their methods are dict_ops.py's (Counter's own too) and deque_ops.py's.
"""

from __future__ import annotations

import ast

from ..types.model import BOOL, BOTTOM, FLOAT, INT, STR, DequeT, DictT, ListT, SetT, Type, TypeConflict, join_items
from .registry import module_special

# defaultdict factories: the value type a missing key gets
FACTORIES = {"int": INT, "float": FLOAT, "str": STR, "bool": BOOL, "list": ListT(BOTTOM), "set": SetT(BOTTOM),
             "dict": DictT(BOTTOM, BOTTOM)}


def defaultdict_type(inf, node, recv, rt, forms) -> Type:
    """defaultdict(factory) and defaultdict(factory, mapping): the factory one of FACTORIES, or None (a
    dict whose missing keys raise KeyError, as a plain dict's do, printed as a defaultdict)."""
    inf.no_keywords(node, "defaultdict")
    if len(node.args) not in (1, 2):
        raise inf.source.error(node, "defaultdict() takes the factory (int, float, str, bool, list, set, dict or None) and, optionally, a dict to copy")
    f = node.args[0]
    value: Type
    if isinstance(f, ast.Constant) and f.value is None:
        factory, value = "None", BOTTOM
    elif (isinstance(f, ast.Name) and f.id in FACTORIES and not inf.is_variable_name(f.id)
            and f.id not in inf.program.functions and f.id not in inf.program.classes):
        factory, value = f.id, FACTORIES[f.id]
    else:
        raise inf.source.error(f, "a defaultdict factory other than int, float, str, bool, list, set, dict or None is not supported yet")
    key: Type = BOTTOM
    if len(node.args) == 2:  # the items of a dict, copied
        m = inf.expr(node.args[1])
        if not isinstance(m, DictT):
            raise inf.source.error(node.args[1], f"defaultdict() of a {m} is not supported yet (a dict is)")
        key = m.key
        try:
            value = join_items(value, m.value)
        except TypeConflict:
            raise inf.source.error(node.args[1], f"a defaultdict({factory}) of a {m}: its values and the factory's differ")
    return DictT(key, value, "defaultdict:" + factory)


def defaultdict_lower(b, node, recv, forms):
    d = b.new_container(b.list_type_of(node))
    if len(node.args) == 2:
        b.run_cursor(b.hash_cursor(b.expr(node.args[1]), "items"),
                     lambda kv: b.dict_store(d, b.tuple_get(kv, 0), b.tuple_get(kv, 1)))
    return d


module_special("collections", "defaultdict", defaultdict_type, defaultdict_lower, checks_arguments=True)


def counted_elem(inf, arg) -> Type:
    """The item type of what Counter(arg) and c.update(arg) count."""
    if not isinstance(arg, ast.GeneratorExp):
        t = inf.expr(arg)
        if isinstance(t, DictT):  # a mapping of counts: its keys, each with its count added
            if t.value not in (INT, BOTTOM):
                raise inf.source.error(arg, f"Counter() of a {t} is not supported (the counts must be ints)")
            inf.check_hashable(t.key, arg)
            return t.key
    elem = inf.iterable_elem(arg)
    inf.check_hashable(elem, arg)
    return elem


def counter_type(inf, node, recv, rt, forms) -> Type:
    inf.no_keywords(node, "Counter")
    inf.nargs(node, "Counter", 0, 1)
    if not node.args:
        return DictT(BOTTOM, INT, "Counter")
    return DictT(counted_elem(inf, node.args[0]), INT, "Counter")


def counter_lower(b, node, recv, forms):
    c = b.new_container(b.list_type_of(node))
    if node.args:
        b.count_into(c, node.args[0])
    return c


module_special("collections", "Counter", counter_type, counter_lower, checks_arguments=True)


def deque_type(inf, node, recv, rt, forms) -> Type:
    inf.no_keywords(node, "deque", ("maxlen",))
    inf.nargs(node, "deque", 0, 2)
    maxlen = [kw.value for kw in node.keywords] + node.args[1:]
    if len(maxlen) > 1:
        raise inf.source.error(node, "deque() got multiple values for argument 'maxlen'")
    for m in maxlen:
        if not (isinstance(m, ast.Constant) and m.value is None):
            inf.expect(m, INT, "deque() maxlen")
    if not node.args:
        return DequeT(BOTTOM)
    return DequeT(inf.iterable_elem(node.args[0]))


def deque_lower(b, node, recv, forms):
    maxlen = node.args[1] if len(node.args) > 1 else next((kw.value for kw in node.keywords), None)
    if isinstance(maxlen, ast.Constant) and maxlen.value is None:
        maxlen = None
    return b.new_deque(b.list_type_of(node), maxlen, node.args[0] if node.args else None)


module_special("collections", "deque", deque_type, deque_lower, checks_arguments=True)
