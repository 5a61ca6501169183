"""The one lowering of a registered method call (primitives/), and the runtime call every pair uses.

The receiver is already evaluated; the arguments are evaluated in order, a
literal None for a parameter that takes it and any argument not given become
the declaration's default, a bool passed for an int becomes an int (an int
for a float, a float), and the declared runtime function is called, with an
error check when the declaration says it raises.  A registered pair's lowering
runs first and may hand the call back by returning None.  A call whose
result is only iterated (itertools) is walked by its pair's cursor rule.
"""

from __future__ import annotations

import ast

from ..primitives import REGISTRY, REQUIRED, Method, select
from ..types.model import FLOAT, INT, NONE, DequeT, DictT, ListT, SetT, Type
from .ops import Const, SpecFn, Value, call_runtime


def runtime_name(m: Method, recv: Type | None) -> str | SpecFn:
    """The runtime function: a container's template function is the one rendered for the receiver's type."""
    assert m.c, f"{m.receiver}.{m.name} has no runtime function: its pair lowers it"
    if "_N_" in m.c:
        assert isinstance(recv, (ListT, DictT, SetT, DequeT)), m
        return SpecFn(m.c, recv)
    return m.c


def call_primitive(b, m: Method, args: list[Value], result: Type | None = None) -> Value:
    """Call m's runtime function on args (a method's receiver first); result overrides the declared type
    (a runtime function whose C result a pair converts, as partition's list)."""
    recv_t = None if m.is_function else args[0].type
    t = result if result is not None else m.result_type(recv_t)
    if recv_t is not None:
        b.mb.use_type(recv_t)
    b.mb.use_type(t)
    dst = b.temp(t) if t != NONE else None
    b.emit(call_runtime(dst, runtime_name(m, recv_t), args, b.line, m.raises is True))
    return dst if dst is not None else Const(None, NONE)


def default_value(m: Method, i: int) -> Value:
    p = m.params[i]
    assert p.default is not REQUIRED, (m.name, p.name)
    return Const(p.default, p.type)  # None for a str parameter: NULL, the runtime's "not given"


def iterator_cursor(b, node: ast.Call, t: Type):
    """The cursor over an iterator a registered function made (itertools.count(...)), where it is iterated."""
    info = b.inst.calls[id(node)]
    pair = REGISTRY.specials[(info.kind, info.name)]
    assert pair.cursor is not None, (info.kind, info.name)
    return pair.cursor(b, node, t)


def lower_method(b, node: ast.Call, recv: Value | None, kind: str, name: str) -> Value:
    """recv.name(...); with recv None and kind "builtins", the builtin function name(...)."""
    kind = REGISTRY.resolve(kind, name)
    forms = REGISTRY.forms(kind, name)
    pair = REGISTRY.specials.get((kind, name))
    if pair is not None and pair.lowering is not None:
        v = pair.lowering(b, node, recv, forms)
        if v is not None:
            return v
    m = select(forms, len(node.args))
    args: list[Value] = [recv] if recv is not None else []
    for i, p in enumerate(m.params):
        arg = node.args[i] if i < len(node.args) else None
        if arg is None or (p.none and isinstance(arg, ast.Constant) and arg.value is None):
            args.append(default_value(m, i))
            continue
        v = b.expr(arg)
        if p.type == INT:
            v = b.as_int(v)
        elif p.type == FLOAT:
            v = b.as_float(v)
        args.append(v)
    return call_primitive(b, m, args)
