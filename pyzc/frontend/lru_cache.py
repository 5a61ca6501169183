"""@functools.lru_cache and @functools.cache on a module-level function: the memo written into it.

CPython wraps the function in a C object that looks each call's arguments up in a dict
before calling it, and stores what the call returns.  pyzc has no function objects to
wrap, so the function itself does it, which keeps its name, its frames in tracebacks and
its recursion (a recursive call is a call of the memoized function, as in CPython):

    _pyz_lru_f = {}                       # before the def, where CPython makes the wrapper
    def f(a, b):
        _pyz_lru_key = (a, b)             # one parameter: the value itself; none: 0
        if _pyz_lru_key in _pyz_lru_f:    # a hit; bounded: moved to the most recent end
            return ...
        ... each `return x` becomes `return _pyz_lru_store_f(_pyz_lru_key, x)`
    def _pyz_lru_store_f(key, value): ...  # stores; bounded: evicts the least recent first

The dict keeps its keys in recency order (a hit pops and re-inserts), so its first key is
the least recently used: CPython's eviction order, and its rule that a key added during
the call itself (recursion) is not added again.  `maxsize=0` caches nothing, as CPython's.

Refused, as "not supported yet": a decorated method or nested function, parameters with
defaults, *args, **kwargs or keyword-only (CPython's key tells `f(1)` from `f(1, 2)` and
`f(a=1)` from `f(1)`), a call of the function with keyword arguments, `typed=True`, a
maxsize that is not a constant, other decorators beside it, and the wrapper's attributes
(`f.cache_info()`, `f.cache_clear()`, `f.__wrapped__`).

Runs in the subset check (check.py), before anything looks at decorators.
"""

from __future__ import annotations

import ast

from ..ast_walk import walk
from ..diagnostics import CompileError, SourceFile
from .imports import import_names

HIDDEN = "_pyz_lru_"
UNBOUNDED = -1
DEFAULT_MAXSIZE = 128


def functools_names(module: ast.Module) -> tuple[set[str], dict[str, str]]:
    """The names the module gives the functools module, and those it gives its cache functions."""
    modules, members = import_names(module, "functools")
    return modules | {"functools"}, {k: v for k, v in members.items() if v in ("lru_cache", "cache")}


def cache_function(node: ast.expr, modules: set[str], members: dict[str, str]) -> str | None:
    """'lru_cache' or 'cache' when node names one of them."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules \
            and node.attr in ("lru_cache", "cache"):
        return node.attr
    if isinstance(node, ast.Name) and node.id in members:
        return members[node.id]
    return None


def maxsize_of(source: SourceFile, d: ast.expr, modules: set[str], members: dict[str, str]) -> int | None:
    """The decorator's maxsize (UNBOUNDED for None), or None when it is no cache decorator."""
    fn = cache_function(d, modules, members)
    if fn == "cache":
        return UNBOUNDED
    if fn == "lru_cache":
        return DEFAULT_MAXSIZE
    if not isinstance(d, ast.Call) or cache_function(d.func, modules, members) != "lru_cache":
        return None
    args = dict(zip(("maxsize", "typed"), d.args))
    if len(d.args) > 2:
        raise source.error(d, f"lru_cache() takes from 0 to 2 positional arguments but {len(d.args)} were given")
    for kw in d.keywords:
        if kw.arg not in ("maxsize", "typed") or kw.arg in args:
            raise source.error(kw, f"lru_cache() got an unexpected keyword argument '{kw.arg}'" if kw.arg not in
                               ("maxsize", "typed") else f"lru_cache() got multiple values for argument '{kw.arg}'")
        args[kw.arg] = kw.value
    typed = args.get("typed")
    if typed is not None and not (isinstance(typed, ast.Constant) and not typed.value):
        raise source.error(typed, "functools.lru_cache(typed=True) is not supported yet")
    size = args.get("maxsize")
    if size is None or isinstance(size, ast.Constant) and size.value is None:
        return UNBOUNDED if size is not None else DEFAULT_MAXSIZE
    if isinstance(size, ast.Constant) and type(size.value) is int:
        return max(size.value, 0)
    if isinstance(size, ast.UnaryOp) and isinstance(size.op, ast.USub) and isinstance(size.operand, ast.Constant):
        return 0
    raise source.error(size, "functools.lru_cache() with a maxsize that is not a constant is not supported yet")


