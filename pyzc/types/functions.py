"""Type rules for functions as values: `f = square`, `ops = [add, sub]`, a lambda anywhere,
a function passed, returned, stored in a field, then called.

A mixin of the `Inferencer` (types/infer.py).  A function value has the type
`FuncT(names)`: it is one of these functions of the program (a module-level
function, a nested function, or a lambda, which frontend/symbols.py lifts
into a function `<lambda>@N`).  Two FuncT join as the union of their
functions, so a variable or a list that holds `add` and then `sub` is a FuncT
of both.

A call through a function value (`op(a, b)`, `table[k](x)`, `self.callback(x)`)
binds its arguments to each function the value may be (each has its own
parameters and defaults), and calls the instance of each for those argument
types, as a direct call would (monomorphisation: `apply(square, 3)` and
`apply(cube, 3)` are two instances of apply, each calling its function
directly).  The call's type is the join of their results.  A function the
value may be that does not take these arguments is a TypeError (CPython's
message) only if the call reaches it.

A nested function or a lambda that reads variables of the function defining
it (`scale = lambda x: x * k`) takes them as extra parameters, as a nested
function called by name does (frontend/symbols.py): a call in the frame that
defines it passes the variables' values at the time of the call, which is what
CPython's closure cells hold then.  A value of such a function that leaves its
frame (passed, returned, stored in a field or a global: check_escaping_functions,
or called elsewhere: value_call) makes inference raise ClosuresNeeded, and the
front end runs again with the function made a *closure* (frontend/closures.py):
its value carries an environment of what it captures (closure_made records
their types in closure_envs), and a call through it reads them from there.
`obj.m` read as a value is a closure of a function `C.m#bound` that captures
obj (bound_method_value).

A builtin read as a value (`int`, `print`, ...: VALUE_BUILTINS) is a function
of the program that calls it with one argument (builtin_value).

Not supported yet, with a diagnostic: methods of the builtin types as values
(`f = xs.append`), other builtins as values.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Callable

from ..ast_walk import walk
from ..diagnostics import CompileError, SourceFile
from ..frontend.closures import ClosuresNeeded, position
from ..frontend.symbols import FuncInfo, Program, make_function
from ..primitives import receiver_kind
from .none_uses import python_type_name
from .model import BOTTOM, ClassT, FuncT, Type, TypeConflict, join, refines, walk_types, widens_items
from .typed_program import CallInfo, bind_call, kwargs_check_of

if TYPE_CHECKING:  # the host's rules, as the type checker sees them (infer_host.py)
    from .infer_host import InferHost
else:
    InferHost = object


def call_args(source: SourceFile, program: Program, func: FuncInfo, call: ast.Call,
              tuple_length: Callable[[ast.expr], int | None] | None = None) -> list[ast.expr]:
    """The argument expressions of a call of func through a value: the call's own, bound to its
    parameters (CPython's TypeError when they do not fit), then a read of each variable of the
    enclosing function that func reads (one Name node per call and variable, shared with lowering)."""
    own = func.params[:len(func.params) - len(func.captures)]
    shown = FuncInfo(func.py_name, func.node, own, func.defaults, func.annotations, func.returns, func.body,
                     vararg=func.vararg, kwonly=func.kwonly, kwarg=func.kwarg)
    args = bind_call(source, shown, call, tuple_length, iterable_spread=False,  # value_call evaluates the arguments itself
                     qualname=func.python_qualname())
    for name in func.captures:
        read = program.capture_args.get((id(call), name))
        if read is None:
            read = program.capture_args[(id(call), name)] = ast.copy_location(ast.Name(id=name, ctx=ast.Load()), call)
        args.append(read)
    return args


def closure_reads(func: FuncInfo, args: list[ast.expr]) -> dict[int, int]:
    """Of the bound arguments of a call of the closure func, the defaults that read what it captures
    (a nested def's non-constant default, frontend/mutable_defaults.py): id -> its slot of the environment."""
    defaults = {id(d) for d in func.defaults.values()}
    return {id(a): func.captures.index(a.id) for a in args
            if id(a) in defaults and isinstance(a, ast.Name) and a.id in func.captures}


BOUND_SEP = "#bound"  # `obj.m` as a value is a closure of the function "C.m#bound" (bound_method_value)
BOUND_SELF = "__self__"  # what it captures: the object

# Builtin methods whose optional trailing parameters have a default that CPython treats as leaving
# them out (errors included): read as a value (`pop = xs.pop`), the function takes them with it.
BOUND_DEFAULTS: dict[tuple[str, str], tuple] = {
    ("list", "pop"): (-1,),  # `[].pop(-1)`: "pop from empty list", as `[].pop()`
    ("dict", "get"): (None,),
    ("str", "split"): (None, -1), ("str", "rsplit"): (None, -1),  # `words = line.split`
    ("str", "strip"): (None,), ("str", "lstrip"): (None,), ("str", "rstrip"): (None,),
    ("str", "replace"): (-1,),
}
# Of those, the methods whose None default is given as the constant None (`if a0 is None: return
# __self__.split(None, a1)`): a parameter that is None only is no str for the call's other branch.
NONE_GIVEN_AS_CONSTANT = {("str", "split"), ("str", "rsplit"), ("str", "strip"), ("str", "lstrip"), ("str", "rstrip")}
# Parameters that may be given by name (`split(sep=",")`); the others are positional only, as CPython's.
BOUND_KEYWORDS = {("str", "split"): ("sep", "maxsplit"), ("str", "rsplit"): ("sep", "maxsplit")}



def bound_method_function(method: FuncInfo, name: str, at: ast.AST) -> FuncInfo:
    """`def C.m#bound(<m's parameters but self>, __self__): return __self__.m(<them>)`."""
    assert isinstance(method.node, ast.FunctionDef)
    a = method.node.args
    given = a.posonlyargs + a.args
    args = ast.arguments(posonlyargs=[], args=[ast.arg(arg=p.arg) for p in given[1:]],
                         vararg=ast.arg(arg=a.vararg.arg) if a.vararg else None,
                         kwonlyargs=[ast.arg(arg=p.arg) for p in a.kwonlyargs], kw_defaults=list(a.kw_defaults),
                         kwarg=ast.arg(arg=a.kwarg.arg) if a.kwarg else None, defaults=list(a.defaults))
    pos: list[ast.expr] = [ast.Name(id=p.arg, ctx=ast.Load()) for p in given[1:]]
    if a.vararg:
        pos.append(ast.Starred(value=ast.Name(id=a.vararg.arg, ctx=ast.Load()), ctx=ast.Load()))
    kws = [ast.keyword(arg=p.arg, value=ast.Name(id=p.arg, ctx=ast.Load())) for p in a.kwonlyargs]
    if a.kwarg:
        kws.append(ast.keyword(arg=None, value=ast.Name(id=a.kwarg.arg, ctx=ast.Load())))
    call = ast.Call(func=ast.Attribute(value=ast.Name(id=BOUND_SELF, ctx=ast.Load()), attr=method.py_name, ctx=ast.Load()),
                    args=pos, keywords=kws)
    return bound_function(name, args, call, at)


def bound_function(name: str, args: ast.arguments, call: ast.Call, at: ast.AST, body: list[ast.stmt] | None = None) -> FuncInfo:
    """`def name(<args>, __self__): return <call>`, a closure that captures __self__ (kind "bound"); body's
    statements come first."""
    fdef = ast.FunctionDef(name=name, args=args, body=(body or []) + [ast.Return(value=call)], decorator_list=[],
                           returns=None, type_comment=None)
    for n in walk(fdef):
        if not hasattr(n, "lineno"):
            ast.copy_location(n, at)
    info = make_function(fdef)
    info.name = name
    info.kind = "bound"
    info.params.append(BOUND_SELF)
    info.captures = [BOUND_SELF]
    info.closure = True
    info.locals = set(info.params)
    return info


# Builtins that may be values (`convert = int if c else float`, `report = print`), each taking
# one argument there: a function of the program `<builtin NAME>(value)` calls the builtin.
VALUE_BUILTINS = frozenset({"int", "float", "str", "bool", "abs", "len", "repr", "ord", "chr", "sorted", "list", "set",
                            "sum", "min", "max", "any", "all", "round", "print", "pow", "divmod"})
# builtins read as a value that also take a second argument (`ops = {"max": max}; ops[k](a, b)`): a
# function of `value, other=None`, compiled per call's arguments, each instance keeping its own call
# (a parameter given None, or not, decides `if other is None` when compiling)
SECOND_ARGUMENT_BUILTINS = frozenset({"min", "max", "round", "pow", "divmod"})


class FunctionValueRules(InferHost):
    def function_value(self, node, name: str) -> Type:
        """The module-level (or lifted nested) function `name`, read as a value."""
        func = self.program.functions[name]
        if func.closure:
            self.closure_made(node, func)
        return FuncT((name,))

    def closure_made(self, node, func: FuncInfo):
        """A closure of func is made here (frontend/closures.py): what it captures is read in this frame."""
        if func.enclosing != self.inst.func.name:
            raise self.source.error(node, f"using '{func.py_name}' as a value outside the function that defines it "
                                          "is not supported yet")
        env = self.closure_envs.setdefault(func.name, [BOTTOM] * len(func.captures))
        for i, name in enumerate(func.captures):
            t = self.inst.var_types.get(name, BOTTOM)
            if t != env[i] and t != BOTTOM and (refines(env[i], t) or widens_items(env[i], t)):
                self.assign_var(name, env[i], node)  # the closure fills it (value_call)
                t = self.inst.var_types.get(name, BOTTOM)
            try:
                new = join(env[i], t)
            except TypeConflict:
                raise self.source.error(node, f"'{func.py_name}' captures '{name.split('@')[0]}', which is {env[i]} in one "
                                              f"call of '{self.program.functions[func.enclosing].py_name}' and {t} in another; "
                                              "this is not supported yet")
            if new != env[i]:
                env[i] = new
                self.changed = True

    def builtin_value(self, node, name: str) -> Type:
        """A builtin read as a value: the function that calls it with one argument, made when first
        read (kind "builtin": no traceback frame of its own, as CPython shows none for a builtin)."""
        fname = f"<builtin {name}>"
        if fname not in self.program.functions:
            params = [ast.arg(arg="value")]
            call = ast.Call(func=ast.Name(id=name, ctx=ast.Load()), args=[ast.Name(id="value", ctx=ast.Load())], keywords=[])
            body: list[ast.stmt] = [ast.Return(value=call)]
            defaults: list[ast.expr] = []
            if name in SECOND_ARGUMENT_BUILTINS:
                params.append(ast.arg(arg="other"))
                defaults = [ast.Constant(value=None)]
                both = ast.Call(func=ast.Name(id=name, ctx=ast.Load()),
                                args=[ast.Name(id="value", ctx=ast.Load()), ast.Name(id="other", ctx=ast.Load())], keywords=[])
                test = ast.Compare(left=ast.Name(id="other", ctx=ast.Load()), ops=[ast.Is()], comparators=[ast.Constant(value=None)])
                body = [ast.If(test=test, body=body, orelse=[]), ast.Return(value=both)]
            fdef = ast.FunctionDef(name=fname, args=ast.arguments(posonlyargs=[], args=params, kwonlyargs=[], kw_defaults=[],
                                                                  defaults=defaults),
                                   body=body, decorator_list=[], returns=None, type_comment=None)
            for n in walk(fdef):
                ast.copy_location(n, node)
            info = make_function(fdef)
            info.kind = "builtin"
            info.locals = {p.arg for p in params}
            self.program.functions[fname] = info
        return FuncT((fname,))

    def bound_method_value(self, node: ast.Attribute, t, method: FuncInfo) -> Type:
        """`obj.m` read as a value: a closure of the function `C.m#bound` (made when first read), which
        calls obj.m with its arguments, obj being what it captures (kind "bound": no traceback frame of
        its own, as CPython shows none for a bound method)."""
        name = f"{t.name}.{node.attr}{BOUND_SEP}"
        if name not in self.program.functions:
            self.program.functions[name] = bound_method_function(method, name, node)
        env = self.closure_envs.setdefault(name, [BOTTOM])
        try:
            new = join(env[0], t)
        except TypeConflict:
            raise self.source.error(node, f"bound methods of {env[0]} and {t} in one place are not supported yet")
        if new != env[0]:
            env[0] = new
            self.changed = True
        return FuncT((name,))

    def builtin_bound_value(self, node: ast.Attribute, t: Type, arity: int, defaults: tuple = ()) -> Type:
        """`xs.append` read as a value: like bound_method_value, a closure of a function that calls the
        method on what it captures, one per receiver type and method (a method of one signature, or
        one whose optional trailing parameters have defaults of the same effect: BOUND_DEFAULTS)."""
        key = (str(t), node.attr)
        name = self.builtin_bound.get(key)
        if name is None:
            name = self.builtin_bound[key] = f"{python_type_name(t)}.{node.attr}{BOUND_SEP}{len(self.builtin_bound)}"
            kind = receiver_kind(t) or ""
            params = list(BOUND_KEYWORDS.get((kind, node.attr), [f"a{i}" for i in range(arity)]))
            call = ast.Call(func=ast.Attribute(value=ast.Name(id=BOUND_SELF, ctx=ast.Load()), attr=node.attr, ctx=ast.Load()),
                            args=[ast.Name(id=p, ctx=ast.Load()) for p in params], keywords=[])
            args = ast.arguments(posonlyargs=[], args=[ast.arg(arg=p) for p in params], kwonlyargs=[], kw_defaults=[],
                                 defaults=[ast.copy_location(ast.Constant(value=d), node) for d in defaults])
            first: list[ast.stmt] = []
            if (kind, node.attr) in NONE_GIVEN_AS_CONSTANT:  # `if a0 is None: return __self__.split(None, a1)`
                k = arity - len(defaults) + defaults.index(None)
                given = ast.Call(func=call.func, args=[ast.Constant(value=None) if i == k else a for i, a in enumerate(call.args)],
                                 keywords=[])
                test = ast.Compare(left=ast.Name(id=params[k], ctx=ast.Load()), ops=[ast.Is()],
                                   comparators=[ast.Constant(value=None)])
                first = [ast.If(test=test, body=[ast.Return(value=given)], orelse=[])]
            self.program.functions[name] = bound_function(name, args, call, node, first)
            self.closure_envs[name] = [t]
            self.changed = True
        env = self.closure_envs[name]
        if env[0] != t and (refines(env[0], t) or widens_items(env[0], t)):
            self.widen(node.value, env[0])  # calls of it fill the receiver (`push = stack.append` on `stack = []`)
        return FuncT((name,))

    def expr_Lambda(self, node: ast.Lambda) -> Type:
        name = self.program.lambdas[id(node)]
        if self.program.functions[name].closure:
            self.closure_made(node, self.program.functions[name])
        return FuncT((name,))

    def value_call(self, node: ast.Call) -> Type:
        """A call through a function value: each function it may be, called with these arguments."""
        ft = self.expr(node.func)
        if ft == BOTTOM:  # not known yet: a later round calls it
            for a in node.args + [kw.value for kw in node.keywords]:
                if not isinstance(a, ast.GeneratorExp):
                    self.expr(a.value if isinstance(a, ast.Starred) else a)
            return BOTTOM
        call = self.program.lookup_method(ft.name, "__call__") if isinstance(ft, ClassT) else None
        if isinstance(ft, ClassT) and call is not None and call.kind == "method":
            # obj(args) is obj.__call__(args), with obj (the called expression) as the receiver
            return self.call_method(node, ft, "__call__", self.bind_args(call, node, 1), receiver=node.func)
        if not isinstance(ft, FuncT):
            raise self.source.error(node.func, f"'{ft}' object is not callable")
        result: Type = BOTTOM
        targets: list[tuple[str, tuple | None]] = []
        for name in ft.names:
            func = self.program.functions[name]
            if func.captures and not func.closure and func.enclosing != self.inst.func.name:
                raise ClosuresNeeded({position(func.node)})  # the front end runs again and makes it a closure
            try:
                args = call_args(self.source, self.program, func, node, self.tuple_length)
                check = kwargs_check_of(node, func, args)
                if check is not None:
                    self.expr(check)
            except CompileError:
                if len(ft.names) == 1:
                    raise
                # this one of the functions takes other arguments: a TypeError if the call reaches it
                for a in node.args + [kw.value for kw in node.keywords]:
                    self.expr(a.value if isinstance(a, ast.Starred) else a)
                targets.append((name, None))
                continue
            if func.closure:  # what it captures comes from the closure's environment
                env = self.closure_envs.get(func.name)
                if env is None or BOTTOM in env:
                    return BOTTOM
                own = args[:len(args) - len(func.captures)]
                slots = closure_reads(func, own)
                types = self.arg_types([a for a in own if id(a) not in slots])
                if types is None:
                    return BOTTOM
                it = iter(types)
                types = [env[slots[id(a)]] if id(a) in slots else next(it) for a in own]
                inst = self.call_instance(func, tuple(types) + tuple(env), own)
                for i, pt in enumerate(inst.argtypes[len(own):len(own) + len(env)]):
                    if pt != env[i] and (refines(pt, env[i]) or widens_items(pt, env[i])):
                        env[i] = pt  # it fills an empty container it captures: made so where the closure is (closure_made)
                        self.changed = True
            else:
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
        if all(key is None for _, key in targets):  # none of them takes these arguments
            call_args(self.source, self.program, self.program.functions[ft.names[0]], node, self.tuple_length)
        info = CallInfo("indirect", ft.names[0], None, [], targets=targets, return_type=result)
        self.inst.calls[id(node)] = info
        if any(key is not None and self.instances[key].return_type == BOTTOM for _, key in targets):
            if not self.finished:  # one result not known yet: a partial join would have to grow (list[int] to list[int | float])
                self.last_round_wanted = True
                return BOTTOM
            # at the fixed point such a target never returns (it raises): the others give the value (build_functions.py)
        return result

    def check_escaping_functions(self, live: set):
        """A function value that reads variables of the function defining it may not leave that
        function's frame: not as an argument or a result, nor in a field or a global."""
        places: list[tuple[Type, ast.AST | None]] = []
        for key in live:
            inst = self.instances[key]
            places += [(t, inst.func.node) for t in inst.argtypes]
            places.append((inst.return_type, inst.return_origin or inst.func.node))
        places += [(t, self.field_origin.get(k)) for k, t in self.fields.items()]
        places += [(t, self.global_origin.get(g)) for g, t in self.global_types.items()]
        needed = set()
        for t, where in places:
            for part in walk_types(t):
                if not isinstance(part, FuncT):
                    continue
                for name in part.names:
                    func = self.program.functions[name]
                    if func.captures and not func.closure:
                        needed.add(position(func.node))
        if needed:
            raise ClosuresNeeded(needed)  # the front end runs again and makes them closures
