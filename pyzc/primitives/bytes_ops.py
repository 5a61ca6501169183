"""The bytes and bytearray methods, str.encode, the builtins bytes(...) and bytearray(...), bytes.fromhex.

A bytes is a PyzStr whose every byte counts as one character (runtime_c/bytes.c), so the searches
that str's runtime does byte by byte (find, count, startswith, endswith, their start/end forms) are
declared with str's C functions; the rest are bytes.c's.  Raising, by the runtime's C, as noted.
"""

from __future__ import annotations

import ast

from ..types.model import BOOL, BOTTOM, BYTEARRAY, BYTES, INT, ITEMS_PTR, NONE, NUM, STR, ClassT, ListT
from .registry import BUILTINS, PARSE_TUPLE, function, method, param, runtime_helper, special
from .str_ops import INT64_MAX


def bytes_method(name, params, result, *, c, raises=False, raises_what="", arity="", cpython_max=0):
    return method("bytes", name, params, result, c=c, raises=raises, raises_what=raises_what, arity=arity,
                  cpython_max=cpython_max)


_B = "a bytes-like object is required, not '{t}'"
bytes_method("decode", [], STR, c="pyz_bytes_decode", raises=True, raises_what="UnicodeDecodeError",
             cpython_max=2)  # errors= is not supported yet
bytes_method("decode", [param("encoding", STR, keyword=True)], STR, c="pyz_bytes_decode_as", raises=True,
             raises_what="UnicodeDecodeError, LookupError: unknown encoding", cpython_max=2)
HEX = bytes_method("hex", [], STR, c="pyz_bytes_hex")


# ---- b.hex(): its pair refuses sep and bytes_per_sep, which CPython takes by position or name
def hex_type(inf, node, recv, rt, forms):
    if len(node.args) + len(node.keywords) > 2 or any(k.arg not in ("sep", "bytes_per_sep") for k in node.keywords):
        raise inf.source.error(node, "bytes.hex() takes at most 2 arguments, sep and bytes_per_sep")
    if node.args or node.keywords:
        raise inf.source.error(node, "bytes.hex() with a separator is not supported yet")
    return STR


special("bytes", "hex", hex_type, lambda b, node, recv, forms: b.call_primitive(HEX, [recv]), checks_arguments=True)
for _name in ("upper", "lower"):
    bytes_method(_name, [], BYTES, c=f"pyz_bytes_{_name}")
for _name in ("strip", "lstrip", "rstrip"):
    bytes_method(_name, [param("bytes", BYTES, None, none=True, message=_B)], BYTES, c=f"pyz_bytes_{_name}")
bytes_method("replace", [param("old", BYTES, message=_B), param("new", BYTES, message=_B), param("count", INT, -1)],
             BYTES, c="pyz_bytes_replace", raises=True, raises_what="OverflowError (a result too long)")

_START = param("start", INT, 0, none=True, what="slice indices")
_END = param("end", INT, INT64_MAX, none=True, what="slice indices")
for _name, _result in (("find", INT), ("rfind", INT), ("count", INT), ("startswith", BOOL), ("endswith", BOOL)):
    _SUB = param("sub", BYTES, message=f"bytes.{_name}() of a {{t}} is not supported yet (give a bytes)")
    bytes_method(_name, [_SUB], _result, c=f"pyz_str_{_name}", arity=PARSE_TUPLE)
    bytes_method(_name, [_SUB, _START, _END], _result, c=f"pyz_str_{_name}_in", arity=PARSE_TUPLE)
for _name in ("index", "rindex"):
    _SUB = param("sub", BYTES, message=f"bytes.{_name}() of a {{t}} is not supported yet (give a bytes)")
    bytes_method(_name, [_SUB], INT, c=f"pyz_bytes_{_name}", raises=True, raises_what="ValueError: subsection not found",
                 arity=PARSE_TUPLE)
    bytes_method(_name, [_SUB, _START, _END], INT, c=f"pyz_bytes_{_name}_in", raises=True,
                 raises_what="ValueError: subsection not found", arity=PARSE_TUPLE)

bytes_method("split", [param("sep", BYTES, None, keyword=True, none=True, message=_B),
                       param("maxsplit", INT, -1, keyword=True)],
             ListT(BYTES), c="pyz_bytes_split", raises=True, raises_what="ValueError: empty separator")
bytes_method("join", [param("iterable_of_bytes", ListT(BYTES))], BYTES, c="pyz_bytes_join")


