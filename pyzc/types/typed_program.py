"""What inference gives lowering: each function instance with the types of its expressions and variables,
and what each call resolves to (types/infer.py fills them; ir/build.py reads them)."""

from __future__ import annotations

import ast
import copy
from dataclasses import dataclass, field
from typing import Callable

from ..ast_walk import walk
from ..diagnostics import SourceFile
from ..frontend.symbols import MODULE_SEP, FuncInfo, Program
from .model import BOTTOM, Type


@dataclass(frozen=True)
class ResultT(Type):
    """Not a value's type: the last item of an instance's argument types when its callers fill its
    result (`xs = make(); xs.append("a")` where make returns []).  Each use of the result gets an instance
    whose return type is that use's (user_call, widen_return), so two callers may fill make()'s empty
    list with different items, as in CPython."""
    result: Type

    def __str__(self):
        return f"returns_{self.result}"


@dataclass
class CallInfo:
    kind: str  # 'user', 'virtual', 'new', 'builtin', 'method', 'nothing', or a module's name ('math', 'os.path')
    name: str
    key: tuple | None = None  # user: instance key; new: the __init__ instance (None: no __init__)
    args: list[ast.expr] = field(default_factory=list)  # user: bound arguments in parameter order (a method's receiver first)
    targets: list = field(default_factory=list)  # virtual: (class, instance key) for each class the receiver may be
    recv_class: str | None = None  # methods: the receiver's static class
    return_type: Type = BOTTOM
    cls_arg: bool = False  # a classmethod: its cls parameter gets a placeholder
    discard: ast.expr | None = None  # obj.staticmethod(...): obj is evaluated and dropped
    self_recv: bool = False  # super().m(...): the receiver is the calling method's self
    npositional: int = -1  # new: how many arguments the call passed by position (an exception's args)
    lacking: list = field(default_factory=list)  # virtual: constructed classes the receiver may be that lack the method
    replaces: list[int] = field(default_factory=list)  # namedtuple_replace: the field index each new value replaces

    def instance_key(self) -> tuple:
        """The instance the call runs (a call of a user function, or `new` of a class with __init__)."""
        assert self.key is not None, (self.kind, self.name)
        return self.key

    def receiver_class(self) -> str:
        """The receiver's static class (a method call)."""
        assert self.recv_class is not None, (self.kind, self.name)
        return self.recv_class


@dataclass
class Instance:
    func: FuncInfo
    argtypes: tuple
    var_types: dict[str, Type] = field(default_factory=dict)
    var_origin: dict[str, ast.AST] = field(default_factory=dict)
    expr_types: dict[int, Type] = field(default_factory=dict)
    # a value that may be None, read where its inner type is needed: id -> (its OptT, the node using it);
    # expr_types holds the inner type, and lowering checks the value (CPython's error if it is None)
    unwraps: dict[int, tuple] = field(default_factory=dict)
    # a read of a local a test showed is None (types/narrowing.py NONE_PREFIX), where its use needs a
    # value: id -> (the node using it, the local's type); its type is BOTTOM (no value is made) and
    # lowering raises CPython's error for the use there
    none_raises: dict[int, tuple] = field(default_factory=dict)
    # `obj.x = v` where x is a property with a setter: id of the target -> the call of `x#set`
    setters: dict[int, CallInfo] = field(default_factory=dict)
    cut_after: set = field(default_factory=set)  # ids of `if x is None:` statements that end their block here (stmt_If)
    calls: dict[int, CallInfo] = field(default_factory=dict)
    return_type: Type = BOTTOM
    return_origin: ast.AST | None = None
    # a generator function's instance: return_type is its GenT; what it yields, and what its `return`
    # gives (StopIteration's value, the result of `yield from` it)
    yield_type: Type = BOTTOM
    yield_origin: ast.AST | None = None
    gen_return: Type = BOTTOM

    def __repr__(self):  # short, as ir.ops.Module's
        return f"Instance({self.func.name}, {self.argtypes})"

    @property
    def key(self) -> tuple:
        return (self.func.name, self.argtypes)

    def type_of(self, node) -> Type:
        return self.expr_types[id(node)]


