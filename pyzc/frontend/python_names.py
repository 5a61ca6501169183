"""Python's own names that a program may use but pyzc does not compile, and the words that refuse them.

A name the program does not bind is one of three things, and the diagnostic says which:
- a builtin that exists only because CPython is an interpreter at run time (eval, exec,
  globals()...): pyzc compiles the program ahead of time, so these can never be supported;
- another of Python's builtins (`dir(builtins)` of the Python running pyzc) that pyzc does
  not provide yet: "builtin 'X' is not supported yet", never "name 'X' is not defined";
- anything else: CPython's own "name 'X' is not defined".
The same holds for modules: importlib, and any module of Python's standard library that
pyzc does not provide (`sys.stdlib_module_names`), is named as such.
"""

from __future__ import annotations

import builtins
import sys

AHEAD_OF_TIME = "pyzc compiles a program ahead of time"

# What each run-time-only builtin would need that a compiled program does not have.
DYNAMIC_BUILTINS = {
    "eval": "a compiled program has no interpreter to run code made at run time",
    "exec": "a compiled program has no interpreter to run code made at run time",
    "compile": "a compiled program has no interpreter to run code made at run time",
    "globals": "a compiled program keeps no dictionary of its variables",
    "locals": "a compiled program keeps no dictionary of its variables",
    "__import__": "the modules a program uses are linked in when it is compiled; use an import statement",
}

DYNAMIC_MODULES = {
    "importlib": "the modules a program uses are linked in when it is compiled; use an import statement",
}

PYTHON_BUILTINS = frozenset(dir(builtins))
STDLIB_MODULES = frozenset(getattr(sys, "stdlib_module_names", ()))


def unknown_name_message(name: str) -> str:
    """The diagnostic for a name that neither the program nor pyzc defines."""
    if name in DYNAMIC_BUILTINS:
        return f"{name}() is not supported: {AHEAD_OF_TIME} ({DYNAMIC_BUILTINS[name]})"
    if name in PYTHON_BUILTINS:
        return f"builtin '{name}' is not supported yet"
    return f"name '{name}' is not defined"


def unknown_module_message(name: str) -> str | None:
    """The diagnostic for importing a module of Python's that pyzc does not provide, or None."""
    top = name.split(".")[0]
    if top in DYNAMIC_MODULES:
        return f"{top} is not supported: {AHEAD_OF_TIME} ({DYNAMIC_MODULES[top]})"
    if top in STDLIB_MODULES:
        return (f"the standard module '{name}' is not supported yet "
                f"(`pyzc modules` lists the modules pyzc provides)")
    return None