# ---- sep.join(list of bytes) or sep.join(generator of bytes: collected into a list first);
# a list nothing is ever stored in joins to b""
def join_type(inf, node, recv, rt, forms):
    if isinstance(node.args[0], ast.GeneratorExp):
        elem = inf.iterable_elem(node.args[0])
        if elem not in (BYTES, BOTTOM):
            raise inf.source.error(node.args[0], f"bytes.join() of a generator of {elem} is not supported yet "
                                                 "(give bytes)")
        return BYTES
    t = inf.expr(node.args[0])
    if t not in (ListT(BYTES), ListT(BOTTOM)):
        raise inf.source.error(node.args[0], f"bytes.join() of a {t} is not supported yet (give a list of bytes)")
    return BYTES


def join_lower(b, node, recv, forms):
    if isinstance(node.args[0], ast.GeneratorExp):
        return b.call_primitive(forms[0], [recv, b.collect(node.args[0], ListT(BYTES))])
    v = b.expr(node.args[0])
    if b.inst.expr_types.get(id(node.args[0])) == ListT(BOTTOM):
        return b.const(b"", BYTES)
    return b.call_primitive(forms[0], [recv, v])


special("bytes", "join", join_type, join_lower)
# bytes.fromhex(s), a class method: called on the class (infer.py and build.py send `bytes.fromhex(...)` here
# with b"" as the receiver) or on a value, whose bytes it ignores
bytes_method("fromhex", [param("string", STR, what="fromhex() argument")], BYTES, c="pyz_bytes_fromhex",
             raises=True, raises_what="ValueError: non-hexadecimal number found in fromhex() arg at position N")

ENCODE = method("str", "encode", [], BYTES, c="pyz_str_encode", raises=True,
                raises_what="UnicodeEncodeError: surrogates not allowed", cpython_max=2)
method("str", "encode", [param("encoding", STR, keyword=True)], BYTES, c="", raises=False, cpython_max=2)


# ---- s.encode(encoding) and b.decode(encoding): CPython's arity and keyword errors for (encoding, errors),
# errors= refused; a keyword encoding= becomes the one positional argument the table's forms take
UTF8_NAMES = ("utf-8", "utf8", "utf_8", "UTF-8", "UTF8")


def codec_arguments(inf, node, rt, name):
    given = len(node.args) + len(node.keywords)
    if given > 2:
        raise inf.source.error(node, f"{name}() takes at most 2 arguments ({given} given)")
    for kw in node.keywords:
        if kw.arg not in ("encoding", "errors"):
            raise inf.source.error(kw, f"'{kw.arg}' is an invalid keyword argument for {name}()")
    if len(node.args) == 2 or any(kw.arg == "errors" for kw in node.keywords):
        raise inf.source.error(node, f"{rt}.{name}() with an errors argument is not supported yet")
    if node.keywords:
        if node.args:
            raise inf.source.error(node, f"argument for {name}() given by name ('encoding') and position (1)")
        node.args.append(node.keywords[0].value)
        node.keywords = []


DECODINGS = ("utf-8", "utf8", "ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1")  # runtime_c/bytes.c


def decode_type(inf, node, recv, rt, forms):
    codec_arguments(inf, node, rt, "decode")
    if node.args:
        arg = node.args[0]
        if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                and arg.value.lower().replace("_", "-") in DECODINGS):
            raise inf.source.error(arg, f"{rt}.decode() with an encoding other than a constant 'utf-8', 'ascii' or "
                                        "'latin-1' is not supported yet")
    return None  # the table's forms: decode() or decode(encoding)


for _kind in ("bytes", "bytearray"):
    special(_kind, "decode", decode_type, lambda b, node, recv, forms: None, checks_arguments=True)


def encode_type(inf, node, recv, rt, forms):
    codec_arguments(inf, node, rt, "encode")
    if len(node.args) == 1:
        arg = node.args[0]
        inf.expr(arg)
        if not (isinstance(arg, ast.Constant) and arg.value in UTF8_NAMES):
            raise inf.source.error(arg, "str.encode() with an encoding other than a constant 'utf-8' is not supported yet")
    return BYTES


def encode_lower(b, node, recv, forms):
    return b.call_primitive(forms[0], [recv])


special("str", "encode", encode_type, encode_lower, checks_arguments=True)


# ---- bytes(), bytes(n), bytes(list of ints), bytes(b), bytes(s, 'utf-8')
function("bytes", [], BYTES, c="", raises=False)
function("bytes", [param("source", INT)], BYTES, c="pyz_bytes_zeros", raises=True,
         raises_what="ValueError: negative count")
function("bytes", [param("source", STR), param("encoding", STR)], BYTES, c="", raises=False)
BYTES_FROM_INTS = runtime_helper("pyz_bytes_from_ints", [param("items", ITEMS_PTR), param("n", INT)], BYTES,
                                 raises=True, raises_what="ValueError: bytes must be in range(0, 256)")