@dataclass
class TypedProgram:
    program: Program
    instances: dict[tuple, Instance]
    global_types: dict[str, Type]
    module_key: tuple
    fields: dict[tuple, Type] = field(default_factory=dict)  # (owner class, attribute) -> type
    dunder_calls: dict[tuple, CallInfo] = field(default_factory=dict)  # (class, dunder, argument types) -> call
    closure_envs: dict[str, list] = field(default_factory=dict)  # closure function -> the types it captures (types/functions.py)
    exports: list = field(default_factory=list)  # hybrid mode: the Export of each function CPython calls (types/exports.py)
    not_exported: list = field(default_factory=list)  # hybrid mode: (function, why CPython cannot call it)
    main_name: str = "__main__"  # the main file's __name__: in hybrid mode, the name CPython imports it by

    def __repr__(self):  # short, as ir.ops.Module's: pytest shows a failing test's arguments by repr
        return f"TypedProgram({self.program.source.path}, {len(self.instances)} instances)"


def bind_call(source: SourceFile, func: FuncInfo, call: ast.Call,
              tuple_length: Callable[[ast.expr], int | None] | None = None, iterable_spread: bool = True,
              qualname: str | None = None, offset: int = 0) -> list[ast.expr]:
    """Match a call's positional and keyword arguments to the parameters (CPython's TypeErrors, at compile
    time).  A `*args` parameter is given a tuple display of the extra positional arguments, made once per
    call and function (so that inference and lowering see one node).

    `f(*t)` where t is a tuple of known length (tuple_length, from its type; -1: not known yet) passes t[0], t[1], ...
    (subscripts made once per call and length, so each instance of the caller sees its own).  t is a
    variable or a field, read once per item: nothing can change it between those reads.  A last `*xs` of
    another list, tuple or str fills the remaining positional parameters (spread_sequence), then *args.
    qualname and offset (self) are how CPython names f and counts its arguments in run-time errors."""
    name = func.name.rsplit(MODULE_SEP, 1)[-1]  # heapq:nlargest is nlargest to CPython
    bound: dict[str, ast.expr] = {}
    positional = func.positional
    args = spread_arguments(source, call, tuple_length, keep_last=True)
    star = args[-1] if args and isinstance(args[-1], ast.Starred) else None  # f(a, *xs): xs's items go to *args
    spread: dict[str, ast.expr] = {}
    if star is not None:
        args = args[:-1]
        if not iterable_spread and (len(args) >= len(positional) or func.vararg is not None):
            raise source.error(star, "unpacking a list into the *args of a function called through a value is not supported yet")
        if len(args) < len(positional):
            keywords_given = {kw.arg for kw in spread_keywords(call) if kw.arg is not None}
            spread, star = spread_sequence(source, func, call, star, len(args), keywords_given,
                                           qualname or func.python_qualname(), offset)
        elif func.vararg is None:
            raise source.error(star, f"{name}(*xs) where {name}() takes no more positional arguments is not supported yet")
    if len(args) > len(positional) and func.vararg is None:
        n, given = len(positional), len(args)
        raise source.error(call, f"{name}() takes {n} positional argument{'s' if n != 1 else ''} but {given} {'were' if given != 1 else 'was'} given")
    for p, a in zip(positional, args):
        bound[p] = a
    bound.update(spread)
    if func.vararg is not None:
        packs = call.__dict__.setdefault("pyzc_varargs", {})
        key = (id(func.node), tuple(id(a) for a in args), id(star))
        if key not in packs:
            extra = args[len(positional):]
            packs[key] = ast.copy_location(ast.Tuple(elts=list(extra), ctx=ast.Load()), extra[0] if extra else call)
            if star is not None:  # tuple([extra...] + list(xs)): the extra items, then the iterable's
                def made(node: ast.expr) -> ast.expr:  # a node pyzc adds: where the star is
                    return ast.copy_location(node, star)

                items: ast.expr = made(ast.Call(func=made(ast.Name(id="list", ctx=ast.Load())), args=[star.value], keywords=[]))
                if extra:
                    items = made(ast.BinOp(left=made(ast.List(elts=list(extra), ctx=ast.Load())), op=ast.Add(), right=items))
                packs[key] = made(ast.Call(func=made(ast.Name(id="tuple", ctx=ast.Load())), args=[items], keywords=[]))
        bound[func.vararg] = packs[key]
    extra_keywords: list[ast.keyword] = []
    given_positional = list(bound)
    keywords = spread_keywords(call)
    dstar = [kw for kw in keywords if kw.arg is None]
    if len(dstar) > 1:
        raise source.error(dstar[1].value, "several ** arguments in one call are not supported yet")
    spelled = {p.split("@")[0]: p for p in func.params}  # a lambda's parameters are renamed apart (`b@2`)
    for kw in keywords:
        if kw.arg is None:
            continue
        param = spelled.get(kw.arg, kw.arg)
        if param not in func.params or param in (func.vararg, func.kwarg):
            if func.kwarg is not None:
                if any(k.arg == kw.arg for k in extra_keywords):
                    raise source.error(kw, f"{name}() got multiple values for keyword argument '{kw.arg}'")
                extra_keywords.append(kw)
                continue
            raise source.error(kw, f"{name}() got an unexpected keyword argument '{kw.arg}'")
        if param in bound:
            raise source.error(kw, f"{name}() got multiple values for argument '{kw.arg}'")
        bound[param] = kw.value
    check = None
    if dstar and spread:
        raise source.error(dstar[0].value, f"{name}(*xs, **d) with a list xs is not supported yet")
    if dstar:
        from_d = double_star(source, func, call, dstar[0], bound, given_positional, extra_keywords)
        check = from_d.pop(KWARGS_CHECK, None)
        bound.update(from_d)
    if func.kwarg is not None and func.kwarg not in bound:
        # `**kwargs`: a dict display of the extra keyword arguments, in the call's order (made once per
        # call and function, as the *args tuple)
        packs = call.__dict__.setdefault("pyzc_kwargs", {})
        if id(func.node) not in packs:
            packs[id(func.node)] = ast.copy_location(ast.Dict(
                keys=[ast.copy_location(ast.Constant(kw.arg), kw) for kw in extra_keywords],
                values=[kw.value for kw in extra_keywords]), call)
            setattr(packs[id(func.node)], "pyzc_kwargs_of", f"**{func.kwarg} of {name}()")
        bound[func.kwarg] = packs[id(func.node)]
    for kind, group in (("positional", positional), ("keyword-only", func.kwonly)):
        missing = [p for p in group if p not in bound and p not in func.defaults]
        if missing:
            quoted = [f"'{m.split('@')[0]}'" for m in missing]  # CPython: 'a' and 'b'; 'a', 'b', and 'c'
            names = " and ".join(quoted) if len(quoted) <= 2 else ", ".join(quoted[:-1]) + ", and " + quoted[-1]
            raise source.error(call, f"{name}() missing {len(missing)} required {kind} argument{'s' if len(missing) != 1 else ''}: {names}")
    # every parameter is now bound or has a default (a captured variable is passed as an argument: symbols.py)
    result = [bound[p] if p in bound else func.defaults[p] for p in func.params]
    if check is not None:
        call.__dict__.setdefault("pyzc_kwargs_checks", {})[(id(func.node), tuple(map(id, result)))] = check
    return result