def rewrite_lru_cache(source: SourceFile, module: ast.Module) -> bool:
    """Memoize, in place, every module-level function decorated with lru_cache or cache.  Returns whether
    it memoized any (check.py's census is taken again if so)."""
    modules, members = functools_names(module)
    errors: list[CompileError] = []
    cached: set[str] = set()
    body: list[ast.stmt] = []
    for stmt in module.body:
        if isinstance(stmt, ast.FunctionDef) and stmt.decorator_list:
            try:
                sizes = [maxsize_of(source, d, modules, members) for d in stmt.decorator_list]
            except CompileError as e:
                errors.append(e)
                body.append(stmt)
                continue
            if any(s is not None for s in sizes):
                if len(sizes) > 1:
                    errors.append(source.error(stmt.decorator_list[0], "other decorators beside lru_cache are not supported yet"))
                    body.append(stmt)
                    continue
                size = sizes[0]
                assert size is not None
                try:
                    body += memoize(source, stmt, size)
                except CompileError as e:
                    errors.append(e)
                    body.append(stmt)
                    continue
                cached.add(stmt.name)
                continue
        body.append(stmt)
    module.body = body
    for node in walk(module):  # what the C wrapper would have, and calls whose key would differ
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in cached:
            errors.append(source.error(node, f"{node.value.id}.{node.attr} (of an lru_cache function) is not supported yet"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in cached and node.keywords:
            errors.append(source.error(node, f"a call of the lru_cache function {node.func.id}() with keyword arguments "
                                             "is not supported yet"))
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)) and not any(node is s for s in module.body):
            for d in node.decorator_list:
                if cache_function(d.func if isinstance(d, ast.Call) else d, modules, members) is not None:
                    errors.append(source.error(d, "lru_cache on a method or a nested function is not supported yet"))
    if errors:
        raise CompileError.of(errors)
    return bool(cached)


def memoize(source: SourceFile, f: ast.FunctionDef, maxsize: int) -> list[ast.stmt]:
    """The statements that replace f: its memo, f itself with the memo written in, and the store helper."""
    a = f.args
    if a.defaults or a.vararg or a.kwarg or a.kwonlyargs or a.posonlyargs:
        raise source.error(f, f"lru_cache on a function with default, *, ** or keyword-only parameters "
                              f"({f.name}) is not supported yet")
    f.decorator_list = []
    if maxsize == 0:  # CPython's wrapper then only calls the function
        return [f]
    memo, store, key = HIDDEN + f.name, HIDDEN + "store_" + f.name, HIDDEN + "key"
    params = [p.arg for p in a.args]

    def name(n: str, store_ctx: bool = False) -> ast.Name:
        return ast.Name(id=n, ctx=ast.Store() if store_ctx else ast.Load())

    if not params:
        key_value: ast.expr = ast.Constant(0)
    elif len(params) == 1:
        key_value = name(params[0])
    else:
        key_value = ast.Tuple(elts=[name(p) for p in params], ctx=ast.Load())
    lookup = ast.Subscript(value=name(memo), slice=name(key), ctx=ast.Load())
    if maxsize == UNBOUNDED:
        hit: list[ast.stmt] = [ast.Return(value=lookup)]
    else:  # a hit becomes the most recent: popped and stored again at the end of the dict's order
        value = HIDDEN + "value"
        pop = ast.Call(func=ast.Attribute(value=name(memo), attr="pop", ctx=ast.Load()), args=[name(key)], keywords=[])
        hit = [ast.Assign(targets=[name(value, True)], value=pop),
               ast.Assign(targets=[ast.Subscript(value=name(memo), slice=name(key), ctx=ast.Store())], value=name(value)),
               ast.Return(value=name(value))]
    head: list[ast.stmt] = [
        ast.Assign(targets=[name(key, True)], value=key_value),
        ast.If(test=ast.Compare(left=name(key), ops=[ast.In()], comparators=[name(memo)]), body=hit, orelse=[]),
    ]
    Returns(store, key).visit_body(f.body)
    f.body = head + f.body
    if falls_through(f.body):
        f.body.append(ast.Return(value=ast.Call(func=name(store), args=[name(key), ast.Constant(None)], keywords=[])))
    new_memo = ast.Assign(targets=[name(memo, True)], value=ast.Dict(keys=[], values=[]))
    helper = store_helper(store, memo, maxsize)
    out = [new_memo, f, helper]
    for s in out:
        ast.copy_location(s, f)
        for n in walk(s):
            if not hasattr(n, "lineno") or n.lineno is None:
                ast.copy_location(n, f)
    ast.fix_missing_locations(f)
    return out


