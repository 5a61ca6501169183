"""Every builtin method declared once (registry.py), read by inference and lowering.

str_ops.py, list_ops.py, dict_ops.py, set_ops.py and deque_ops.py declare the methods, gc_ops.py and copy_ops.py
the functions of the modules gc and copy; str_special.py, str_format.py and the pairs in
the others hold what a table cannot say.  Importing this package registers them all.
docs/PRIMITIVES.md says how to add one.
"""

from __future__ import annotations

from . import builtin_ops, copy_ops, deque_ops, dict_ops, gc_ops, list_ops, set_ops, str_format, str_ops, str_special  # noqa: F401  (each registers its methods)
from .registry import (BUILTINS, ITEMS, MODULES, PYTHON_TYPES, REGISTRY, REQUIRED, Method, Param, Special, arity_error, bad_keyword_error,
                       no_keywords_error, receiver_kind, select, unsupported_arity)

__all__ = ["BUILTINS", "ITEMS", "MODULES", "PYTHON_TYPES", "REGISTRY", "REQUIRED", "Method", "Param", "Special", "arity_error", "bad_keyword_error",
           "no_keywords_error", "receiver_kind", "select", "unsupported_arity"]
