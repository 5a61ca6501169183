"""Builtin functions of iterators: iter, next, reversed, enumerate, zip.

iter(xs) of a list or str is a SeqIterT (a PyzIter over it: runtime_c
pyz_iter_new); of another iterable, a call of the program's generator _pyz_iter
(frontend/iter_calls.py); next(it[, default]) steps it, the builder's next_item writing
the branch to StopIteration or the default.  Their rows give CPython's arity
and keyword errors; iter(callable, sentinel) is "not supported yet".

reversed(), enumerate() and zip() are only iterated: the builder walks them
where they are (FunctionBuilder.cursor: reversed_cursor, enumerate_cursor,
zip_cursor), and inference types enumerate and zip there too
(Inferencer.tuple_iteration), since the tuples they yield are unpacked in
place.  A call reaching the pairs here is one used as a value: reversed is
typed as an iterator (then only iterated), enumerate and zip are refused.
"""

from __future__ import annotations

import ast

from ..types.model import (BOTTOM, FILE, INT, ITER, NONE, RANGE, STR, ClassT, DequeT, DictT, GenT, GenU, ListT, SeqIterT, SetT,
                           TupleT, TypeConflict, ViewT, join, join_items, no_value_has)
from ..frontend.iter_calls import HIDDEN_ARGS, ITER as ITER_GENERATOR, MUTATIONS, view_call, view_helper
from .builtin_ops import ANY
from .registry import BUILTINS, POSITIONAL, function, method, param, runtime_helper, special

# ---- iter(object): CPython's iter(callable, sentinel) is not supported
method(BUILTINS, "iter", [param("object", ANY)], BOTTOM, c="", raises=False, cpython_max=2)
ITER_NEW = runtime_helper("pyz_iter_new", [param("seq", ANY)], BOTTOM, raises=False)


def iter_type(inf, node, recv, rt, forms):
    t = inf.expr(node.args[0])
    if isinstance(t, (SeqIterT, GenT, GenU)) or t == BOTTOM:  # an iterator is its own iterator
        return t
    if isinstance(t, ClassT):  # its __iter__
        return inf.iterator_of(t, node.args[0])
    if isinstance(t, ListT) or t == STR:
        return SeqIterT(t)
    view = view_call(node.args[0]) if isinstance(t, ViewT) else None
    if view is not None and view_helper(view) in inf.program.functions:  # iter(d.items()): a generator given d
        return inf.helper_call(node, view_helper(view), [node.args[0].func.value])
    if ITER_GENERATOR in inf.program.functions:  # a range, tuple, dict...: walked by a generator (frontend/iter_calls.py)
        return inf.helper_call(node, ITER_GENERATOR, [node.args[0], made_with(node)])
    raise inf.source.error(node.args[0], f"iter() of a {t} is not supported yet")


def made_with(node: ast.Call) -> ast.expr:
    """The argument of _pyz_iter(x, since) that the front end added to iter(x) (frontend/iter_calls.py), or -1."""
    if getattr(node, HIDDEN_ARGS, 0):
        return node.args[1]
    if not hasattr(node, "pyzc_no_since"):  # one node for every round of inference and for lowering
        setattr(node, "pyzc_no_since", ast.copy_location(ast.Constant(value=-1), node))
    return getattr(node, "pyzc_no_since")


def iter_lower(b, node, recv, forms):
    v = b.expr(node.args[0])
    if isinstance(v.type, (SeqIterT, GenT, GenU)):
        return v
    if isinstance(v.type, ClassT):
        return b.iterated_object(v)
    if isinstance(v.type, ListT):
        b.mb.use_list(v.type)
    return b.call_primitive(ITER_NEW, [v], SeqIterT(v.type))


special(BUILTINS, "iter", iter_type, iter_lower)


