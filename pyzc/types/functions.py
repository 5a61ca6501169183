"""Type rules for functions as values: `f = square`, `ops = [add, sub]`, a lambda anywhere,
a function passed, returned, stored in a field, then called.

A mixin of the `Inferencer` (types/infer.py).  A function value has the type
`FuncT(names)`: it is one of these functions of the program (a module-level
function, a nested function that reads no variable of its enclosing function,
or a lambda, which frontend/symbols.py lifts into a function `<lambda>@N`).
Two FuncT join as the union of their functions, so a variable or a list that
holds `add` and then `sub` is a FuncT of both.

A call through a function value (`op(a, b)`, `table[k](x)`, `self.callback(x)`)
binds its arguments to each function the value may be (each has its own
parameters and defaults), and calls the instance of each for those argument
types, as a direct call would (monomorphisation: `apply(square, 3)` and
`apply(cube, 3)` are two instances of apply, each calling its function
directly).  The call's type is the join of their results.  A function the
value may be that does not take these arguments is a TypeError (CPython's
message) only if the call reaches it.  Lowering
(ir/build_functions.py) tests the value's number against each function's.

Not supported yet, with a diagnostic: bound methods as values (`f = obj.m`),
builtins as values other than where the front end rewrites them (key=len,
map(str, xs)), and functions that read variables of their enclosing function
(a nested def or a lambda that captures a local) used as values: the captured
variables would have to travel with the value.
"""

from __future__ import annotations

import ast

from ..diagnostics import CompileError
from .model import BOTTOM, FuncT, Type, TypeConflict, join


class FunctionValueRules:
    def function_value(self, node, name: str) -> Type:
        """The module-level (or lifted nested) function `name`, read as a value."""
        func = self.program.functions[name]
        if func.captures:
            raise self.source.error(node, f"using the nested function '{func.py_name}' as a value is not supported yet: it reads "
                                          f"'{func.captures[0]}', a variable of its enclosing function")
        return FuncT((name,))

    def expr_Lambda(self, node: ast.Lambda) -> Type:
        name = self.program.lambdas[id(node)]
        func = self.program.functions[name]
        if func.captures:
            raise self.source.error(node, f"a lambda that reads '{func.captures[0].split('@')[0]}', a variable of the enclosing "
                                          "function, is not supported yet as a value (only as a key= or reduce() function)")
        return FuncT((name,))

    def value_call(self, node: ast.Call) -> Type:
        """A call through a function value: each function it may be, called with these arguments."""
        from .infer import CallInfo
        ft = self.expr(node.func)
        if ft == BOTTOM:  # not known yet: a later round calls it
            for a in node.args + [kw.value for kw in node.keywords]:
                if not isinstance(a, ast.GeneratorExp):
                    self.expr(a)
            return BOTTOM
        if not isinstance(ft, FuncT):
            raise self.source.error(node.func, f"'{ft}' object is not callable")
        result: Type = BOTTOM
        targets = []
        for name in ft.names:
            func = self.program.functions[name]
            try:
                args = self.bind_args(func, node, 0)
            except CompileError:
                if len(ft.names) == 1:
                    raise
                # this one of the functions takes other arguments: a TypeError if the call reaches it
                for a in node.args + [kw.value for kw in node.keywords]:
                    self.expr(a)
                targets.append((name, None))
                continue
            types = self.arg_types(args)
            if types is None:
                return BOTTOM
            inst = self.call_instance(func, tuple(types), args)
            try:
                result = join(result, inst.return_type)
            except TypeConflict:
                raise self.source.error(node, f"the functions this call may reach return different types ({result} and "
                                              f"{inst.return_type}); a call must have one type")
            targets.append((name, inst.key))
        if all(key is None for _, key in targets):
            self.bind_args(self.program.functions[ft.names[0]], node, 0)  # none of them takes these arguments
        info = CallInfo("indirect", ft.names[0], None, [], targets=targets, return_type=result)
        self.inst.calls[id(node)] = info
        return result