def store_helper(store: str, memo: str, maxsize: int) -> ast.FunctionDef:
    if maxsize == UNBOUNDED:
        text = f"def {store}(key, value):\n    {memo}[key] = value\n    return value\n"
    else:  # CPython's bounded wrapper: a key the call itself added stays; a full cache drops its oldest key
        text = (f"def {store}(key, value):\n"
                f"    if key in {memo}:\n"
                f"        return value\n"
                f"    if len({memo}) >= {maxsize}:\n"
                f"        oldest = key\n"
                f"        for k in {memo}:\n"
                f"            oldest = k\n"
                f"            break\n"
                f"        del {memo}[oldest]\n"
                f"    {memo}[key] = value\n"
                f"    return value\n")
    fdef = ast.parse(text).body[0]
    assert isinstance(fdef, ast.FunctionDef)
    return fdef


class Returns(ast.NodeVisitor):
    """`return x` -> `return store(key, x)` in the function's own body (not in nested functions)."""

    def __init__(self, store: str, key: str):
        self.store = store
        self.key = key

    def visit_body(self, body: list[ast.stmt]) -> None:
        for s in body:
            self.visit(s)

    def visit_Return(self, node: ast.Return):
        value = node.value if node.value is not None else ast.copy_location(ast.Constant(None), node)
        call = ast.Call(func=ast.Name(id=self.store, ctx=ast.Load()),
                        args=[ast.Name(id=self.key, ctx=ast.Load()), value], keywords=[])
        node.value = ast.copy_location(call, value)

    def visit_FunctionDef(self, node: ast.FunctionDef):
        return None

    def visit_Lambda(self, node: ast.Lambda):
        return None

    def visit_ClassDef(self, node: ast.ClassDef):
        return None


def falls_through(body: list[ast.stmt]) -> bool:
    """Whether running body may reach its end (types/infer.py's falls_through, before types are known)."""
    if not body:
        return True
    last = body[-1]
    if isinstance(last, (ast.Return, ast.Raise)):
        return False
    if isinstance(last, ast.Try):
        if last.finalbody and not falls_through(last.finalbody):
            return False
        body_ft = falls_through(last.body + last.orelse) if last.orelse else falls_through(last.body)
        return body_ft or any(falls_through(h.body) for h in last.handlers)
    if isinstance(last, ast.Assert) and isinstance(last.test, ast.Constant) and not last.test.value:
        return False
    if isinstance(last, ast.Expr) and isinstance(last.value, ast.Call) and isinstance(last.value.func, ast.Attribute) \
            and last.value.func.attr == "exit" and isinstance(last.value.func.value, ast.Name) \
            and last.value.func.value.id == "sys":
        return False
    if isinstance(last, ast.If):
        return falls_through(last.body) or falls_through(last.orelse)
    if isinstance(last, ast.While) and isinstance(last.test, ast.Constant) and last.test.value is True:
        return any(isinstance(n, ast.Break) for n in walk(last))
    return True