# ---- _pyz_mutations(x): what an iterator over a deque takes from it when it is made, where pyzc walks the deque
# in a generator (iter(d), reversed(d) held: frontend/iter_calls.py, genexp_functions.py), which begins only at
# the first next(): the deque's count of changes, doubled, plus 1 if it is empty (FunctionBuilder.deque_cursor
# compares the count, and reversed() of a deque empty when it was made stops at once); -1 for any other value
def mutations_type(inf, node, recv, rt, forms):
    inf.expr(node.args[0])
    return INT


def mutations_lower(b, node, recv, forms):
    return b.deque_mutations(b.expr(node.args[0]))


special(BUILTINS, MUTATIONS, mutations_type, mutations_lower, checks_arguments=True)  # (only the front end writes it)


# ---- next(iterator[, default])
function("next", [param("iterator", ANY), param("default", ANY, None)], BOTTOM, c="", raises=False)


def next_type(inf, node, recv, rt, forms):
    t = inf.expr(node.args[0])
    if t == BOTTOM:
        return BOTTOM
    if isinstance(t, (GenT, GenU)):
        elem = inf.generator_items(t, node.args[0])
    elif t == FILE:  # a text file is its own iterator: its lines
        elem = STR
    elif isinstance(t, ClassT):
        nxt = inf.dunder(t, "__next__", ())
        if nxt is None:
            raise inf.source.error(node.args[0], f"'{t}' object is not an iterator")
        elem = nxt
    elif not isinstance(t, SeqIterT):
        raise inf.source.error(node.args[0], f"'{t}' object is not an iterator" if not isinstance(t, (ListT, DictT, SetT)) and t != STR
                               else f"'{'str' if t == STR else type(t).__name__[:-1].lower()}' object is not an iterator")
    else:
        elem = t.elem
    if len(node.args) == 2:
        d = inf.expr(node.args[1])
        if no_value_has(elem) and elem != BOTTOM:  # iter(d.items()) of a dict never filled: only the default
            return d
        try:  # next(it, None): the item or None (an OptT), as a place of its own
            return join(elem, d) if d == NONE else join_items(elem, d)
        except TypeConflict:
            raise inf.source.error(node.args[1], f"next()'s default must have the iterator's item type {elem}, not {d}")
    return elem


def next_lower(b, node, recv, forms):
    return b.next_item(node)


special(BUILTINS, "next", next_type, next_lower)


# ---- reversed(sequence)
function("reversed", [param("sequence", ANY)], ITER, c="", raises=False, arity=POSITIONAL)


def reversed_type(inf, node, recv, rt, forms):
    arg = node.args[0]
    t = inf.expr(arg)
    if isinstance(t, (ListT, TupleT, DictT, ViewT, DequeT)) or t in (STR, RANGE, BOTTOM):
        return ITER  # (a dict and its views: from the last entry, CPython 3.8's dictreviter)
    if isinstance(t, ClassT) and (inf.has_method(t.name, "__reversed__") or inf.has_method(t.name, "__getitem__")):
        how = "__reversed__" if inf.has_method(t.name, "__reversed__") else "__len__ and __getitem__"
        raise inf.source.error(arg, f"reversed() of a '{t}' object (through its {how}) is not supported yet")
    raise inf.source.error(arg, f"'{t}' object is not reversible")


def iterated_only(b, node, recv, forms):
    raise b.source.error(node, f"{b.inst.calls[id(node)].name}() is supported where it is iterated (for loops, comprehensions, "
                               "list(), sorted()...) for now")


special(BUILTINS, "reversed", reversed_type, iterated_only)


# ---- enumerate(iterable, start=0), zip(*iterables): typed where they are iterated
def not_iterated(inf, node, recv, rt, forms):
    raise inf.source.error(node, f"{inf.inst.calls[id(node)].name}() is supported where it is iterated (for loops, comprehensions, "
                                 "list(), sorted()...) for now")


special(BUILTINS, "enumerate", not_iterated, iterated_only, checks_arguments=True)
special(BUILTINS, "zip", not_iterated, iterated_only, checks_arguments=True)