def bytes_type(inf, node, recv, rt, forms):
    a = node.args
    if node.keywords:
        raise inf.source.error(node, "bytes() with keyword arguments is not supported yet")
    if len(a) > 3:
        raise inf.source.error(node, f"bytes() takes at most 3 arguments ({len(a)} given)")
    if len(a) == 3:
        raise inf.source.error(node, "bytes() with an errors argument is not supported yet")
    if not a:
        return BYTES
    t = inf.expr(a[0])
    if len(a) == 2:
        inf.expr(a[1])
        if t != STR:
            raise inf.source.error(a[0], "encoding without a string argument")
        if not (isinstance(a[1], ast.Constant) and a[1].value in UTF8_NAMES):
            raise inf.source.error(a[1], "bytes() with an encoding other than a constant 'utf-8' is not supported yet")
        return BYTES
    if t in (INT, BOOL, BYTES, BYTEARRAY, BOTTOM) or t in (ListT(INT), ListT(BOTTOM)):
        return BYTES
    if isinstance(t, ClassT):  # its __bytes__
        r = inf.dunder(t, "__bytes__", ())
        if r is None:
            raise inf.source.error(a[0], f"cannot convert '{t}' object to bytes")
        if r not in (BYTES, BOTTOM):
            raise inf.source.error(a[0], f"__bytes__ returned non-bytes (type {r})")
        return BYTES
    if t == STR:
        raise inf.source.error(a[0], "string argument without an encoding")
    if inf.iterable_elem(a[0]) in (INT, BOOL, BOTTOM):  # any other iterable of ints: a deque, a tuple, a generator...
        return BYTES
    raise inf.source.error(a[0], f"bytes() of a {t} is not supported yet (give an int, an iterable of ints or a bytes)")


def bytes_lower(b, node, recv, forms):
    a = node.args
    if not a:
        return b.const(b"", BYTES)
    if len(a) == 2:
        s = b.expr(a[0])
        b.expr(a[1])
        return b.call_primitive(ENCODE, [s])
    given = b.inst.expr_types.get(id(a[0]))
    if isinstance(a[0], ast.GeneratorExp) or not (given in (INT, BOOL, NUM, BYTES, BYTEARRAY) or isinstance(given, (ClassT, ListT))):
        v = b.collect(a[0], ListT(INT))  # another iterable of ints (a deque, a tuple, a generator): its items, listed
    else:
        v = b.expr(a[0])
    if v.type == BYTES:
        return v
    if v.type == BYTEARRAY:
        return b.call_primitive(BYTES_OF, [v])
    if isinstance(v.type, ClassT):
        return b.dunder(v.type, "__bytes__", [v])
    if b.inst.expr_types.get(id(a[0])) == ListT(BOTTOM):
        return b.const(b"", BYTES)
    if isinstance(v.type, ListT):
        items = b.prim("list_items_ptr", [v], ITEMS_PTR)
        return b.call_primitive(BYTES_FROM_INTS, [items, b.prim("container_len", [v], INT)])
    return b.call_primitive(forms[1], [b.as_int(v)])


special(BUILTINS, "bytes", bytes_type, bytes_lower, checks_arguments=True)


# ---- bytearray: its own changing methods; the ones that only read are bytes' C functions, which read
# a bytearray as it is (runtime_c/bytearray.c)
def bytearray_method(name, params, result, *, c, raises=False, raises_what="", arity="", cpython_max=0):
    return method("bytearray", name, params, result, c=c, raises=raises, raises_what=raises_what, arity=arity,
                  cpython_max=cpython_max)


bytearray_method("append", [param("item", INT)], NONE, c="pyz_bytearray_append", raises=True,
                 raises_what="ValueError: byte must be in range(0, 256)")
bytearray_method("pop", [], INT, c="pyz_bytearray_pop", raises=True, raises_what="IndexError: pop from empty bytearray",
                 cpython_max=1)
bytearray_method("extend", [param("iterable_of_ints", BYTES)], NONE, c="pyz_bytearray_extend")
bytearray_method("decode", [], STR, c="pyz_bytes_decode", raises=True, raises_what="UnicodeDecodeError", cpython_max=2)
bytearray_method("decode", [param("encoding", STR, keyword=True)], STR, c="pyz_bytes_decode_as", raises=True,
                 raises_what="UnicodeDecodeError, LookupError: unknown encoding", cpython_max=2)
