"""Lowering of functions as values (types/functions.py types them).

A function value is the function's number: 1 + its index among the program's
functions in name order (`ModuleBuilder.function_ids`), a C int64_t.  Every
function value, whichever functions its type says it may be, has that one
representation, so a value moves from a FuncT of one function to a FuncT of
several without a conversion.  Identity (`is`, `==`) compares the numbers.

A call through a value evaluates the callee and the arguments once, in
source order, then calls the instance inference chose for each function the
value may be: directly when there is one, else after testing the number
against each function's in turn (the last one needs no test).  A function
that does not take these arguments raises CPython's TypeError there.  Each target
gets the arguments bound to its own parameters, and its own defaults
(constants, or the hidden module variables of frontend/mutable_defaults.py),
and its result is converted to the call's type (an int where the call's type
is int | float, None where it is an object).
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from ..diagnostics import CompileError
from ..types.functions import call_args
from ..types.typed_program import CallInfo, spread_arguments
from ..types.model import BOOL, BOTTOM, NONE, ClassT, FuncT, Type, concrete, TupleT
from .ops import Assign, Branch, Call, Const, Raise, Value

if TYPE_CHECKING:  # the host's plumbing, as the type checker sees it (build_host.py)
    from .build_host import BuilderHost
else:
    BuilderHost = object


def function_ids(functions) -> dict[str, int]:
    """Each function's number as a value (0 is never a function)."""
    return {name: i + 1 for i, name in enumerate(sorted(functions))}


class FunctionValueLowering(BuilderHost):
    def function_const(self, name: str, t: Type) -> Const:
        return Const(self.mb.function_ids[name], t)

    def expr_Lambda(self, node: ast.Lambda) -> Value:
        return self.function_const(self.mb.program.lambdas[id(node)], self.type_of(node))

    def same_function(self, op, left: Value, right: Value) -> Value:
        same = self.prim("func_same", [left, right], BOOL)
        return same if isinstance(op, (ast.Is, ast.Eq)) else self.prim("bool_not", [same], BOOL)

    def value_call(self, info: CallInfo, node: ast.Call) -> Value:
        callee = self.expr(node.func)
        given = spread_arguments(self.source, node, self.spread_length) + [kw.value for kw in node.keywords]
        first_name, first_key = next((n, k) for n, k in info.targets if k is not None)
        want = dict(zip(map(id, self.bound(first_name, node)), self.mb.typed.instances[first_key].argtypes))
        values = {id(a): self.expr(a, concrete(want[id(a)]) if id(a) in want else None) for a in given}
        rt = concrete(info.return_type)
        if rt == BOTTOM:
            rt = NONE
        dst = self.temp(rt)
        done = self.new_block()
        for i, (name, key) in enumerate(info.targets):
            if i < len(info.targets) - 1:
                test = self.prim("func_same", [callee, self.function_const(name, callee.type)], BOOL)
                call, other = self.new_block(), self.new_block()
                self.emit(Branch(test, call, other, self.line))
                self.set_block(call)
            if key is None:  # this function does not take these arguments
                self.emit(Raise("TypeError", self.binding_error(name, node), self.line))
            else:
                result = self.call_function(name, key, node, values)
                self.emit(Assign(dst, self.as_result(result, rt), self.line))
                self.goto(done)
            if i < len(info.targets) - 1:
                self.set_block(other)
        self.set_block(done)
        return dst

    def bound(self, name: str, node: ast.Call) -> list[ast.expr]:
        return call_args(self.source, self.mb.program, self.mb.program.functions[name], node, self.spread_length)

    def spread_length(self, node) -> int | None:
        """The length inference saw for a tuple spread with `*` (the spread is cached by length: types/typed_program.py)."""
        t = self.inferred(node)
        return len(t.elems) if isinstance(t, TupleT) else None

    def binding_error(self, name: str, node: ast.Call) -> str:
        try:
            self.bound(name, node)
        except CompileError as e:
            return e.diagnostic.message
        raise AssertionError(f"{name} takes these arguments")

    def call_function(self, name: str, key: tuple, node: ast.Call, values: dict) -> Value:
        inst = self.mb.typed.instances[key]
        args = []
        for a, p in zip(self.bound(name, node), inst.argtypes):
            p = concrete(p)
            v = values[id(a)] if id(a) in values else self.expr(a, p)  # a default
            args.append(self.coerce_num(v, p))
        rt = concrete(inst.return_type)
        dst = self.temp(NONE if rt == BOTTOM else rt)
        self.emit(Call(dst, self.mb.instance_name(key), args, self.line))
        return dst

    def as_result(self, v: Value, t: Type) -> Value:
        if v.type == NONE and t != NONE:
            return Const(None, t)  # a function that returns None where others return objects
        if isinstance(t, (ClassT, FuncT)):
            return v
        return self.coerce_num(v, t)
