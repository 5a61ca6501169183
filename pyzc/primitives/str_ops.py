"""The str methods: one declaration each (two forms where the runtime has a faster one-argument function).

Raising, by the runtime's C: MemoryError where a result's size can pass the
allocator's limit (str_try_alloc); the rest as noted.  tests/test_primitives.py
checks each against pyzc/runtime_raises.py's scan.
"""

from __future__ import annotations

from ..types.model import BOOL, INT, STR, ListT, TupleT
from .registry import PARSE_TUPLE, function, method, param

INT64_MAX = 2**63 - 1


def str_method(name, params, result, *, c, raises=False, raises_what="", arity=""):
    return method("str", name, params, result, c=c, raises=raises, raises_what=raises_what, arity=arity)


for _name in ("upper", "lower", "title", "capitalize", "swapcase", "casefold"):
    str_method(_name, [], STR, c=f"pyz_str_{_name}")
for _name in ("isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "isdecimal", "isnumeric",
              "istitle", "isascii", "isprintable", "isidentifier"):
    str_method(_name, [], BOOL, c=f"pyz_str_{_name}")
for _name in ("strip", "lstrip", "rstrip"):
    str_method(_name, [param("chars", STR, None, none=True)], STR, c=f"pyz_str_{_name}")

str_method("replace", [param("old", STR), param("new", STR), param("count", INT, -1)], STR,
           c="pyz_str_replace", raises=True, raises_what="MemoryError (a result past the allocator's limit)")

# find and its kin: start/end are slice indices, None meaning the whole string
_START = param("start", INT, 0, none=True, what="slice indices")
_END = param("end", INT, INT64_MAX, none=True, what="slice indices")
for _name, _result, _raises in (("find", INT, False), ("rfind", INT, False), ("index", INT, True),
                                ("count", INT, False), ("startswith", BOOL, False), ("endswith", BOOL, False),
                                ("rindex", INT, True)):
    _what = "ValueError: substring not found" if _raises else ""
    str_method(_name, [param("sub", STR)], _result, c=f"pyz_str_{_name}", raises=_raises, raises_what=_what,
               arity=PARSE_TUPLE)
    str_method(_name, [param("sub", STR), _START, _END], _result, c=f"pyz_str_{_name}_in", raises=_raises,
               raises_what=_what, arity=PARSE_TUPLE)


str_method("zfill", [param("width", INT)], STR, c="pyz_str_zfill", raises=True, raises_what="MemoryError")
for _name in ("center", "ljust", "rjust"):
    str_method(_name, [param("width", INT), param("fillchar", STR, " ")], STR, c=f"pyz_str_{_name}", raises=True,
               raises_what="TypeError (fill character not one character long), MemoryError")

for _name in ("split", "rsplit"):
    str_method(_name, [param("sep", STR, None, keyword=True, none=True), param("maxsplit", INT, -1, keyword=True)],
               ListT(STR), c=f"pyz_str_{_name}", raises=True, raises_what="ValueError: empty separator")
str_method("splitlines", [], ListT(STR), c="pyz_str_splitlines", arity="keywords")
str_method("splitlines", [param("keepends", BOOL, False, keyword=True)], ListT(STR), c="pyz_str_splitlines_keepends")
str_method("expandtabs", [param("tabsize", INT, 8, keyword=True)], STR, c="pyz_str_expandtabs", raises=True,
           raises_what="OverflowError (tabsize beyond a C int, result too long), MemoryError")

str_method("removeprefix", [param("prefix", STR)], STR, c="pyz_str_removeprefix")
str_method("removesuffix", [param("suffix", STR)], STR, c="pyz_str_removesuffix")

# lowered by the pairs in str_special.py, which use these declarations for their runtime call
str_method("join", [param("iterable", ListT(STR))], STR, c="pyz_str_join", raises=True, raises_what="MemoryError")
for _name in ("partition", "rpartition"):
    str_method(_name, [param("sep", STR)], TupleT((STR, STR, STR)), c=f"pyz_str_{_name}", raises=True,
               raises_what="ValueError: empty separator")

# the builtins that are str functions
function("ord", [param("c", STR, what="ord() argument")], INT, c="pyz_str_ord", raises=True,
         raises_what="TypeError: ord() expected a character, but string of length N found")
function("chr", [param("i", INT, what="chr() argument")], STR, c="pyz_str_chr", raises=True,
         raises_what="ValueError: chr() arg not in range(0x110000)")
