"""itertools' iterators and functools.reduce: registered pairs, each checking its own arguments.

- An itertools function gives an `IterT`: iteration-only (like range()), its
  element type known.  Its pair's cursor rule says how to walk it where it is
  iterated (the builder's cursors, ir/build_stdlib.py); its lowering rule, for
  a use as a value, refuses.  A yielded tuple's length is static where the r of
  permutations/combinations (product's repeat) is a constant; where it is computed
  when the program runs, the tuples are `tuple[T, ...]` (VarTupleT).
- repeat gives one value (times times, or forever); cycle keeps the items of its first
  pass in a list, as CPython does, and replays them.
- zip_longest calls each iterable until it is exhausted, never again after that, as CPython's.
- groupby reads each group whole when its (key, group) pair is made: the group is a
  list_iterator over a list of its items, emptied when groupby advances (as CPython's group
  is: a stored group, or the rest of one, reads nothing after that).  CPython's group reads
  the items lazily: only a source with effects (printing as it yields) shows the difference.
- islice, takewhile and dropwhile wrap the cursor of their iterable (a generator,
  another itertools iterator...), so they read it only as far as CPython does.
- `functools.reduce(f, xs[, init])` and `itertools.accumulate(xs, f)` take a
  lambda of two parameters (the front end turns a function name into one:
  frontend/check.py fold_function_arg), inlined where it is applied, as key=
  lambdas are (fold_function types it, the builder's fold_step lowers it).
"""

from __future__ import annotations

import ast

from ..diagnostics import article
from ..types.model import BOOL, BOTTOM, FLOAT, INT, NONE, STR, IterT, ListT, SeqIterT, TupleT, Type, TypeConflict, VarTupleT, join
from .registry import module_special


def static_int(node) -> int | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        v = static_int(node.operand)
        return -v if v is not None else None
    return None


def static_len(node) -> int | None:
    """The length of a literal list, tuple or string, known at compile time."""
    if isinstance(node, (ast.List, ast.Tuple)) and not any(isinstance(e, ast.Starred) for e in node.elts):
        return len(node.elts)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return len(node.value)
    return None


def iterated_only(b, node, recv, forms):
    raise b.source.error(node, f"itertools.{node.func.attr}() is supported where it is iterated (for loops, "
                               f"comprehensions, list(), sorted()...) for now")


def iterator(name: str, typing, cursor) -> None:
    module_special("itertools", name, typing, iterated_only, checks_arguments=True, cursor=cursor)


# ------------------------------------------------------------ count(start, step): numbers, stepped lazily
def count_type(inf, node, recv, rt, forms) -> Type:
    inf.no_keywords(node, "itertools.count", ("start", "step"))
    inf.nargs(node, "itertools.count", 0, 2)
    args = list(node.args) + [kw.value for kw in node.keywords]
    t = INT
    for arg in args:
        at = inf.expr(arg)
        if at == FLOAT:
            t = FLOAT
        elif at not in (INT, BOOL, BOTTOM):
            raise inf.source.error(arg, f"itertools.count() takes numbers, not {at}")
    if node.keywords and node.args and len(node.args) + len(node.keywords) > 2:
        raise inf.source.error(node, "itertools.count() takes at most start and step")
    return IterT("count", t)


iterator("count", count_type, lambda b, node, t: b.count_cursor(node, t))


# ------------------------------------------------------------ chain(*iterables): one item type
def chain_type(inf, node, recv, rt, forms) -> Type:
    inf.no_keywords(node, "itertools.chain")
    t: Type = BOTTOM
    for arg in node.args:
        et = inf.iterable_elem(arg)
        try:
            t = join(t, et)
        except TypeConflict:
            raise inf.source.error(arg, f"itertools.chain() of {t} and {et} items is not supported (one item type)")
    return IterT("chain", t)


iterator("chain", chain_type, lambda b, node, t: b.chain_cursor(node, t))


# ------------------------------------------------------------ islice(it, stop) / islice(it, start, stop[, step])
def islice_type(inf, node, recv, rt, forms) -> Type:
    inf.no_keywords(node, "itertools.islice")
    if not 2 <= len(node.args) <= 4:
        raise inf.source.error(node, "islice expected 2 arguments, got 1" if len(node.args) < 2 else
                               f"islice expected at most 4 arguments, got {len(node.args)}")
    elem = inf.iterable_elem(node.args[0])
    for a in node.args[1:]:
        if isinstance(a, ast.Constant) and a.value is None:
            inf.set_type(a, NONE)
            continue
        t = inf.expr(a)
        if t not in (INT, BOOL, BOTTOM):
            raise inf.source.error(a, f"islice() arguments must be ints or None here, not {t}")
    return IterT("islice", elem)


