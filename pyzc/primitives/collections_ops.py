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

from ..types.model import (BOOL, BOTTOM, DEFAULTDICT_FN, FLOAT, INT, STR, DequeT, DictT, ListT, SetT, Type, TypeConflict, join_items,
                           refines)
from ..types.typed_program import ResultT
from .iterable_ops import dict_type
from .registry import module_special

# defaultdict factories: the value type a missing key gets
FACTORIES = {"int": INT, "float": FLOAT, "str": STR, "bool": BOOL, "list": ListT(BOTTOM), "set": SetT(BOTTOM),
             "dict": DictT(BOTTOM, BOTTOM)}


def factory_function(inf, f):
    """The program's function a defaultdict factory names: `lambda: [0, 0]` or a module-level `def`
    without parameters, reading no variable of the function that makes the defaultdict; else None."""
    if isinstance(f, ast.Lambda):
        func = inf.program.functions.get(inf.program.lambdas.get(id(f), ""))
    elif isinstance(f, ast.Name) and not inf.is_variable_name(f.id):
        func = inf.program.functions.get(f.id)
        if func is not None and func.enclosing is not None:
            return None
    else:
        return None
    if func is None or func.params or func.vararg or func.kwarg or func.kwonly or func.kind != "function":
        return None
    return func


def factory_result(inf, node, func) -> Type:
    """What a factory function returns, as the defaultdict made at node holds it: where the program fills
    the value the factory makes (`defaultdict(lambda: defaultdict(int))`, then `d[n][w] += 1`), the
    factory's instance returns the filled type (ResultT; factory_instance finds it)."""
    t = inf.call_instance(func, (), None).return_type
    place = inf.places.get((inf.inst.key, id(node))) if inf.places else None
    if isinstance(place, DictT) and place.value != t and t != BOTTOM and refines(place.value, t):
        t = inf.call_instance(func, (ResultT(place.value),), None).return_type
    return t


def factory_instance(instances, t: DictT) -> tuple:
    """The key of the instance of t's factory function whose result is t's value (factory_result)."""
    name = t.kind[len(DEFAULTDICT_FN):]
    plain = (name, ())
    return plain if plain not in instances or instances[plain].return_type == t.value else (name, (ResultT(t.value),))


def defaultdict_type(inf, node, recv, rt, forms) -> Type:
    """defaultdict(factory) and defaultdict(factory, mapping): the factory one of FACTORIES, None (a
    dict whose missing keys raise KeyError, as a plain dict's do, printed as a defaultdict), or a
    function of the program without parameters (factory_function)."""
    inf.no_keywords(node, "defaultdict")
    if len(node.args) not in (1, 2):
        raise inf.source.error(node, "defaultdict() takes the factory (int, float, str, bool, list, set, dict or None) and, optionally, a dict to copy")
    f = node.args[0]
    value: Type
    func = factory_function(inf, f)
    if isinstance(f, ast.Constant) and f.value is None:
        factory, value = "None", BOTTOM
    elif (isinstance(f, ast.Name) and f.id in FACTORIES and not inf.is_variable_name(f.id)
            and f.id not in inf.program.functions and f.id not in inf.program.classes):
        factory, value = f.id, FACTORIES[f.id]
    elif func is not None:
        factory, value = DEFAULTDICT_FN[len("defaultdict:"):] + func.name, factory_result(inf, node, func)
    else:
        raise inf.source.error(f, "a defaultdict factory other than int, float, str, bool, list, set, dict, None or a function"
                                  " taking no arguments (`lambda: [0, 0]`) is not supported yet")
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


def ordereddict_type(inf, node, recv, rt, forms) -> Type:
    """OrderedDict(), OrderedDict(mapping), OrderedDict(pairs), with name=value keywords: dict()'s."""
    t = dict_type(inf, node, recv, rt, forms)
    return t if not isinstance(t, DictT) else DictT(t.key, t.value, "OrderedDict")


def ordereddict_lower(b, node, recv, forms):
    t = b.list_type_of(node)
    d = b.new_container(t)
    if node.args:
        arg = node.args[0]
        store = lambda kv: b.dict_store(d, b.tuple_get(kv, 0), b.tuple_get(kv, 1))  # noqa: E731
        if isinstance(b.inferred(arg), DictT):  # a mapping: its items, in its order
            b.run_cursor(b.hash_cursor(b.expr(arg), "items"), store)
        else:
            b.over_items(arg, store)
    for kw in node.keywords:
        b.dict_store(d, b.const(kw.arg, STR), b.expr(kw.value, t.value))
    return d


module_special("collections", "OrderedDict", ordereddict_type, ordereddict_lower, checks_arguments=True)


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