def spread_keywords(call: ast.Call) -> list[ast.keyword]:
    """The call's keyword arguments, with `**{"a": x, "b": y}` (a display of constant str keys, each once)
    as `a=x, b=y`."""
    if not any(kw.arg is None and literal_keys(kw.value) for kw in call.keywords):
        return call.keywords
    out = []
    for kw in call.keywords:
        keys = literal_keys(kw.value) if kw.arg is None else None
        if keys:
            assert isinstance(kw.value, ast.Dict)
            out += [ast.copy_location(ast.keyword(arg=k, value=v), v) for k, v in zip(keys, kw.value.values)]
        else:
            out.append(kw)
    return out


def literal_keys(node: ast.expr) -> list[str] | None:
    if not isinstance(node, ast.Dict) or not node.keys:
        return None
    keys = [k.value if isinstance(k, ast.Constant) and isinstance(k.value, str) else None for k in node.keys]
    if None in keys or len(set(keys)) != len(keys):
        return None
    return keys  # type: ignore[return-value]


def double_star(source: SourceFile, func: FuncInfo, call: ast.Call, dstar: ast.keyword, bound: dict,
                given_positional: list[str], extra_keywords: list[ast.keyword]) -> dict[str, ast.expr]:
    """`f(..., **d)`: each parameter the call does not give is `d["p"]` (`d["p"] if "p" in d else its
    default`), and a `**kwargs` parameter takes d's other keys.  The first of those reads d through
    `__pyz_kwargs_check(d, list(d), words)` (primitives/builtin_ops.py), which raises CPython's
    TypeError for a key no parameter takes, a parameter given twice or one missing.  d must be a
    variable or a field (it is read once per parameter).  Made once per call and function."""
    d = dstar.value
    name = func.name
    if not is_plain_place(d):
        raise source.error(d, "unpacking an expression with ** is not supported yet; assign it to a variable first")
    if extra_keywords:
        raise source.error(extra_keywords[0], f"{name}() given both ** and keywords that go into **{func.kwarg} is not supported yet")
    from_d = [p for p in func.params if p not in bound and p not in (func.vararg, func.kwarg)]
    cache = call.__dict__.setdefault("pyzc_double_star", {})
    key = (id(func.node), tuple(bound), tuple(given_positional))  # the binding differs with a spread's length
    if key in cache:
        return dict(cache[key])

    def made(node):
        for n in walk(node):
            if "lineno" in n._attributes and getattr(n, "lineno", None) is None:
                ast.copy_location(n, d)
        return node

    def read() -> ast.expr:
        return made(copy.deepcopy(d))

    positional = [p for p in func.positional]
    qual = "__main__." + name if MODULE_SEP not in name else name.replace(MODULE_SEP, ".")
    def word(p: str) -> str:  # a parameter as the caller spells it (a lambda's are renamed apart: `b@2`)
        return p.split("@")[0]

    words = "\n".join([name, qual, " ".join(map(word, from_d)),
                       " ".join(word(p) for p in from_d if p in positional and p not in func.defaults),
                       " ".join(word(p) for p in from_d if p in func.kwonly and p not in func.defaults),
                       " ".join(map(word, given_positional)), " ".join(word(p) for p in bound if p not in given_positional),
                       "1" if func.kwarg else "0"])
    check = made(ast.Call(func=ast.Name(id="__pyz_kwargs_check", ctx=ast.Load()),
                          args=[read(), ast.Call(func=ast.Name(id="list", ctx=ast.Load()), args=[read()], keywords=[]),
                                ast.Constant(words)], keywords=[]))
    out: dict[str, ast.expr] = {}
    first = True
    for p in from_d:
        source_d = check if first else read()
        first = False
        item = made(ast.Subscript(value=read() if p in func.defaults else source_d, slice=ast.Constant(word(p)), ctx=ast.Load()))
        if p in func.defaults:
            test = made(ast.Compare(left=ast.Constant(word(p)), ops=[ast.In()], comparators=[source_d]))
            out[p] = made(ast.IfExp(test=test, body=item, orelse=func.defaults[p]))
            out[p].pyzc_double_star = (word(p), ast.unparse(d), func.py_name)  # type: ignore[attr-defined]  # (infer's message)
        else:
            out[p] = item
    if func.kwarg is not None:
        source_d = check if first else read()
        at = f"{call.lineno}_{call.col_offset}"  # names the same in every run (not id(): the C must not change)
        k, v = f"key@kw{at}", f"value@kw{at}"
        taken = made(ast.Tuple(elts=[ast.Constant(word(p)) for p in func.params if p not in (func.vararg, func.kwarg)], ctx=ast.Load()))
        gen = ast.comprehension(target=made(ast.Tuple(elts=[ast.Name(id=k, ctx=ast.Store()), ast.Name(id=v, ctx=ast.Store())],
                                                      ctx=ast.Store())),
                                iter=made(ast.Call(func=ast.Attribute(value=source_d, attr="items", ctx=ast.Load()), args=[],
                                                   keywords=[])),
                                ifs=[made(ast.Compare(left=ast.Name(id=k, ctx=ast.Load()), ops=[ast.NotIn()], comparators=[taken]))],
                                is_async=0)
        pack = made(ast.DictComp(key=ast.Name(id=k, ctx=ast.Load()), value=ast.Name(id=v, ctx=ast.Load()), generators=[gen]))
        setattr(pack, "pyzc_kwargs_of", f"**{func.kwarg} of {name}()")
        out[func.kwarg] = pack
    if first:  # the call gives every parameter itself: d must be empty, checked after the arguments
        out[KWARGS_CHECK] = check
    cache[key] = out
    return dict(out)