iterator("islice", islice_type, lambda b, node, t: b.islice_cursor(node, t))


# ------------------------------------------------------------ repeat(object[, times]), cycle(iterable)
def repeat_type(inf, node, recv, rt, forms) -> Type:
    inf.no_keywords(node, "itertools.repeat", ("object", "times"))
    args = list(node.args) + [kw.value for kw in node.keywords]
    if not 1 <= len(args) <= 2:
        raise inf.source.error(node, f"repeat expected at most 2 arguments, got {len(args)}" if args else
                               "repeat() missing required argument 'object' (pos 1)")
    if node.keywords and node.keywords[0].arg == "object" and len(node.keywords) == 2 and node.keywords[1].arg == "times":
        pass
    elif node.keywords and (node.keywords[0].arg == "object" or len(node.args) > 1):
        raise inf.source.error(node, "itertools.repeat() takes its object first and times after it")
    elem = inf.expr(args[0])
    if len(args) == 2:
        inf.expect(args[1], INT, "itertools.repeat() times")
    return IterT("repeat", elem)


iterator("repeat", repeat_type, lambda b, node, t: b.repeat_cursor(node, t))


def cycle_type(inf, node, recv, rt, forms) -> Type:
    inf.no_keywords(node, "itertools.cycle")
    if len(node.args) != 1:
        raise inf.source.error(node, f"cycle expected 1 argument, got {len(node.args)}")
    return IterT("cycle", inf.iterable_elem(node.args[0]))


iterator("cycle", cycle_type, lambda b, node, t: b.cycle_cursor(node, t))


# ------------------------------------------------------------ zip_longest(*iterables, fillvalue=None)
def zip_longest_type(inf, node, recv, rt, forms) -> Type:
    inf.no_keywords(node, "itertools.zip_longest", ("fillvalue",))
    if any(isinstance(a, ast.Starred) for a in node.args):
        raise inf.source.error(node, "starred arguments are not supported yet")
    if not node.args:
        raise inf.source.error(node, "itertools.zip_longest() yielding empty tuples is not supported yet")
    fill_node = next((kw.value for kw in node.keywords), None)
    fill = NONE if fill_node is None else inf.expr_keep(fill_node)
    elems = []
    for a in node.args:
        et = inf.iterable_elem(a)
        try:  # the fill value stands for a missing item: a place holding both (None: an OptT)
            elems.append(join(et, fill) if et != BOTTOM else fill)
        except TypeConflict:
            raise inf.source.error(fill_node or node, f"itertools.zip_longest() of {et} items with {article(fill)} fill value is not supported (one type per position)")
    return IterT("zip_longest", TupleT(tuple(elems)))


iterator("zip_longest", zip_longest_type, lambda b, node, t: b.zip_longest_cursor(node, t))


# ------------------------------------------------------------ takewhile(pred, it), dropwhile(pred, it)
def while_type(name: str):
    def typing(inf, node, recv, rt, forms) -> Type:
        inf.no_keywords(node, f"itertools.{name}")
        if len(node.args) != 2:
            raise inf.source.error(node, f"{name} expected 2 arguments, got {len(node.args)}")
        pred, items = node.args
        elem = inf.iterable_elem(items)
        if not (isinstance(pred, ast.Lambda) and len(pred.args.args) == 1):
            raise inf.source.error(pred, f"itertools.{name}() takes a lambda of one parameter for now ({name}(lambda x: ..., xs))")
        inf.assign_var(pred.args.args[0].arg, elem, pred)
        inf.set_type(pred, inf.expr(pred.body))
        return IterT(name, elem)
    return typing


for _name in ("takewhile", "dropwhile"):
    iterator(_name, while_type(_name), lambda b, node, t, kind=_name: b.while_cursor(node, t, kind))


# ------------------------------------------------------------ pairwise(iterable): overlapping pairs
def pairwise_type(inf, node, recv, rt, forms) -> Type:
    inf.no_keywords(node, "itertools.pairwise")
    if len(node.args) != 1 or isinstance(node.args[0], ast.Starred):
        raise inf.source.error(node, f"pairwise expected 1 argument, got {len(node.args)}")
    elem = inf.iterable_elem(node.args[0])
    return IterT("pairwise", TupleT((elem, elem)))


