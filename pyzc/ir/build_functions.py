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
from ..types.functions import call_args, closure_reads
from ..types.typed_program import CallInfo, kwargs_check_of, spread_arguments, spread_keywords
from ..types.model import BOOL, BOTTOM, NONE, STR, ClassT, FuncT, Type, concrete, TupleT, VarTupleT
from .ops import Assign, Branch, Call, ClosureGet, Const, NewClosure, Raise, Value

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

    def function_value(self, name: str, t: Type, node) -> Value:
        """The function `name` read as a value here: its number, or a new closure of it."""
        func = self.mb.program.functions[name]
        if not func.closure:
            return self.function_const(name, t)
        env = self.closure_env(name)
        captures = [self.coerce_num(self.var(c, node), ct) for c, ct in zip(func.captures, env)]
        dst = self.temp(t)
        self.emit(NewClosure(dst, name, self.mb.function_ids[name], captures, env, self.line))
        return dst

    def closure_env(self, name: str) -> list[Type]:
        return [concrete(t) for t in self.mb.typed.closure_envs[name]]

    def expr_Lambda(self, node: ast.Lambda) -> Value:
        return self.function_value(self.mb.program.lambdas[id(node)], self.type_of(node), node)

    def same_function(self, op, left: Value, right: Value) -> Value:
        same = self.prim("func_same", [left, right], BOOL)
        return same if isinstance(op, (ast.Is, ast.Eq)) else self.prim("bool_not", [same], BOOL)

    def value_call(self, info: CallInfo, node: ast.Call) -> Value:
        callee = self.expr(node.func)
        given = [a for a in spread_arguments(self.source, node, self.spread_length, keep_last=True) if not isinstance(a, ast.Starred)]
        given += [kw.value for kw in spread_keywords(node)]  # (a list spread is read by each target's binding: call_function)
        first_name, first_key = next((n, k) for n, k in info.targets if k is not None)
        want = dict(zip(map(id, self.bound(first_name, node)), self.mb.typed.instances[first_key].argtypes))
        values = {id(a): self.expr(a, concrete(want[id(a)]) if id(a) in want else None) for a in given}
        rt = concrete(info.return_type)
        if rt == BOTTOM:
            rt = NONE
        dst = self.temp(rt)
        done = self.new_block()
        functions = self.mb.program.functions
        same = "func_is" if any(functions[name].closure for name, _ in info.targets) else "func_same"
        for i, (name, key) in enumerate(info.targets):
            if i < len(info.targets) - 1:
                test = self.prim(same, [callee, self.function_const(name, callee.type)], BOOL)
                call, other = self.new_block(), self.new_block()
                self.emit(Branch(test, call, other, self.line))
                self.set_block(call)
            if key is None:  # this function does not take these arguments
                self.emit(Raise("TypeError", self.binding_error(name, node), self.line))
            else:
                result = self.call_function(name, key, node, self.from_closure(name, callee, node, values))
                if self.mb.typed.instances[key].return_type == BOTTOM:  # it never returns (it raises): no value
                    result = Const(None, rt)
                self.emit(Assign(dst, self.as_result(result, rt), self.line))
                self.goto(done)
            if i < len(info.targets) - 1:
                self.set_block(other)
        self.set_block(done)
        return dst

    def from_closure(self, name: str, callee: Value, node: ast.Call, values: dict) -> dict:
        """values, with what a closure of `name` captures read from its environment."""
        func = self.mb.program.functions[name]
        if not func.closure:
            return values
        values = dict(values)
        env = self.closure_env(name)
        bound = self.bound(name, node)
        own = bound[:len(bound) - len(func.captures)]
        slots = {id(read): i for i, read in enumerate(bound[len(own):])} | closure_reads(func, own)
        for read in bound:
            if id(read) in slots:
                i = slots[id(read)]
                v = self.temp(env[i])
                self.emit(ClosureGet(v, callee, name, i, env, self.line))
                values[id(read)] = v
        return values

    def function_name(self, node: ast.Attribute) -> Value:
        """f.__name__ or f.__qualname__: the def's (`<lambda>` for a lambda), the wrapped function's for a
        closure made by @functools.wraps (frontend/decorators.py); tested like a call's target."""
        t = self.inferred(node.value)
        assert isinstance(t, FuncT)
        return self.name_of(self.expr(node.value), t.names, node.attr)

    def name_of(self, f: Value, names: tuple, attr: str) -> Value:
        functions = self.mb.program.functions
        texts = [self.function_title(functions[n], attr) for n in names]
        if len(set(texts)) == 1 and not any(functions[n].wraps for n in names):
            return Const(texts[0], STR)
        dst = self.temp(STR)
        done = self.new_block()
        for i, (name, text) in enumerate(zip(names, texts)):
            if i < len(names) - 1:
                test = self.prim("func_is", [f, self.function_const(name, f.type)], BOOL)
                this, other = self.new_block(), self.new_block()
                self.emit(Branch(test, this, other, self.line))
                self.set_block(this)
            func = functions[name]
            if func.wraps and func.closure:
                env = self.closure_env(name)
                i_slot = func.captures.index(func.wraps)
                wrapped = self.temp(env[i_slot])
                self.emit(ClosureGet(wrapped, f, name, i_slot, env, self.line))
                wrapped_type = self.mb.typed.closure_envs[name][i_slot]
                if not isinstance(wrapped_type, FuncT):
                    raise self.source.error(func.node, "functools.wraps of a value that is not a function is not supported yet")
                self.emit(Assign(dst, self.name_of(wrapped, wrapped_type.names, attr), self.line))
            else:
                self.emit(Assign(dst, Const(text, STR), self.line))
            self.goto(done)
            if i < len(names) - 1:
                self.set_block(other)
        self.set_block(done)
        return dst

    def function_title(self, func, attr: str) -> str:
        if func.kind == "builtin":
            return func.name[len("<builtin "):-1]
        return func.py_name if attr == "__name__" else func.python_qualname()

    def bound(self, name: str, node: ast.Call) -> list[ast.expr]:
        return call_args(self.source, self.mb.program, self.mb.program.functions[name], node, self.spread_length)

    def spread_length(self, node) -> int | None:
        """The length inference saw for a tuple spread with `*` (the spread is cached by length: types/typed_program.py)."""
        t = self.inferred(node)
        if isinstance(t, VarTupleT) and t.elem == BOTTOM:
            return 0  # an empty *args (types/infer.py tuple_length)
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
        bound = self.bound(name, node)
        for a, p in zip(bound, inst.argtypes):
            p = concrete(p)
            v = values[id(a)] if id(a) in values else self.expr(a, p)  # a default
            args.append(self.coerce_num(v, p))
        check = kwargs_check_of(node, self.mb.program.functions[name], bound)
        if check is not None:  # f(**d) with every parameter given: d must be empty (types/typed_program.py)
            self.expr(check)
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
