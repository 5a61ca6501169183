"""Lowering of named tuples (types/namedtuples.py): they are tuples, built and read as tuples are."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from ..types.model import STR, DictT, TupleT, narrow
from ..types.typed_program import CallInfo
from .ops import Const, MakeTuple, Reg, Value

if TYPE_CHECKING:  # the host's plumbing, as the type checker sees it (build_host.py)
    from .build_host import BuilderHost
else:
    BuilderHost = object


class NamedTupleLowering(BuilderHost):
    """Lowering of named tuples (mixed into ir.build.FunctionBuilder)."""

    def namedtuple_call(self, info: CallInfo, node: ast.Call) -> Value | None:
        """P(...), p._replace(...), p._asdict(); None for other calls."""
        if info.kind == "namedtuple":
            t = narrow(self.type_of(node), TupleT)
            return self.build_tuple(t, [self.expr(a, et) for a, et in zip(info.args, t.elems)])
        if info.kind == "namedtuple_replace":
            t = narrow(self.type_of(node), TupleT)
            old = self.expr(info.args[0])
            new = {i: self.expr(a, t.elems[i]) for i, a in zip(info.replaces, info.args[1:])}  # in the call's order
            return self.build_tuple(t, [new[i] if i in new else self.tuple_get(old, i) for i in range(len(t.elems))])
        if info.kind == "namedtuple_asdict":
            d = self.new_container(self.type_of(node))
            tup = self.expr(info.args[0])
            fields = narrow(tup.type, TupleT).fields
            for i, name in enumerate(fields):
                self.dict_store(d, Const(name, STR), self.tuple_get(tup, i))
            return d
        return None

    def build_tuple(self, t: TupleT, items: list[Value]) -> Reg:
        self.mb.use_type(t)
        dst = self.temp(t)
        self.emit(MakeTuple(dst, [self.coerce_num(v, et) for v, et in zip(items, t.elems)], self.line))
        return dst

    def namedtuple_attribute(self, node: ast.Attribute) -> Value | None:
        """p.x (the item), p._fields and P._fields (the names); None for other attributes."""
        if isinstance(node.value, ast.Name) and node.value.id in self.mb.program.namedtuples \
                and not self.is_variable(node.value.id):
            fields = self.mb.program.namedtuples[node.value.id].fields
            return self.build_tuple(TupleT((STR,) * len(fields)), [Const(f, STR) for f in fields])
        t = self.inferred(node.value)
        if not (isinstance(t, TupleT) and t.name):
            return None
        if node.attr == "_fields":
            self.expr(node.value)
            return self.build_tuple(TupleT((STR,) * len(t.fields)), [Const(f, STR) for f in t.fields])
        return self.tuple_get(self.expr(node.value), t.fields.index(node.attr))