def spread_sequence(source: SourceFile, func: FuncInfo, call: ast.Call, star: ast.Starred, given: int,
                    keywords_given: set[str], qualname: str, offset: int) -> tuple[dict[str, ast.expr], ast.Starred | None]:
    """`f(a, *xs)` where xs (a list, a tuple of any length or a str) fills the positional parameters after
    the `given` ones: each is `xs[i]` if required, `xs[i] if len(xs) > i else its default` if it has one,
    and left to its keyword if the call gives one; a `*args` parameter takes `xs[n:]` (the second result,
    for bind_call's pack).  The first read of xs goes through `__pyz_spread_check(xs, words)`
    (primitives/builtin_ops.py), which raises CPython's TypeError when xs's length does not fit.  xs is
    read once per parameter when it is a variable, a field or a slice of one; another expression is
    evaluated once, into a variable `spread@L_C` (list(...) of it).  Made once per call and binding."""
    xs = star.value
    place = xs
    if isinstance(xs, ast.Subscript) and isinstance(xs.slice, ast.Slice) \
            and all(part is None or isinstance(part, (ast.Constant, ast.Name)) for part in (xs.slice.lower, xs.slice.upper, xs.slice.step)):
        place = xs.value  # a slice of one: `f(*xs[1:])`, made again per read
    # another expression (`f(*line.split())`, `f(*map(int, words))`) is evaluated once, as list(...) of it,
    # into a variable of its own that the later reads read
    temp = None if is_plain_place(place) else f"spread@{star.lineno}_{star.col_offset}"
    positional = func.positional
    slots = positional[given:]
    spelled = {p.split("@")[0]: p for p in func.params}  # a lambda's parameters are renamed apart (`b@2`)
    by_keyword = {spelled.get(k, k) for k in keywords_given}
    flags = "".join("k" if p in by_keyword else "d" if p in func.defaults else "r" for p in slots)
    cache = call.__dict__.setdefault("pyzc_spread_sequence", {})
    key = (id(func.node), given, flags)
    if key in cache:
        return dict(cache[key][0]), cache[key][1]

    def made(node):
        for n in walk(node):
            if "lineno" in n._attributes and getattr(n, "lineno", None) is None:
                ast.copy_location(n, star)
        return node

    defcount = sum(1 for p in positional if p in func.defaults)
    kwonly_given = sum(1 for p in func.kwonly if p in by_keyword)
    words = "\n".join([qualname, f"{given + offset} {len(positional) + offset} {defcount} {kwonly_given} {int(func.vararg is not None)}",
                       flags, " ".join(p.split("@")[0] for p in slots)])
    first = True

    def read() -> ast.expr:
        nonlocal first
        if first:
            first = False
            if temp is None:
                args: list[ast.expr] = [copy.deepcopy(xs), ast.Constant(words)]
            else:
                args = [ast.Call(func=ast.Name(id="list", ctx=ast.Load()), args=[xs], keywords=[]), ast.Constant(words), ast.Constant(temp)]
            return made(ast.Call(func=ast.Name(id="__pyz_spread_check", ctx=ast.Load()), args=args, keywords=[]))
        return made(copy.deepcopy(xs) if temp is None else ast.Name(id=temp, ctx=ast.Load()))

    out: dict[str, ast.expr] = {}
    for i, (p, flag) in enumerate(zip(slots, flags)):
        if flag == "r":
            out[p] = made(ast.Subscript(value=read(), slice=ast.Constant(i), ctx=ast.Load()))
        elif flag == "d":
            test = made(ast.Compare(left=ast.Call(func=ast.Name(id="len", ctx=ast.Load()), args=[read()], keywords=[]),
                                    ops=[ast.Gt()], comparators=[ast.Constant(i)]))
            out[p] = made(ast.IfExp(test=test, body=made(ast.Subscript(value=read(), slice=ast.Constant(i), ctx=ast.Load())),
                                    orelse=func.defaults[p]))
    rest = None
    if func.vararg is not None:
        rest = made(ast.Starred(value=ast.Subscript(value=read(), slice=ast.Slice(lower=ast.Constant(len(slots)), upper=None, step=None), ctx=ast.Load()),
                                ctx=ast.Load()))
    if first:
        raise source.error(star, f"{func.py_name}(*xs) where keywords give every parameter xs could fill is not supported yet")
    cache[key] = (out, rest)
    return dict(out), rest