iterator("pairwise", pairwise_type, lambda b, node, t: b.pairwise_cursor(node, t))


# ------------------------------------------------------------ filterfalse, compress, starmap
# are generator expressions (frontend/itertools_genexps.py); what reaches inference was not rewritten
def not_rewritten(name: str, takes: str):
    def typing(inf, node, recv, rt, forms) -> Type:
        raise inf.source.error(node, f"itertools.{name}() {takes}")
    return typing


for _name, _takes in (("filterfalse", "takes two arguments: a lambda of one parameter, a function name or None, and an iterable"),
                      ("compress", "takes two arguments, data and selectors, by position"),
                      ("starmap", "takes a lambda or a function of the program, and an iterable, for now "
                                  "(a builtin's call with a spread tuple is not supported)")):
    iterator(_name, not_rewritten(_name, _takes), lambda b, node, t: None)


# ------------------------------------------------------------ groupby(iterable, key=None): (key, group) pairs
def groupby_key(node):
    """groupby's key function node (positional or key=), or None for the items themselves."""
    fn = node.args[1] if len(node.args) > 1 else next((kw.value for kw in node.keywords if kw.arg == "key"), None)
    return None if isinstance(fn, ast.Constant) and fn.value is None else fn


def groupby_type(inf, node, recv, rt, forms) -> Type:
    """Each group is a list_iterator over the group's items: the builder reads a whole group when
    its pair is made (ir/build_stdlib.py groupby_cursor)."""
    inf.no_keywords(node, "itertools.groupby", ("iterable", "key"))
    args = list(node.args) + [kw.value for kw in node.keywords]
    if any(isinstance(a, ast.Starred) for a in node.args):
        raise inf.source.error(node, "starred arguments are not supported yet")
    if not 1 <= len(args) <= 2:
        raise inf.source.error(node, f"groupby() takes at most 2 arguments ({len(args)} given)" if args else
                               "groupby() missing required argument 'iterable' (pos 1)")
    items = node.args[0] if node.args else next(kw.value for kw in node.keywords if kw.arg == "iterable")
    if node.keywords and node.keywords[0].arg == "iterable" and len(node.args) > 0:
        raise inf.source.error(node, "argument for groupby() given by name ('iterable') and position (1)")
    elem = inf.iterable_elem(items)
    fn = groupby_key(node)
    if fn is None:
        kt = elem
    else:
        if not (isinstance(fn, ast.Lambda) and len(fn.args.args) == 1):
            raise inf.source.error(fn, "itertools.groupby() takes a key lambda of one parameter or a function name for now")
        inf.assign_var(fn.args.args[0].arg, elem, fn)
        kt = inf.expr(fn.body)
        inf.set_type(fn, kt)
    return IterT("groupby", TupleT((kt, SeqIterT(ListT(elem)))))


iterator("groupby", groupby_type, lambda b, node, t: b.groupby_cursor(node, t))


# ------------------------------------------------------------ product, permutations, combinations: tuples
def product_type(inf, node, recv, rt, forms) -> Type:
    inf.no_keywords(node, "itertools.product", ("repeat",))
    if any(isinstance(a, ast.Starred) for a in node.args):
        raise inf.source.error(node, "starred arguments are not supported yet")
    repeat = 1
    for kw in node.keywords:
        given = static_int(kw.value)
        if given is None:  # computed when it runs: tuples of that length, of the one iterable's items
            inf.expect(kw.value, INT, "itertools.product() repeat")
            if len(node.args) != 1:
                raise inf.source.error(kw.value, "itertools.product() with a repeat computed at run time takes one iterable, for now")
            return IterT("product", VarTupleT(inf.iterable_elem(node.args[0])))
        if given < 0:
            raise inf.source.error(kw.value, "repeat argument cannot be negative")
        repeat = given
    elems = tuple(inf.iterable_elem(a) for a in node.args) * repeat
    if not elems:
        raise inf.source.error(node, "itertools.product() yielding empty tuples is not supported yet")
    return IterT("product", TupleT(elems))


iterator("product", product_type, lambda b, node, t: b.product_cursor(node, t))


