"""Hybrid mode (`pyzc build --module hot.py`): which functions a compiled module exports, and their types.

In: the resolved `Program`; after inference, its instances.  Out: one `Export` per top-level
function of the main file: the instance CPython's calls go to, with the types that cross the
boundary.

Every top-level `def` of the main file is exported (not methods, nested functions, lambdas, or the
functions of imported modules).  Its parameter types come from its annotations when every
parameter is annotated: then inference is seeded with that instance (`seeds`), whether or not the
module calls it.  Otherwise they come from the module's own calls, which must have made exactly one
instance.  A function CPython cannot call (its types not known so, a decorator, a decorated
function, one whose types cannot cross the boundary: an object, a set, a function...) is compiled
for the module's own use and left out, with the reason, which the build prints and the wrapper
gives in a TypeError if it is called: a module whose main code calls a helper two ways still builds.

Types that cross: int, float, bool, str, None, and lists, tuples (of fixed or any length), dicts and
`X | None` of those, copied in and out (codegen/exports.py and the wrapper in templates/).
"""

from __future__ import annotations

import ast
import os
from dataclasses import dataclass
from typing import Callable

from ..diagnostics import CompileError
from ..frontend.decorators import DECORATED_SEP as DECORATED
from ..frontend.symbols import MODULE_SEP, FuncInfo, Program
from .model import BOOL, BOTTOM, FLOAT, INT, NONE, STR, DictT, ListT, OptT, TupleT, Type, VarTupleT


@dataclass(frozen=True)
class Export:
    name: str  # the Python name, as CPython's callers see it
    key: tuple  # the instance (function name, argument types)
    params: tuple  # parameter names
    param_types: tuple
    return_type: Type
    defaults: tuple  # (parameter, Python source of its constant default) for the trailing defaulted parameters


def module_name(program: Program) -> str:
    """The name CPython imports the module by (its __name__, so `if __name__ == "__main__":` is false)."""
    return os.path.splitext(os.path.basename(program.source.path))[0]


def exported_functions(program: Program) -> list[FuncInfo]:
    """The top-level functions of the main file, in source order."""
    return [f for f in program.functions.values()
            if f.kind == "function" and f.enclosing is None and f.owner is None and isinstance(f.node, ast.FunctionDef)
            and f.name.isidentifier() and MODULE_SEP not in f.name and not f.name.startswith("_pyz_")]


def decorated_functions(program: Program) -> list[str]:
    """The top-level functions of the main file bound to what a decorator made (frontend: `h#decorated`)."""
    return [f.name[:-len(DECORATED)] for f in program.functions.values()
            if f.name.endswith(DECORATED) and f.enclosing is None and f.owner is None
            and f.name[:-len(DECORATED)].isidentifier() and MODULE_SEP not in f.name]



def crosses(t: Type) -> bool:
    """Whether a value of type t can be copied across the boundary."""
    if t in (INT, FLOAT, BOOL, STR, NONE):
        return True
    if isinstance(t, ListT):  # a list, or a tuple of any length (VarTupleT)
        return crosses(t.elem)
    if isinstance(t, TupleT):
        return not t.name and all(crosses(e) for e in t.elems)
    if isinstance(t, DictT):
        return t.kind == "" and crosses(t.key) and crosses(t.value) and t.key not in (NONE,) and not isinstance(t.key, (ListT, DictT))
    if isinstance(t, OptT):
        return crosses(t.inner)
    return False


def python_spelling(t: Type) -> str:
    """The type as a Python annotation (the wrapper's TypeError names it)."""
    if t == NONE:
        return "None"
    if isinstance(t, VarTupleT):
        return f"tuple[{python_spelling(t.elem)}, ...]"
    if isinstance(t, ListT):
        return f"list[{python_spelling(t.elem)}]"
    if isinstance(t, TupleT):
        return f"tuple[{', '.join(python_spelling(e) for e in t.elems)}]"
    if isinstance(t, DictT):
        return f"dict[{python_spelling(t.key)}, {python_spelling(t.value)}]"
    if isinstance(t, OptT):
        return f"{python_spelling(t.inner)} | None"
    return str(t)


