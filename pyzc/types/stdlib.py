"""Type rules for the standard modules built into the compiler: collections, itertools, functools.

A mixin of the `Inferencer` (types/infer.py).  These are not Python modules
the compiler reads: their types are generic over the element types, so they
are types of the model.

- `collections.Counter` and `collections.defaultdict(factory)` are dicts
  (`DictT` with a `kind`) sharing the dict's C functions; they differ in a
  missing-key read (Counter: 0, not inserted; defaultdict: factory() inserted)
  and in their repr.  A factory is one of the builtin types below.  Inside
  other containers they keep their kind: codegen/naming.py gives list[Counter]
  its own specialisation, whose items print as Counters.
- `collections.deque` is `DequeT`, a ring buffer (templates/deque.c.j2).
- itertools functions give an `IterT`: iteration-only (like range()), its
  element type known; a yielded tuple's length must be static, so the r of
  permutations/combinations and the repeat of product are constants.
- `functools.reduce(f, xs[, init])` and `itertools.accumulate(xs, f)` take a
  lambda of two parameters (the front end turns a function name into one,
  see frontend/symbols.py), inlined where it is applied as key= lambdas are.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from .model import (BOOL, BOTTOM, FLOAT, INT, STR, DequeT, DictT, ListT, SetT, TupleT, Type, TypeConflict,
                    join)

STDLIB_MODULES = ("collections", "itertools", "functools")

# defaultdict factories: the value type a missing key gets
FACTORIES = {"int": INT, "float": FLOAT, "str": STR, "bool": BOOL, "list": ListT(BOTTOM), "set": SetT(BOTTOM),
             "dict": DictT(BOTTOM, BOTTOM)}


@dataclass(frozen=True)
class IterT(Type):
    """An itertools iterator: only iterated (for loops, comprehensions, list(), sorted(), sum()...)."""
    kind: str
    elem: Type

    def __str__(self):
        return f"itertools.{self.kind}"


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


class StdlibRules:
    def stdlib_call(self, node: ast.Call, module: str, attr: str) -> Type:
        handler = getattr(self, f"{module}_{attr}", None)
        if handler is None:
            raise self.source.error(node, f"{module}.{attr}() is not supported yet")
        return handler(node)

    def stdlib_attribute(self, node: ast.Attribute):
        raise self.source.error(node, f"{node.value.id}.{node.attr} is supported only when called ({node.value.id}.{node.attr}(...))")

    # ------------------------------------------------------------ collections
    def collections_defaultdict(self, node: ast.Call) -> Type:
        self.no_keywords(node, "defaultdict")
        if len(node.args) != 1:
            raise self.source.error(node, "defaultdict() takes one argument here: the factory (int, float, str, bool, list, set or dict)")
        f = node.args[0]
        if not (isinstance(f, ast.Name) and f.id in FACTORIES and not self.is_variable_name(f.id)
                and f.id not in self.program.functions and f.id not in self.program.classes):
            raise self.source.error(f, "a defaultdict factory other than int, float, str, bool, list, set or dict is not supported yet")
        return DictT(BOTTOM, FACTORIES[f.id], "defaultdict:" + f.id)

    def collections_Counter(self, node: ast.Call) -> Type:
        self.no_keywords(node, "Counter")
        self.nargs(node, "Counter", 0, 1)
        if not node.args:
            return DictT(BOTTOM, INT, "Counter")
        elem = self.counted_elem(node.args[0])
        return DictT(elem, INT, "Counter")

    def counted_elem(self, arg) -> Type:
        if not isinstance(arg, ast.GeneratorExp):
            t = self.expr(arg)
            if isinstance(t, DictT):  # a mapping of counts: its keys, each with its count added
                if t.value not in (INT, BOTTOM):
                    raise self.source.error(arg, f"Counter() of a {t} is not supported (the counts must be ints)")
                self.check_hashable(t.key, arg)
                return t.key
        elem = self.iterable_elem(arg)
        self.check_hashable(elem, arg)
        return elem

    def collections_deque(self, node: ast.Call) -> Type:
        self.no_keywords(node, "deque", ("maxlen",))
        self.nargs(node, "deque", 0, 2)
        maxlen = [kw.value for kw in node.keywords] + node.args[1:]
        if len(maxlen) > 1:
            raise self.source.error(node, "deque() got multiple values for argument 'maxlen'")
        for m in maxlen:
            if not (isinstance(m, ast.Constant) and m.value is None):
                self.expect(m, INT, "deque() maxlen")
        if not node.args:
            return DequeT(BOTTOM)
        return DequeT(self.iterable_elem(node.args[0]))

    def dict_missing_key(self, node, ct: DictT, it: Type):
        """d[k] on a Counter or defaultdict: the key may be new, so its type comes from here too."""
        if ct.kind and it != BOTTOM:
            try:
                new = join(ct, DictT(it, ct.value, ct.kind))
            except TypeConflict:
                return
            self.check_hashable(new.key, node.slice)
            self.widen(node.value, new)

    # ------------------------------------------------------------ itertools
    def iter_args(self, node, name: str, lo: int, hi: int, keywords=()) -> list[Type]:
        self.no_keywords(node, f"itertools.{name}", keywords)
        self.nargs(node, f"itertools.{name}", lo, hi)
        return [self.iterable_elem(a) for a in node.args[:1]]

    def itertools_count(self, node) -> Type:
        self.no_keywords(node, "itertools.count", ("start", "step"))
        self.nargs(node, "itertools.count", 0, 2)
        args = list(node.args) + [kw.value for kw in node.keywords]
        t = INT
        for arg in args:
            at = self.expr(arg)
            if at == FLOAT:
                t = FLOAT
            elif at not in (INT, BOOL, BOTTOM):
                raise self.source.error(arg, f"itertools.count() takes numbers, not {at}")
        if node.keywords and node.args and len(node.args) + len(node.keywords) > 2:
            raise self.source.error(node, "itertools.count() takes at most start and step")
        return IterT("count", t)

    def itertools_chain(self, node) -> Type:
        self.no_keywords(node, "itertools.chain")
        t = BOTTOM
        for arg in node.args:
            et = self.iterable_elem(arg)
            try:
                t = join(t, et)
            except TypeConflict:
                raise self.source.error(arg, f"itertools.chain() of {t} and {et} items is not supported (one item type)")
        return IterT("chain", t)

    def itertools_product(self, node) -> Type:
        self.no_keywords(node, "itertools.product", ("repeat",))
        if any(isinstance(a, ast.Starred) for a in node.args):
            raise self.source.error(node, "starred arguments are not supported yet")
        repeat = 1
        for kw in node.keywords:
            repeat = static_int(kw.value)
            if repeat is None or repeat < 0:
                raise self.source.error(kw.value, "itertools.product() repeat must be a constant non-negative integer (the tuples' length must be known at compile time)")
        elems = tuple(self.iterable_elem(a) for a in node.args) * repeat
        if not elems:
            raise self.source.error(node, "itertools.product() yielding empty tuples is not supported yet")
        return IterT("product", TupleT(elems))

    def choice_size(self, node, name: str) -> int:
        """The static r of permutations()/combinations()."""
        r_node = node.args[1] if len(node.args) > 1 else next((kw.value for kw in node.keywords if kw.arg == "r"), None)
        if r_node is None and name == "permutations":
            n = static_len(node.args[0])
            if n is None:
                raise self.source.error(node, "itertools.permutations() needs a constant r here (the tuples' length must be known at compile time): permutations(xs, r)")
            return n
        if r_node is None:
            raise self.source.error(node, "combinations() missing required argument 'r' (pos 2)")
        self.expect(r_node, INT, f"itertools.{name}() r")
        r = static_int(r_node)
        if r is None:
            raise self.source.error(r_node, f"itertools.{name}() r must be a constant integer (the tuples' length must be known at compile time)")
        if r < 0:
            raise self.source.error(r_node, "r must be non-negative")
        if r == 0:
            raise self.source.error(r_node, f"itertools.{name}() yielding empty tuples (r=0) is not supported yet")
        return r

    def itertools_permutations(self, node) -> Type:
        elem = self.iter_args(node, "permutations", 1, 2, ("r",))[0]
        return IterT("permutations", TupleT((elem,) * self.choice_size(node, "permutations")))

    def itertools_combinations(self, node) -> Type:
        elem = self.iter_args(node, "combinations", 1, 2, ("r",))[0]
        return IterT("combinations", TupleT((elem,) * self.choice_size(node, "combinations")))

    def itertools_accumulate(self, node) -> Type:
        self.no_keywords(node, "itertools.accumulate", ("func", "initial"))
        self.nargs(node, "itertools.accumulate", 1, 2)
        elem = self.iterable_elem(node.args[0])
        fn = node.args[1] if len(node.args) > 1 else next((kw.value for kw in node.keywords if kw.arg == "func"), None)
        init = next((kw.value for kw in node.keywords if kw.arg == "initial"), None)
        acc = elem
        if init is not None:
            it = self.expr(init)
            if fn is None and BOTTOM not in (it, elem) and it != elem:
                # the first item is printed as it is, the others are sums: one type only
                raise self.source.error(init, f"itertools.accumulate() with initial {it} over {elem} items is not supported yet (give initial the items' type)")
            acc = it if fn is not None or elem == BOTTOM else elem
        if fn is None:
            if acc not in (INT, FLOAT, STR, BOTTOM) and not isinstance(acc, ListT):
                raise self.source.error(node, f"itertools.accumulate() of {acc} items without a func is not supported yet")
            return IterT("accumulate", acc)
        return IterT("accumulate", self.fold_function(fn, acc, elem))

    def join_acc(self, acc: Type, t: Type, where) -> Type:
        try:
            return join(acc, t)
        except TypeConflict:
            if {acc, t} <= {INT, FLOAT, BOOL}:
                return FLOAT if FLOAT in (acc, t) else INT
            raise self.source.error(where, f"the accumulated value would be {acc} and {t}; it must keep one type")

    def fold_function(self, fn, acc: Type, elem: Type) -> Type:
        """f(acc, item) -> acc for reduce()/accumulate(): a lambda of two parameters; returns the accumulator type."""
        if not isinstance(fn, ast.Lambda):
            raise self.source.error(fn, "the function must be a lambda or a function defined in this file")
        a, b = fn.args.args
        self.assign_var(b.arg, elem, fn)
        self.assign_var(a.arg, acc, fn)
        acc_t = self.inst.var_types.get(a.arg, acc)
        body = self.expr(fn.body)
        if body != BOTTOM:
            new = self.join_acc(acc_t, body, fn.body)
            self.assign_var(a.arg, new, fn)
            acc_t = new
        self.set_type(fn, acc_t)
        return acc_t

    # ------------------------------------------------------------ functools
    def functools_reduce(self, node) -> Type:
        self.no_keywords(node, "functools.reduce")
        self.nargs(node, "functools.reduce", 2, 3)
        elem = self.iterable_elem(node.args[1])
        acc = elem if len(node.args) == 2 else self.expr(node.args[2])
        return self.fold_function(node.args[0], acc, elem)
