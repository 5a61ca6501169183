"""`@functools.cache` and `@functools.lru_cache`: a module-level function whose results are kept.

The decorated function becomes three definitions, in Python, before the subset check:

    f#cache = {}                      # a module variable: argument key -> result
    def f(a, b=2):                    # the name callers (and f itself, recursing) call
        key@ = (a, b)                 # one parameter: the argument itself
        if key@ in f#cache:
            return f#cache[key@]
        result@ = f#uncached(a, b)
        f#cache[key@] = result@
        return result@
    def f#uncached(a, b=2):           # the body as written (tracebacks name it f)
        ...

so inference and lowering see ordinary code: the dict's key and value types are the
arguments' and the result's.  Names with `#` and `@` cannot collide with the program's.

`maxsize=None` and `@cache` keep every result, as CPython does.  A bounded
`lru_cache` (`@lru_cache`, `maxsize=128`) keeps every result too: the results are the
same, but a function with side effects that CPython would call again after evicting
its entry runs them once only (docs/SUPPORTED.md says so).  Unhashable arguments are
refused at compile time (a dict key must be hashable), where CPython raises TypeError
at the call.  `typed=True`, methods, and `f.cache_info()` / `f.cache_clear()` are not
supported.
"""

from __future__ import annotations

import ast
import copy

from ..diagnostics import CompileError, SourceFile

CACHE_DECORATORS = ("functools.cache", "functools.lru_cache")


def dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = dotted(node.value)
        return inner + "." + node.attr if inner is not None else None
    return None


def cache_decorator(source: SourceFile, dec: ast.expr) -> bool:
    """Whether dec is @cache, @lru_cache, @lru_cache(...) (refusing arguments other than maxsize)."""
    target = dec.func if isinstance(dec, ast.Call) else dec
    name = dotted(target)
    if name not in CACHE_DECORATORS:
        return False
    if isinstance(dec, ast.Call):
        if name == "functools.cache":
            raise source.error(dec, "functools.cache takes no arguments")
        for kw in dec.keywords:
            if kw.arg != "maxsize":
                raise source.error(kw, f"lru_cache() with {kw.arg}= is not supported yet")
        if len(dec.args) > 1 or (dec.args and not isinstance(dec.args[0], ast.Constant)):
            raise source.error(dec, "lru_cache() takes maxsize, a constant, for now")
    return True


def memoized(fn: ast.FunctionDef) -> list[ast.stmt]:
    """The three statements that stand for a cached function (see the module docstring)."""
    name = fn.name
    cache, uncached = f"{name}#cache", f"{name}#uncached"  # `@` would make them read as locals
    args = fn.args
    params = [a.arg for a in args.posonlyargs + args.args]
    key = (f"{params[0]}" if len(params) == 1 else "(" + ", ".join(params) + ",)" if params else "0")
    call = ", ".join(params)
    wrapper = ast.parse(
        "def WRAPPER():\n"
        f"    KEY = {key}\n"
        "    if KEY in CACHE:\n"
        "        return CACHE[KEY]\n"
        f"    RESULT = UNCACHED({call})\n"
        "    CACHE[KEY] = RESULT\n"
        "    return RESULT\n").body[0]
    assert isinstance(wrapper, ast.FunctionDef)
    wrapper.name = name
    names = {"KEY": "key@", "RESULT": "result@", "CACHE": cache, "UNCACHED": uncached}  # `@`: no clash with the program's
    for n in ast.walk(wrapper):
        if isinstance(n, ast.Name) and n.id in names:
            n.id = names[n.id]
    wrapper.args = copy.deepcopy(args)
    wrapper.returns = fn.returns
    inner = copy.copy(fn)
    inner.name = uncached
    inner.decorator_list = []
    store = ast.Assign(targets=[ast.Name(id=cache, ctx=ast.Store())], value=ast.Dict(keys=[], values=[]))
    for stmt in (store, wrapper):  # what pyzc wrote stands where the def does
        for n in ast.walk(stmt):
            if isinstance(n, (ast.expr, ast.stmt, ast.arg)):
                ast.copy_location(n, fn)
    wrapper.pyzc_frameless = True  # type: ignore[attr-defined]  # CPython's cache is C: no frame of its own
    return [store, wrapper, inner]


def expand_caches(source: SourceFile, module: ast.Module) -> None:
    """Replace each module-level function decorated with @cache or @lru_cache by its three statements."""
    body: list[ast.stmt] = []
    problems: list[CompileError] = []
    for stmt in module.body:
        if isinstance(stmt, ast.FunctionDef) and stmt.decorator_list:
            try:
                cached = [d for d in stmt.decorator_list if cache_decorator(source, d)]
            except CompileError as e:  # refused here: the later stages would only refuse its decorator again
                problems.append(e)
                continue
            if cached:
                if len(stmt.decorator_list) > 1:
                    problems.append(source.error(stmt.decorator_list[0], "a cached function with other decorators is not supported yet"))
                elif stmt.args.vararg or stmt.args.kwarg or stmt.args.kwonlyargs:
                    problems.append(source.error(stmt, "a cached function with *args, **kwargs or keyword-only parameters is not supported yet"))
                else:
                    body += memoized(stmt)
                continue
        body.append(stmt)
    module.body = body
    if problems:
        raise CompileError.of(problems)