BA_HEX = bytearray_method("hex", [], STR, c="pyz_bytes_hex")
special("bytearray", "hex", hex_type, lambda b, node, recv, forms: b.call_primitive(BA_HEX, [recv]), checks_arguments=True)
for _name, _result in (("find", INT), ("rfind", INT), ("count", INT), ("startswith", BOOL), ("endswith", BOOL)):
    _SUB = param("sub", BYTES, message=f"bytearray.{_name}() of a {{t}} is not supported yet (give a bytes)")
    bytearray_method(_name, [_SUB], _result, c=f"pyz_str_{_name}", arity=PARSE_TUPLE)
    bytearray_method(_name, [_SUB, _START, _END], _result, c=f"pyz_str_{_name}_in", arity=PARSE_TUPLE)

EXTEND_INTS = runtime_helper("pyz_bytearray_extend_ints", [param("bytearray", BYTEARRAY), param("items", ITEMS_PTR),
                                                          param("n", INT)], NONE,
                             raises=True, raises_what="ValueError: byte must be in range(0, 256)")


def extend_type(inf, node, recv, rt, forms):
    t = inf.expr(node.args[0])
    if t not in (BYTES, BYTEARRAY, ListT(INT), ListT(BOTTOM), BOTTOM):
        raise inf.source.error(node.args[0], f"bytearray.extend() of a {t} is not supported yet "
                                             "(give a bytes, a bytearray or a list of ints)")
    return NONE


def extend_lower(b, node, recv, forms):
    v = b.expr(node.args[0])
    if isinstance(v.type, ListT):
        items = b.prim("list_items_ptr", [v], ITEMS_PTR)
        return b.call_primitive(EXTEND_INTS, [recv, items, b.prim("container_len", [v], INT)])
    return b.call_primitive(forms[0], [recv, v])


special("bytearray", "extend", extend_type, extend_lower)


# ---- bytearray(), bytearray(n), bytearray(bytes or bytearray), bytearray(list of ints)
function("bytearray", [], BYTEARRAY, c="", raises=False)
function("bytearray", [param("source", INT)], BYTEARRAY, c="pyz_bytearray_zeros", raises=True,
         raises_what="ValueError: negative count")
BYTEARRAY_FROM = runtime_helper("pyz_bytearray_from", [param("source", BYTES)], BYTEARRAY, raises=False)
BYTEARRAY_FROM_INTS = runtime_helper("pyz_bytearray_from_ints", [param("items", ITEMS_PTR), param("n", INT)],
                                     BYTEARRAY, raises=True, raises_what="ValueError: byte must be in range(0, 256)")
BYTES_OF = runtime_helper("pyz_bytes_of", [param("source", BYTEARRAY)], BYTES, raises=False)


def bytearray_type(inf, node, recv, rt, forms):
    a = node.args
    if node.keywords or len(a) > 1:
        raise inf.source.error(node, "bytearray() with more than one argument is not supported yet")
    if not a:
        return BYTEARRAY
    t = inf.expr(a[0])
    if t in (INT, BOOL, BYTES, BYTEARRAY, BOTTOM) or t in (ListT(INT), ListT(BOTTOM)):
        return BYTEARRAY
    if t == STR:
        raise inf.source.error(a[0], "string argument without an encoding")
    raise inf.source.error(a[0], f"bytearray() of a {t} is not supported yet (give an int, a list of ints or a bytes)")


def bytearray_lower(b, node, recv, forms):
    a = node.args
    if not a:
        return b.call_primitive(forms[1], [b.const(0, INT)])
    v = b.expr(a[0])
    if v.type in (BYTES, BYTEARRAY):
        return b.call_primitive(BYTEARRAY_FROM, [v])
    if isinstance(v.type, ListT):
        items = b.prim("list_items_ptr", [v], ITEMS_PTR)
        return b.call_primitive(BYTEARRAY_FROM_INTS, [items, b.prim("container_len", [v], INT)])
    return b.call_primitive(forms[1], [b.as_int(v)])


special(BUILTINS, "bytearray", bytearray_type, bytearray_lower, checks_arguments=True)


# ---- ord(b) of a bytes or bytearray of one byte; a str goes to the table's ord (str_ops.py)
BYTES_ORD = runtime_helper("pyz_bytes_ord", [param("c", BYTES)], INT, raises=True,
                           raises_what="TypeError: ord() expected a character, but string of length N found")


def ord_type(inf, node, recv, rt, forms):
    return INT if inf.expr(node.args[0]) in (BYTES, BYTEARRAY) else None


def ord_lower(b, node, recv, forms):
    if b.inst.expr_types.get(id(node.args[0])) not in (BYTES, BYTEARRAY):
        return None
    return b.call_primitive(BYTES_ORD, [b.expr(node.args[0])])


special(BUILTINS, "ord", ord_type, ord_lower)
