"""`pyzc modules`: every module a program may import, what of it pyzc provides and what it leaves out.

The members provided are read from where they are implemented, so the list cannot drift:
the primitive registry (the functions of the modules the compiler implements), the Python parts of those modules (pylib/_os.py...), the front
end's rewrites (functools' decorators, operator), the exception table (struct.error),
inference's module attributes (math's constants, sys's, re's flags), and the top-level names of the
Python source in pyzc/pylib/.  What is left out is the rest of CPython's public names of
the module (its __all__, or its names without a leading underscore); a program that uses
one is refused with a diagnostic naming it.
"""

from __future__ import annotations

import ast
import importlib
import os

from .compiled_modules import COMPILED_MODULES, PYTHON_PARTS
from .exceptions import MODULE_MEMBERS
from .frontend.modules import LIB_DIR, library_modules, top_level_names
from .frontend.operator_module import BINARY, COMPARE, GETTERS, OTHER, UNARY
from .primitives import REGISTRY
from .primitives.re_ops import FLAGS as RE_FLAGS
from .types.infer import MATH_CONSTS

# members that are not registry functions: attributes inference types, and decorators the front end rewrites
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "math": tuple(MATH_CONSTS),
    "sys": ("argv", "stdin", "stdout", "stderr", "maxsize", "platform", "byteorder", "version_info"),
    "os": ("path",),
    "re": tuple(RE_FLAGS),
    "functools": ("lru_cache", "cache", "total_ordering", "partial", "cmp_to_key"),
    "abc": ("ABC", "ABCMeta", "abstractmethod"),
    "dataclasses": ("dataclass", "field"),
    "enum": ("Enum", "IntEnum", "auto"),
    "operator": tuple(BINARY) + tuple(COMPARE) + tuple(UNARY) + tuple(OTHER) + GETTERS,
}


def cpython_names(name: str) -> set[str]:
    module = importlib.import_module(name)
    names = getattr(module, "__all__", None)
    if names is None:
        names = [n for n in dir(module) if not n.startswith("_")
                 and type(getattr(module, n)).__name__ != "module"]
    return set(names)


def compiled_members(name: str) -> set[str]:
    out = {n for (receiver, n) in list(REGISTRY.methods) + list(REGISTRY.specials) if receiver == name}
    out |= set(ATTRIBUTES.get(name, ()))
    out |= {shown.split(".", 1)[1] for shown in MODULE_MEMBERS if shown.split(".", 1)[0] == name}
    if name in PYTHON_PARTS:  # written in Python (pylib/_os.py...)
        out |= library_members(PYTHON_PARTS[name])
    return {n for n in out if not n.startswith("_")}


def library_members(name: str) -> set[str]:
    with open(os.path.join(LIB_DIR, name + ".py"), encoding="utf-8") as f:
        tree = ast.parse(f.read())
    return {n for n in top_level_names(tree) if not n.startswith("_")}


def line(name: str, provided: set[str]) -> str:
    left_out = sorted(cpython_names(name) - provided)
    text = f"  {name}: {', '.join(sorted(provided))}"
    return text + (f" (left out: {', '.join(left_out)})" if left_out else "")


def describe() -> str:
    lines = ["implemented by the compiler:"]
    lines += [line(name, compiled_members(name)) for name in sorted(COMPILED_MODULES)]
    lines.append(f"compiled from Python with the program ({LIB_DIR}):")
    lines += [line(name, library_members(name)) for name in library_modules()]
    lines.append("and the program's own modules: NAME.py next to the main file (import NAME)")
    return "\n".join(lines)
