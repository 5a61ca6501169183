"""Every builtin method declared once (registry.py), read by inference and lowering.

str_ops.py, bytes_ops.py, list_ops.py, dict_ops.py, set_ops.py, deque_ops.py and file_ops.py declare
the methods, builtin_ops.py, value_ops.py, iterable_ops.py and iterator_ops.py the builtin functions,
math_ops.py, module_ops.py, gc_ops.py and copy_ops.py the functions of math, time, sys, os.path, gc and
copy, collections_ops.py and itertools_ops.py those of collections, itertools and functools, struct_ops.py
struct's, array_ops.py array's (the module and the methods of its arrays), hashlib_ops.py hashlib's,
pprint_ops.py pprint's, json_ops.py _json's (the C half of pylib/json.py), datetime_ops.py
time._local_offset (the C half of pylib/datetime.py);
str_special.py, str_format.py and the pairs in the others hold what a table
cannot say.  Importing this package registers them all.
docs/PRIMITIVES.md says how to add one.
"""

from __future__ import annotations

from . import (array_ops, builtin_ops, bytes_ops, collections_ops, copy_ops, datetime_ops, deque_ops, dict_ops, file_ops, gc_ops,  # noqa: F401
               hashlib_ops, json_ops, re_ops, iterable_ops, pprint_ops, iterator_ops, itertools_ops, list_ops, math_ops, module_ops, set_ops, str_format, str_ops,
               str_special, struct_ops, value_ops)  # each registers its methods
from .registry import (BUILTINS, ITEMS, LISTED_MODULES, MODULES, OBJECT_NAMES, PYTHON_TYPES, REGISTRY, REQUIRED, Method, Param, Special, arity_error, bad_keyword_error,
                       no_keywords_error, receiver_kind, select, unsupported_arity)

__all__ = ["BUILTINS", "ITEMS", "LISTED_MODULES", "MODULES", "OBJECT_NAMES", "PYTHON_TYPES", "REGISTRY", "REQUIRED", "Method", "Param", "Special", "arity_error", "bad_keyword_error",
           "no_keywords_error", "receiver_kind", "select", "unsupported_arity"]