def unsupported_signature(f: FuncInfo) -> str | None:
    if f.vararg or f.kwarg or f.kwonly:
        return "*args, keyword-only parameters and **kwargs"
    if f.is_generator:
        return "a generator function"
    return None


def seeds(program: Program, annotation_type: Callable[[ast.expr], Type | None]) -> list[tuple[FuncInfo, tuple]]:
    """The instances of the exported functions whose every parameter is annotated (crossing types only;
    `choose` reports the others)."""
    out = []
    for f in exported_functions(program):
        if unsupported_signature(f) or not all(p in f.annotations for p in f.params):
            continue
        types = tuple(annotation_type(f.annotations[p]) for p in f.params)
        if all(t is not None and crosses(t) for t in types):
            out.append((f, types))
    return out


def choose(program: Program, instances: dict,
           annotation_type: Callable[[ast.expr], Type | None]) -> tuple[list[Export], list[tuple[str, str]]]:
    """The export of each top-level function, and (name, why) of those left out because CPython cannot call
    them (a decorator, a function of objects...: the wrapper names them in a TypeError).  A CompileError
    names a function the wrapper could not stand in for."""
    source = program.source
    exports: list[Export] = []
    left_out: list[tuple[str, str]] = []
    problems: list[CompileError] = []
    for f in exported_functions(program):
        def refuse(node, why: str):
            problems.append(source.error(node, f"cannot export '{f.name}' from a compiled module: {why}"))
        if f.name.startswith("_pyzc_"):
            refuse(f.node, "names that start with _pyzc_ are the wrapper's own")
            continue
        bad = unsupported_signature(f)
        if bad:
            left_out.append((f.name, f"{bad} cannot be called from CPython yet"))
            continue
        key: tuple
        if all(p in f.annotations for p in f.params):
            types = tuple(annotation_type(f.annotations[p]) for p in f.params)
            wrong = [p for p, t in zip(f.params, types) if t is None or not crosses(t)]
            if wrong:
                left_out.append((f.name, f"parameter '{wrong[0]}' is annotated '{ast.unparse(f.annotations[wrong[0]])}', "
                                 f"which cannot cross from CPython (int, float, bool, str, None, and lists, tuples "
                                 f"and dicts of those can)"))
                continue
            key = (f.name, types)
        else:
            keys = [k for k in instances if k[0] == f.name]
            if len(keys) != 1:
                how = "the module never calls it" if not keys else "the module calls it with different argument types"
                left_out.append((f.name, f"{how}, so its parameter types are not known: annotate its parameters"))
                continue
            key = keys[0]
        inst = instances.get(key)
        if inst is None:  # cannot happen: seeds made it
            refuse(f.node, "no instance was inferred")
            continue
        uncrossable = [(p, t) for p, t in zip(f.params, key[1]) if not crosses(t)]
        if uncrossable:
            left_out.append((f.name, f"parameter '{uncrossable[0][0]}' has type {uncrossable[0][1]}, "
                             f"which cannot cross from CPython"))
            continue
        ret = NONE if inst.return_type == BOTTOM else inst.return_type
        if not crosses(ret):
            left_out.append((f.name, f"its result has type {ret}, which cannot cross to CPython"))
            continue
        defaults = []
        for p in f.params:
            if p in f.defaults:
                d = f.defaults[p]
                try:
                    value = ast.literal_eval(d)
                except ValueError:
                    left_out.append((f.name, f"the default of '{p}' is not a constant"))
                    break
                defaults.append((p, repr(value)))
        else:
            exports.append(Export(f.name, key, tuple(f.params), tuple(key[1]), ret, tuple(defaults)))
    left_out += [(name, "a decorated function cannot be called from CPython yet") for name in decorated_functions(program)]
    if problems:
        raise CompileError.of(problems)
    return exports, left_out