def choice_size(inf, node, name: str) -> int | None:
    """The r of permutations()/combinations() when it is known at compile time (the tuples then have
    that static length); None when it is computed when the program runs (tuples of any length)."""
    r_node = node.args[1] if len(node.args) > 1 else next((kw.value for kw in node.keywords if kw.arg == "r"), None)
    if r_node is None and name == "permutations":
        return static_len(node.args[0])
    if r_node is None:
        raise inf.source.error(node, f"{name}() missing required argument 'r' (pos 2)")
    if isinstance(r_node, ast.Constant) and r_node.value is None and name == "permutations":
        inf.set_type(r_node, NONE)
        return static_len(node.args[0])
    inf.expect(r_node, INT, f"itertools.{name}() r")
    r = static_int(r_node)
    if r is not None and r < 0:
        raise inf.source.error(r_node, "r must be non-negative")
    return r if r else None  # r=0 yields one empty tuple: a tuple of any length holds it


def choice_type(name: str):
    def typing(inf, node, recv, rt, forms) -> Type:
        inf.no_keywords(node, f"itertools.{name}", ("r",))
        inf.nargs(node, f"itertools.{name}", 1, 2)
        elem = inf.iterable_elem(node.args[0])
        r = choice_size(inf, node, name)
        return IterT(name, VarTupleT(elem) if r is None else TupleT((elem,) * r))
    return typing


for _name in ("permutations", "combinations", "combinations_with_replacement"):
    iterator(_name, choice_type(_name), lambda b, node, t, kind=_name: b.choice_cursor(node, t, kind))


# ------------------------------------------------------------ folds: accumulate(xs[, func], initial=), reduce
def join_acc(inf, acc: Type, t: Type, where) -> Type:
    try:
        return join(acc, t)
    except TypeConflict:
        if {acc, t} <= {INT, FLOAT, BOOL}:
            return FLOAT if FLOAT in (acc, t) else INT
        raise inf.source.error(where, f"the accumulated value would be {acc} and {t}; it must keep one type")


def fold_function(inf, fn, acc: Type, elem: Type) -> Type:
    """f(acc, item) -> acc for reduce()/accumulate(): a lambda of two parameters; returns the accumulator type."""
    if not isinstance(fn, ast.Lambda):
        raise inf.source.error(fn, "the function must be a lambda or a function defined in this file")
    a, b = fn.args.args
    inf.assign_var(b.arg, elem, fn)
    inf.assign_var(a.arg, acc, fn)
    acc_t = inf.inst.var_types.get(a.arg, acc)
    body = inf.expr(fn.body)
    if body != BOTTOM:
        new = join_acc(inf, acc_t, body, fn.body)
        inf.assign_var(a.arg, new, fn)
        acc_t = new
    inf.set_type(fn, acc_t)
    return acc_t


def accumulate_type(inf, node, recv, rt, forms) -> Type:
    inf.no_keywords(node, "itertools.accumulate", ("func", "initial"))
    inf.nargs(node, "itertools.accumulate", 1, 2)
    elem = inf.iterable_elem(node.args[0])
    fn = node.args[1] if len(node.args) > 1 else next((kw.value for kw in node.keywords if kw.arg == "func"), None)
    init = next((kw.value for kw in node.keywords if kw.arg == "initial"), None)
    acc = elem
    if init is not None:
        it = inf.expr(init)
        if fn is None and BOTTOM not in (it, elem) and it != elem:
            # the first item is printed as it is, the others are sums: one type only
            raise inf.source.error(init, f"itertools.accumulate() with initial {it} over {elem} items is not supported yet (give initial the items' type)")
        acc = it if fn is not None or elem == BOTTOM else elem
    if fn is None:
        if acc not in (INT, FLOAT, STR, BOTTOM) and not isinstance(acc, ListT):
            raise inf.source.error(node, f"itertools.accumulate() of {acc} items without a func is not supported yet")
        return IterT("accumulate", acc)
    return IterT("accumulate", fold_function(inf, fn, acc, elem))


iterator("accumulate", accumulate_type, lambda b, node, t: b.accumulate_cursor(node, t))


def reduce_type(inf, node, recv, rt, forms) -> Type:
    inf.no_keywords(node, "functools.reduce")
    inf.nargs(node, "functools.reduce", 2, 3)
    elem = inf.iterable_elem(node.args[1])
    acc = elem if len(node.args) == 2 else inf.expr(node.args[2])
    return fold_function(inf, node.args[0], acc, elem)


def reduce_lower(b, node, recv, forms):
    return b.reduce(node)


module_special("functools", "reduce", reduce_type, reduce_lower, checks_arguments=True)
