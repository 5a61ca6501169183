"""Every builtin method declared once (registry.py), read by inference and lowering.

str_ops.py and list_ops.py declare the methods; str_special.py, str_format.py and the pairs in
list_ops.py hold what a table cannot say.  Importing this package registers them all.
docs/PRIMITIVES.md says how to add one.
"""

from __future__ import annotations

from . import builtin_ops, list_ops, str_format, str_ops, str_special  # noqa: F401  (each registers its methods)
from .registry import (BUILTINS, ITEMS, REGISTRY, REQUIRED, Method, Param, Special, arity_error, bad_keyword_error,
                       no_keywords_error, receiver_kind, select, unsupported_arity)

__all__ = ["BUILTINS", "ITEMS", "REGISTRY", "REQUIRED", "Method", "Param", "Special", "arity_error", "bad_keyword_error",
           "no_keywords_error", "receiver_kind", "select", "unsupported_arity"]
