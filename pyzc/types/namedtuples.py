"""Type rules for named tuples (frontend/namedtuples.py): a tuple that carries its class's name
and field names (model.TupleT).

A mixin of the `Inferencer` (types/infer.py).  `P(1, y=2)` binds its arguments to the fields
as a call binds parameters (CPython's TypeErrors), a left-out field takes its default, and
the call is a `namedtuple` CallInfo whose args are one expression per field, in field order:
lowering builds the tuple from them.  `p.x` is the item of x; `p._replace(x=3)` a
`namedtuple_replace` call (the receiver, then the new values; `replaces`: their fields);
`p._asdict()` a dict of str to the items' joined type; `P._fields` a tuple of strs; `p.total()` of a
method of the class form a call of its module function with p first (a `user` CallInfo).
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from ..frontend.namedtuples import NamedTupleInfo
from .model import BOTTOM, STR, DictT, TupleT, Type, TypeConflict, join, with_elems
from .typed_program import CallInfo

if TYPE_CHECKING:
    from .infer_host import InferHost
else:
    InferHost = object


class NamedTupleRules(InferHost):
    def namedtuple_named(self, node) -> NamedTupleInfo | None:
        """The named tuple class a Name refers to (not shadowed by a variable)."""
        if isinstance(node, ast.Name) and node.id in self.program.namedtuples and not self.is_variable_name(node.id):
            return self.program.namedtuples[node.id]
        return None

    def namedtuple_new(self, node: ast.Call, info: NamedTupleInfo) -> Type:
        """P(1, 2), P(x=1, y=2), P(1): the fields bound as parameters are."""
        name = info.typename
        bound: dict[str, ast.expr] = {}
        for a in node.args:
            if isinstance(a, ast.Starred):
                raise self.source.error(a, f"{name}(*args) is not supported yet")
        if len(node.args) > len(info.fields):
            n, given = len(info.fields) + 1, len(node.args) + 1  # CPython counts the class, as __new__'s cls
            raise self.source.error(node, f"{name}.__new__() takes {n} positional arguments but {given} were given")
        bound.update(zip(info.fields, node.args))
        for kw in node.keywords:
            if kw.arg is None:
                raise self.source.error(kw.value, "** arguments are not supported yet")
            if kw.arg not in info.fields:
                raise self.source.error(kw, f"{name}.__new__() got an unexpected keyword argument '{kw.arg}'")
            if kw.arg in bound:
                raise self.source.error(kw, f"{name}.__new__() got multiple values for argument '{kw.arg}'")
            bound[kw.arg] = kw.value
        missing = [f for f in info.fields if f not in bound and f not in info.defaults]
        if missing:
            names = " and ".join(", ".join(f"'{m}'" for m in missing).rsplit(", ", 1))
            raise self.source.error(node, f"{name}.__new__() missing {len(missing)} required positional argument"
                                    f"{'s' if len(missing) != 1 else ''}: {names}")
        args = [bound[f] if f in bound else info.defaults[f] for f in info.fields]
        types = []
        for a in args:
            t = self.expr_keep(a)
            if t == BOTTOM:
                return BOTTOM
            types.append(t)
        self.inst.calls[id(node)] = CallInfo("namedtuple", info.name, None, args)
        return TupleT(tuple(types), info.typename, info.fields)

    def namedtuple_field(self, node: ast.Attribute, t: TupleT) -> Type:
        """p.x: the item of field x."""
        if node.attr in t.fields:
            return t.elems[t.fields.index(node.attr)]
        if node.attr == "_fields":
            return TupleT((STR,) * len(t.fields))
        if node.attr in ("_replace", "_asdict", "count", "index"):
            raise self.source.error(node, f"{t.name}.{node.attr} is supported only when called" if node.attr[0] == "_"
                                    else f"tuple.{node.attr}() of a named tuple is not supported yet")
        info = self.program.namedtuples.get(t.name)
        if info is not None and node.attr in info.methods:
            raise self.source.error(node, f"{t.name}.{node.attr} as a value (a bound method of a named tuple) is not supported yet")
        raise self.source.error(node, f"'{t.name}' object has no attribute '{node.attr}'")

    def namedtuple_method(self, node: ast.Call, recv: ast.expr, t: TupleT, attr: str) -> Type:
        """p._replace(x=3), p._asdict()."""
        if attr == "_replace":
            if node.args:
                raise self.source.error(node, f"{t.name}._replace() takes 1 positional argument but {len(node.args) + 1} were given")
            given: dict[str, ast.expr] = {}
            for kw in node.keywords:
                if kw.arg is None or kw.arg not in t.fields:
                    raise self.source.error(kw, f"Got unexpected field names: [{kw.arg!r}]")
                given[kw.arg] = kw.value
            elems = list(t.elems)
            for f, value in given.items():
                i = t.fields.index(f)
                vt = self.expr_keep(value)
                try:
                    elems[i] = join(elems[i], vt)
                except TypeConflict:
                    raise self.source.error(value, f"field '{f}' of {t.name} holds {elems[i]}; replacing it with a {vt} is not supported yet")
            result = with_elems(t, tuple(elems))
            self.inst.calls[id(node)] = CallInfo("namedtuple_replace", t.name, None, [recv] + list(given.values()),
                                                 replaces=[t.fields.index(f) for f in given])
            return result
        if attr == "_asdict":
            if node.args or node.keywords:
                raise self.source.error(node, f"{t.name}._asdict() takes no arguments")
            items: Type = BOTTOM
            for e in t.elems:
                try:
                    items = join(items, e)
                except TypeConflict:
                    raise self.source.error(node, f"{t.name}._asdict() of fields of several types ({items} and {e}) is not supported yet")
            self.inst.calls[id(node)] = CallInfo("namedtuple_asdict", t.name, None, [recv])
            return DictT(STR, items)
        info = self.program.namedtuples.get(t.name)
        if info is not None and info.typename == t.name and attr in info.methods:  # a method of the class form
            args = self.bind_args(self.program.functions[info.methods[attr]], node, 1)
            return self.helper_call(node, info.methods[attr], [recv] + args)
        if attr in t.fields:
            raise self.source.error(node, f"calling the field '{attr}' of {t.name} is not supported")
        raise self.source.error(node.func, f"'{t.name}' object has no attribute '{attr}'" if attr not in ("count", "index", "_make")
                                else f"{t.name}.{attr}() is not supported yet")

    def namedtuple_class_attr(self, node: ast.Attribute, info: NamedTupleInfo) -> Type:
        """P._fields: a tuple of the field names."""
        if node.attr == "_fields":
            return TupleT((STR,) * len(info.fields))
        raise self.source.error(node, f"{info.typename}.{node.attr} is not supported yet" if node.attr.startswith("_")
                                else f"type object '{info.typename}' has no attribute '{node.attr}'")
