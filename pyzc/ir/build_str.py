"""Lowering of the str methods that types/infer_str.py types.

The start/end forms call the runtime's *_in functions (slice-like indices,
None or absent meaning the whole string); startswith/endswith with a tuple
test each prefix in turn (the tests have no side effects, so no
short-circuit is needed); partition's runtime function gives a 3-item list
that becomes the tuple.
"""

from __future__ import annotations

import ast

from ..types.infer_str import MORE_METHODS, RANGE_METHODS
from ..types.model import BOOL, INT, STR, ListT, TupleT
from .ops import Const, Value

INT64_MAX = 2**63 - 1


class StrMethodLowering:
    """Mixed into the FunctionBuilder."""

    def index_arg(self, node, default: int) -> Value:
        if node is None or (isinstance(node, ast.Constant) and node.value is None):
            return Const(default, INT)
        return self.as_int(self.expr(node))

    def more_str_method(self, node: ast.Call, recv: Value, name: str) -> Value | None:
        a = node.args
        if name == "splitlines" and a:
            self.mb.use_list(ListT(STR))
            return self.rt("pyz_str_splitlines_keepends", [recv, self.expr(a[0])], ListT(STR))
        if name in RANGE_METHODS:
            first_t = self.inst.expr_types.get(id(a[0]))
            if not (len(a) > 1 or name == "rindex" or isinstance(first_t, TupleT)):
                return None
            first = self.expr(a[0])
            start = self.index_arg(a[1] if len(a) > 1 else None, 0)
            end = self.index_arg(a[2] if len(a) > 2 else None, INT64_MAX)
            result_t = RANGE_METHODS[name]
            raises = name in ("index", "rindex")
            if isinstance(first.type, TupleT):
                result: Value = Const(False, BOOL)
                for i in range(len(first.type.elems)):
                    hit = self.rt(f"pyz_str_{name}_in", [recv, self.tuple_get(first, i), start, end], BOOL)
                    result = self.prim("bool_or", [result, hit], BOOL)
                return result
            if len(a) == 1:
                return self.rt(f"pyz_str_{name}", [recv, first], result_t, raises=raises)
            return self.rt(f"pyz_str_{name}_in", [recv, first, start, end], result_t, raises=raises)
        if name in ("partition", "rpartition"):
            self.mb.use_list(ListT(STR))
            parts = self.rt(f"pyz_str_{name}", [recv, self.expr(a[0])], ListT(STR), raises=True)
            return self.make_tuple([self.list_get(parts, Const(i, INT)) for i in range(3)])
        if name == "expandtabs":
            # OverflowError (tabsize beyond a C int, result too long), MemoryError
            return self.rt("pyz_str_expandtabs", [recv, self.index_arg(a[0] if a else None, 8)], STR, raises=True)
        if name in MORE_METHODS:
            return self.rt(f"pyz_str_{name}", [recv] + [self.expr(x) for x in a], MORE_METHODS[name][2])
        return None
