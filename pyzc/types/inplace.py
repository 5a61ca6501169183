"""Type rules for in-place operators (`x op= y`) on mutable values.

A mixin of the `Inferencer` (types/infer.py).  CPython's `x op= y` calls
`x.__iop__(y)` when the type has one, and that method changes x itself, so
every other name, field or item that holds the same object sees the change:

- list: `+=` is `list.extend` (any iterable, a str or a tuple included),
  `*=` repeats in place (a count <= 0 empties it);
- set: `|= &= -= ^=` are the `*_update` methods (the right side a set);
- dict (and defaultdict): `|=` is `dict.update` with another dict;
- deque: `+=` is `deque.extend`, `*=` repeats in place;
- a user class: `__iadd__` and friends when defined, else `__add__`, whose
  result is rebound to the target (CPython's fallback).

- Counter: `+= -= |= &=` with another Counter change the counts in place, then
  drop the counts that are not positive (CPython's `_keep_positive`).  Lowering of the same cases is in
ir/build.py (`augmented`), which reads the types recorded here.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from .model import ArrayT, BOTTOM, BOOL, INT, ClassT, DequeT, DictT, ListT, Type, TypeConflict, VarTupleT, join, same_kind
from .none_uses import python_type_name
from .objects import BINARY_DUNDERS
from .operators import OP_SYMBOLS

if TYPE_CHECKING:  # the host's rules, as the type checker sees them (infer_host.py)
    from .infer_host import InferHost
else:
    InferHost = object


class InPlaceRules(InferHost):
    def augassign_container(self, s: ast.AugAssign, cur: Type) -> Type | None:
        """The type of `s` when the target is a list or deque extended by `+=` (the right side any iterable),
        None for every other case (then the right side is typed as an ordinary operand)."""
        if not (isinstance(cur, (ListT, DequeT)) and isinstance(s.op, ast.Add)) or isinstance(cur, VarTupleT):
            return None
        if isinstance(cur, ArrayT):  # array += array of the same typecode: the list's extend (its items fit)
            rt = self.expr(s.value)
            if rt != cur and rt != BOTTOM:
                raise self.source.error(s, "can only extend with array of same kind" if isinstance(rt, ArrayT)
                                        else f"can only extend array with array (not \"{rt}\")")
            return cur
        t = self.iterable_elem(s.value)
        kind = ListT if isinstance(cur, ListT) else DequeT
        try:
            new = join(cur, kind(t))
        except TypeConflict:
            if not (isinstance(cur, ListT) and isinstance(s.value, (ast.List, ast.ListComp))):
                raise self.source.error(s, f"cannot extend a {cur} with {t} items: not supported yet (a list keeps one "
                                           "item type; a display of them, `xs += [...]`, is made with the wider items)")
            try:  # a display of wider items, made so, as append's (`ps += [P(0.5, 1)]` to a list of P(int, int))
                new = same_kind(cur, self.item_join(cur, cur.elem, t))
            except TypeConflict:
                raise self.source.error(s, f"cannot extend a {cur} with {t} items")
            self.widen(s.value, new)
        if new != cur:
            self.widen(s.target, new)  # an empty container takes its type from the items
        return new

    def augassign_type(self, s: ast.AugAssign, cur: Type, rhs: Type) -> Type | None:
        """The result type of `cur op= rhs` for the mutable cases above; None when `cur op rhs` decides."""
        op = s.op
        if isinstance(cur, DictT) and cur.kind == "Counter":
            sym = OP_SYMBOLS[type(op)]
            if not isinstance(op, (ast.Add, ast.Sub, ast.BitOr, ast.BitAnd)):
                raise self.source.error(s, f"unsupported operand type(s) for {sym}=: '{python_type_name(cur)}' and "
                                           f"'{python_type_name(rhs)}'")
            if not (isinstance(rhs, DictT) and rhs.kind == "Counter"):
                raise self.source.error(s.value, f"Counter {sym}= needs a Counter here, not a {rhs}")
            try:
                return join(cur, rhs)
            except TypeConflict:
                raise self.source.error(s, f"cannot combine a {cur} with a {rhs}")
        if isinstance(cur, DequeT) and isinstance(op, ast.Mult):
            if rhs not in (INT, BOOL):
                raise self.source.error(s.value, f"can't multiply sequence by non-int of type '{rhs}'")
            return cur
        if isinstance(cur, DictT) and isinstance(op, ast.BitOr):
            if not isinstance(rhs, DictT) or rhs.kind == "Counter":
                raise self.source.error(s.value, f"dict |= needs a dict here, not a {rhs}")
            try:
                return join(cur, DictT(rhs.key, rhs.value, cur.kind))
            except TypeConflict:
                raise self.source.error(s, f"cannot update a {cur} with a {rhs}")
        if isinstance(cur, ClassT) and type(op) in BINARY_DUNDERS:
            if BOTTOM == rhs:
                return BOTTOM
            return self.dunder(cur, f"__i{BINARY_DUNDERS[type(op)]}__", (rhs,))
        return None
