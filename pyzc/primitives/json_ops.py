"""_json: the C half of the json module (pylib/json.py is the rest), as CPython's module of that name.

encode_basestring_ascii(s) and encode_basestring(s) give s as a JSON string literal, with
its quotes: CPython's escaping with and without ensure_ascii (runtime_c/json.c).  The
scanner and the C encoder of CPython's _json are left out: pylib/json.py does their work.
"""

from __future__ import annotations

from ..types.model import STR
from .registry import module_function, param

_STR = param("s", STR, message="first argument must be a string, not {t}")

module_function("_json", "encode_basestring_ascii", [_STR], STR, c="pyz_json_encode_ascii", raises=False)
module_function("_json", "encode_basestring", [_STR], STR, c="pyz_json_encode", raises=False)
