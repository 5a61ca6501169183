"""A builtin exception made as a value (`err = ValueError(msg)`, `[KeyError(k), TypeError(t)]`): the
exception a function of the program raises and catches at once.

`ValueError(a, b)` that is not the object of a `raise` is a call of

    def _pyz_exception_ValueError_2(_pyz_exc_0, _pyz_exc_1):
        try:
            raise ValueError(_pyz_exc_0, _pyz_exc_1)
        except ValueError as e:
            return e

added to the module once per class and number of arguments.  The caught exception is the value
that `except E as e` gives everywhere else (str, repr, args, isinstance, raised again by
`raise err`), made with the arguments CPython's constructor takes, so nothing else needs to know
how an exception object is made.  The traceback of `raise err` is that of the `raise` statement,
as CPython's is for an exception that was made and never raised (the helper's frame is not in it:
its exception never left it).

Left as they are: a `raise ValueError(...)` itself, calls with keywords or `*args`, a name the
program binds itself, and the classes whose constructor reads its arguments (the OSError family,
SystemExit, the Unicode errors), which their other rules refuse.  Runs in the subset check (check.py).
"""

from __future__ import annotations

import ast

from .. import exceptions

PREFIX = "_pyz_exception_"
ARG = "_pyz_exc_"


def simple(name: str) -> bool:
    """A builtin exception class whose constructor keeps its arguments as they are."""
    if name not in exceptions.PYTHON_NAMES or name in exceptions.MODULE_MEMBERS:
        return False
    chain = exceptions.chain(name)
    return "OSError" not in chain and "UnicodeError" not in chain and name not in ("SystemExit", "BaseException")


def bound(module: ast.Module) -> set[str]:
    out: set[str] = set()
    for n in ast.walk(module):
        if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load):
            out.add(n.id)
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.add(n.name)
        elif isinstance(n, ast.arg):
            out.add(n.arg)
        elif isinstance(n, ast.alias):
            out.add((n.asname or n.name).split(".")[0])
    return out


def helper(name: str, n: int) -> ast.FunctionDef:
    params = ", ".join(f"{ARG}{i}" for i in range(n))
    text = (f"def {PREFIX}{name}_{n}({params}):\n"
            f"    try:\n"
            f"        raise {name}({params})\n"
            f"    except {name} as _pyz_exc_made:\n"
            f"        return _pyz_exc_made\n")
    fn = ast.parse(text).body[0]
    assert isinstance(fn, ast.FunctionDef)
    return fn


def is_preamble(s: ast.stmt) -> bool:
    """A docstring or a `from __future__ import`, which stay first."""
    return isinstance(s, ast.ImportFrom) and s.module == "__future__" \
        or isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant)


def rewrite_exception_values(module: ast.Module) -> bool:
    """False where nothing could be rewritten (check.py's census stays as it was)."""
    raised = {id(n.exc) for n in ast.walk(module) if isinstance(n, ast.Raise) and n.exc is not None}
    mine = bound(module)
    needed: dict[tuple[str, int], ast.AST] = {}
    for n in ast.walk(module):
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and id(n) not in raised and simple(n.func.id) \
                and n.func.id not in mine and not n.keywords and not any(isinstance(a, ast.Starred) for a in n.args):
            key = (n.func.id, len(n.args))
            needed.setdefault(key, n)
            n.func = ast.copy_location(ast.Name(id=f"{PREFIX}{key[0]}_{key[1]}", ctx=ast.Load()), n.func)
    if not needed:
        return False
    at = 0
    while at < len(module.body) and is_preamble(module.body[at]):
        at += 1
    defs = []
    for (name, count), where in needed.items():
        fn = helper(name, count)
        for x in ast.walk(fn):
            if "lineno" in x._attributes:
                ast.copy_location(x, where)
        defs.append(fn)
    module.body[at:at] = defs
    return True