KWARGS_CHECK = "**"  # double_star's entry for a check no parameter's argument holds


def kwargs_check_of(call: ast.Call, func: FuncInfo, args: list[ast.expr]) -> ast.expr | None:
    """The check of `f(..., **d)` that no parameter's argument holds (double_star), for the binding whose
    arguments are args (bind_call's result, maybe followed by captures): evaluated by itself, after the
    arguments and before the call."""
    ids = tuple(map(id, args))
    for (node_id, bound_ids), check in call.__dict__.get("pyzc_kwargs_checks", {}).items():
        if node_id == id(func.node) and ids[:len(bound_ids)] == bound_ids:
            return check
    return None


def spread_arguments(source: SourceFile, call: ast.Call, tuple_length: Callable[[ast.expr], int | None] | None,
                     keep_last: bool = False) -> list[ast.expr]:
    """The positional arguments of a call, each `*t` spread into t[0], t[1], ... (bind_call).  keep_last:
    a last `*xs` of any other iterable stays, for the callee's *args (bind_call)."""
    if not any(isinstance(a, ast.Starred) for a in call.args):
        return call.args
    out: list[ast.expr] = []
    spreads = call.__dict__.setdefault("pyzc_spread", {})
    for a in call.args:
        if not isinstance(a, ast.Starred):
            out.append(a)
            continue
        if isinstance(a.value, (ast.Tuple, ast.List)) and not any(isinstance(e, ast.Starred) for e in a.value.elts):
            out.extend(a.value.elts)  # f(*(x, y)), f(*[x, y]): each item once, in order
            continue
        n = tuple_length(a.value) if tuple_length is not None else None
        if n == -1:
            raise ArgumentsNotKnownYet()
        if n is None and keep_last and a is call.args[-1]:
            out.append(a)  # evaluated once, where the *args tuple is made
            continue
        if n is None:
            raise source.error(a, "unpacking into arguments is supported for tuples of known length, and for a list,"
                               " a tuple or a str as the last positional argument, for now")
        if not is_plain_place(a.value) and n == 0:
            raise source.error(a, "unpacking an expression into arguments is not supported yet; assign it to a variable first")
        if (id(a), n) not in spreads:
            if is_plain_place(a.value):
                reads = [a.value] * n
            else:  # `f(*pair())`: evaluated once, into a variable of its own (spread_sequence)
                temp = f"spread@{a.lineno}_{a.col_offset}"
                first = ast.Call(func=ast.Name(id="__pyz_spread_check", ctx=ast.Load()),
                                 args=[a.value, ast.Constant(""), ast.Constant(temp)], keywords=[])
                reads = [first] + [ast.Name(id=temp, ctx=ast.Load()) for _ in range(n - 1)]
            spreads[(id(a), n)] = [ast.fix_missing_locations(ast.copy_location(
                ast.Subscript(value=ast.copy_location(r, a), slice=ast.copy_location(ast.Constant(i), a), ctx=ast.Load()), a))
                for i, r in enumerate(reads)]
        out.extend(spreads[(id(a), n)])
    return out


class ArgumentsNotKnownYet(Exception):
    """`f(*t)` where t has no type yet this round of inference: the call is typed in a later round."""


def is_plain_place(node: ast.expr) -> bool:
    """A variable, or a field of one (self.point): reading it has no effect."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name)
