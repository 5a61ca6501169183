"""The struct module: pack, unpack, calcsize, pack_into, unpack_from, and struct.error.

The format must be a constant (a str or bytes literal): it is parsed here, when the
call is compiled, as CPython's _struct.c parses it (byte order and size prefix
`@ = < > !`, repeat counts, whitespace between items, native alignment under `@`),
so each item's code, offset and size is known, and so is the type of what unpack
returns: a tuple of ints, floats, bools and bytes.  Lowering makes one runtime call
per item (runtime_c/struct.c), which checks the value's range with CPython's message.

What CPython reports when the call runs (a bad format, a wrong number of items, an
argument of the wrong type for its item) is raised when the call runs here too, as
struct.error with CPython's message; the arity and keyword TypeErrors of the
functions themselves are compile-time errors, as for any function.

struct.Struct(fmt) is typed by its format (StructT): its pack, unpack, pack_into and
unpack_from are the functions' typing and lowering with the format put first; its
format and size are known when compiling.

Not supported yet, refused by name: a format that is not a constant, the format
characters `e` (half float), `p` (Pascal string) and `P` (pointer), iter_unpack other
than where it is iterated and Struct.iter_unpack, and pack_into of a bytes (CPython's
TypeError: read-only).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from ..types.model import (BOOL, BOTTOM, BYTEARRAY, BYTES, FLOAT, INT, NONE, NUM, STR, ClassT, IterT, OptT, StructT, TupleT,
                           Type)
from .registry import module_special, param, runtime_helper, special

NATIVE_SIZES = {"x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8,
                "Q": 8, "n": 8, "N": 8, "f": 4, "d": 8, "s": 1, "p": 1, "P": 8, "e": 2}
STANDARD_SIZES = {"x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 4, "L": 4, "q": 8,
                  "Q": 8, "f": 4, "d": 8, "s": 1, "p": 1, "e": 2}
MODES = {"@": 0, "=": 1, "<": 1, ">": 2, "!": 2}  # runtime_c/struct.c: native, little-endian, big-endian
INT_CODES = "bBhHiIlLqQnN"
UNSUPPORTED = {"e": "half floats", "p": "Pascal strings", "P": "pointers"}
ERROR = "StructError"  # the kind of struct.error (pyzc/exceptions.py)


@dataclass(frozen=True)
class Item:
    code: str
    offset: int
    size: int  # bytes of one item; for s, the count


@dataclass(frozen=True)
class Format:
    mode: int
    items: tuple[Item, ...]
    size: int


def parse(fmt: str) -> Format | str:
    """fmt parsed as _struct.c's prepare_s does, or the message of the struct.error CPython raises."""
    mode, i = 0, 0
    if fmt and fmt[0] in MODES:
        mode, i = MODES[fmt[0]], 1
    sizes = NATIVE_SIZES if mode == 0 else STANDARD_SIZES
    items: list[Item] = []
    size = 0
    while i < len(fmt):
        c = fmt[i]
        i += 1
        if c.isspace() and c.isascii():
            continue
        num = 1
        if "0" <= c <= "9":
            num = ord(c) - ord("0")
            while i < len(fmt) and "0" <= fmt[i] <= "9":
                num = num * 10 + ord(fmt[i]) - ord("0")
                i += 1
            if i == len(fmt):
                return "repeat count given without format specifier"
            c = fmt[i]
            i += 1
        if c not in sizes:
            return "bad char in struct format"
        one = sizes[c]
        if mode == 0 and c not in "sx":  # native alignment: an item starts at a multiple of its size
            size = (size + one - 1) // one * one
        if c == "s":
            items.append(Item(c, size, num))
            size += num
        elif c == "x":
            size += num
        else:
            items += [Item(c, size + k * one, one) for k in range(num)]
            size += num * one
        if size > (1 << 62):
            return "total struct size too long"
    return Format(mode, tuple(items), size)


def size_of(fmt: str) -> int:
    """calcsize of a format a Struct was made with (its constructor refused a bad one)."""
    spec = parse(fmt)
    assert isinstance(spec, Format)
    return spec.size


def item_type(code: str) -> Type:
    return INT if code in INT_CODES else FLOAT if code in "fd" else BOOL if code == "?" else BYTES


# ---------------------------------------------------------------- the runtime (runtime_c/struct.c)
_BUF, _OFF = param("buf", BYTES), param("off", INT)
PUT_INT = runtime_helper("pyz_struct_put_int", [_BUF, _OFF, param("v", INT), param("code", INT), param("size", INT),
                                                param("mode", INT)], NONE, raises=True,
                         raises_what="struct.error: the int is out of the item's range")
PUT_FLOAT = runtime_helper("pyz_struct_put_float", [_BUF, _OFF, param("v", FLOAT), param("size", INT),
                                                    param("mode", INT)], NONE, raises=True,
                           raises_what="OverflowError: float too large to pack with f format")
PUT_BYTES = runtime_helper("pyz_struct_put_bytes", [_BUF, _OFF, param("b", BYTES), param("count", INT),
                                                    param("code", INT)], NONE, raises=True,
                           raises_what="struct.error: char format requires a bytes object of length 1")
PUT_BOOL = runtime_helper("pyz_struct_put_bool", [_BUF, _OFF, param("v", BOOL)], NONE, raises=False)
GET_INT = runtime_helper("pyz_struct_get_int", [_BUF, _OFF, param("code", INT), param("size", INT),
                                                param("mode", INT)], INT, raises=False)
GET_FLOAT = runtime_helper("pyz_struct_get_float", [_BUF, _OFF, param("size", INT), param("mode", INT)], FLOAT,
                           raises=False)
GET_BOOL = runtime_helper("pyz_struct_get_bool", [_BUF, _OFF], BOOL, raises=False)
GET_BYTES = runtime_helper("pyz_struct_get_bytes", [_BUF, _OFF, param("count", INT)], BYTES, raises=False)
ITER_CHECK = runtime_helper("pyz_struct_iter_check", [_BUF, param("size", INT)], NONE, raises=True,
                            raises_what="struct.error: iterative unpacking requires a buffer of a multiple of N bytes")
UNPACK_CHECK = runtime_helper("pyz_struct_unpack_check", [_BUF, param("size", INT)], NONE, raises=True,
                              raises_what="struct.error: unpack requires a buffer of N bytes")
UNPACK_FROM_OFFSET = runtime_helper("pyz_struct_unpack_from_offset", [_BUF, _OFF, param("size", INT)], INT,
                                    raises=True, raises_what="struct.error: the items do not fit at the offset")
PACK_INTO_OFFSET = runtime_helper("pyz_struct_pack_into_offset", [_BUF, _OFF, param("size", INT)], INT,
                                  raises=True, raises_what="struct.error: the items do not fit at the offset")
ZEROS = runtime_helper("pyz_bytes_zeros", [param("n", INT)], BYTES, raises=True,
                       raises_what="ValueError: negative count (never: a format's size)")


# ---------------------------------------------------------------- arguments
PARAMS = {"pack": None, "pack_into": None, "unpack": ("format", "buffer"), "iter_unpack": ("format", "buffer"), "unpack_from": ("format", "buffer", "offset"),
          "calcsize": ("format",)}


def format_of(inf, node: ast.Call, fn: str) -> Format | str:
    """The call's format, parsed; its type must be a str or bytes and its value a constant."""
    fmt = node.args[0]
    if isinstance(fmt, ast.Constant) and isinstance(fmt.value, (str, bytes)):
        inf.expr(fmt)
        text = fmt.value if isinstance(fmt.value, str) else fmt.value.decode("latin-1")
        spec = parse(text)
        if isinstance(spec, Format):
            for it in spec.items:
                if it.code in UNSUPPORTED:
                    raise inf.source.error(fmt, f"struct format character '{it.code}' ({UNSUPPORTED[it.code]}) "
                                                "is not supported yet")
        return spec
    t = inf.expr(fmt)
    if t not in (STR, BYTES, BYTEARRAY, BOTTOM):
        raise inf.source.error(fmt, f"Struct() argument 1 must be a str or bytes object, not {t}")
    raise inf.source.error(fmt, f"struct.{fn}() needs a constant format (a string literal) for now")


def check_call(inf, node: ast.Call, fn: str) -> None:
    """CPython's TypeErrors for the number and names of the arguments."""
    if any(isinstance(a, ast.Starred) for a in node.args):
        raise inf.source.error(node, "starred arguments are not supported yet")
    names = PARAMS[fn]
    n = len(node.args)
    if names is None:  # pack(format, *v) and pack_into(format, buffer, offset, *v): positional only
        if node.keywords:
            raise inf.source.error(node, f"_struct.{fn}() takes no keyword arguments")
        if n == 0:
            raise inf.source.error(node, "missing format argument")
        return
    if fn == "unpack_from":
        for kw in node.keywords:
            if kw.arg not in ("buffer", "offset"):
                raise inf.source.error(kw, f"unpack_from() got an unexpected keyword argument '{kw.arg}'"
                                       if kw.arg else "** arguments are not supported yet")
            if names.index(kw.arg) < n:
                raise inf.source.error(kw, f"argument for unpack_from() given by name ('{kw.arg}') and position "
                                           f"({names.index(kw.arg) + 1})")
        if n > 3:
            raise inf.source.error(node, f"unpack_from() takes at most 3 arguments ({n} given)")
        bound = dict(zip(names, node.args)) | {kw.arg: kw.value for kw in node.keywords if kw.arg}
        for k, name in enumerate(names[:2]):
            if name not in bound:
                raise inf.source.error(node, f"unpack_from() missing required argument '{name}' (pos {k + 1})")
        node.args = [bound[name] for name in names if name in bound]
        node.keywords = []
        return
    if node.keywords:
        raise inf.source.error(node, f"{'_struct.' if fn == 'calcsize' else ''}{fn}() takes no keyword arguments")
    if fn == "calcsize" and n != 1:
        raise inf.source.error(node, f"_struct.calcsize() takes exactly one argument ({n} given)")
    if fn in ("unpack", "iter_unpack") and n != 2:
        raise inf.source.error(node, f"{fn} expected 2 arguments, got {n}")


def check_buffer(inf, node: ast.expr, fn: str, writable: bool = False) -> Type:
    t = inf.expr(node)
    if writable and t == BYTES:
        return t  # CPython's TypeError, raised when the call runs (pack_into_lower)
    if t not in (BYTES, BYTEARRAY, BOTTOM):
        if writable:
            raise inf.source.error(node, f"argument must be read-write bytes-like object, not {t}")
        raise inf.source.error(node, f"a bytes-like object is required, not '{t}'")
    return t


def check_values(inf, values: list[ast.expr], spec: Format | str) -> None:
    """Type the values to pack; refuse the types whose error pyzc cannot tell when compiling."""
    for k, v in enumerate(values):
        t = inf.expr_keep(v)
        code = spec.items[k].code if isinstance(spec, Format) and k < len(spec.items) else ""
        if isinstance(t, OptT) or (t == NUM and code in INT_CODES) or (isinstance(t, ClassT) and code == "?"):
            raise inf.source.error(v, f"struct.pack() of a {t} is not supported yet")


# ---------------------------------------------------------------- typing rules
def pack_type(inf, node, recv, rt, forms):
    check_call(inf, node, "pack")
    spec = format_of(inf, node, "pack")
    check_values(inf, node.args[1:], spec)
    return BYTES


def pack_into_type(inf, node, recv, rt, forms):
    check_call(inf, node, "pack_into")
    spec = format_of(inf, node, "pack_into")
    if len(node.args) > 1:
        check_buffer(inf, node.args[1], "pack_into", writable=True)
    if len(node.args) > 2:
        inf.expect(node.args[2], INT, "offset", "'{t}' object cannot be interpreted as an integer")
    check_values(inf, node.args[3:], spec)
    return NONE


def unpack_type(inf, node, recv, rt, forms, fn="unpack"):
    check_call(inf, node, fn)
    spec = format_of(inf, node, fn)
    check_buffer(inf, node.args[1], fn)
    if fn == "unpack_from" and len(node.args) > 2:
        inf.expect(node.args[2], INT, "offset", "'{t}' object cannot be interpreted as an integer")
    if isinstance(spec, str):
        raise inf.source.error(node.args[0], f"struct.error: {spec}")
    if not spec.items:
        raise inf.source.error(node.args[0], f"struct.{fn}() of a format with no items is not supported yet")
    return TupleT(tuple(item_type(it.code) for it in spec.items))


def unpack_from_type(inf, node, recv, rt, forms):
    return unpack_type(inf, node, recv, rt, forms, "unpack_from")


def iter_unpack_type(inf, node, recv, rt, forms):
    t = unpack_type(inf, node, recv, rt, forms, "iter_unpack")
    spec = spec_of(node)
    assert isinstance(spec, Format)
    if spec.size == 0:
        raise inf.source.error(node.args[0], "struct.error: cannot iteratively unpack with a struct of length 0")
    return IterT("struct.iter_unpack", t)


def iter_unpack_lower(b, node, recv, forms):
    raise b.source.error(node, "struct.iter_unpack() is supported where it is iterated (for loops, comprehensions, "
                               "list(), sorted()...) for now")


def calcsize_type(inf, node, recv, rt, forms):
    check_call(inf, node, "calcsize")
    format_of(inf, node, "calcsize")
    return INT


# ---------------------------------------------------------------- lowering rules
def spec_of(node: ast.Call) -> Format | str:
    fmt = node.args[0]
    assert isinstance(fmt, ast.Constant) and isinstance(fmt.value, (str, bytes))  # format_of refuses any other
    return parse(fmt.value if isinstance(fmt.value, str) else fmt.value.decode("latin-1"))


def at(b, base, offset: int):
    """base + offset, where base is a checked offset into the buffer (None: 0)."""
    if base is None:
        return b.const(offset, INT)
    return b.prim("int_add_nocheck", [base, b.const(offset, INT)], INT) if offset else base


def put_items(b, buf, base, spec: Format, values: list) -> None:
    """Each value written at its item's place, in order, as CPython's s_pack_internal does: the first
    value of a wrong type or out of range raises, after the items before it are written."""
    for it, v in zip(spec.items, values):
        c = it.code
        t = v.type
        if c in INT_CODES:
            if t not in (INT, BOOL):
                return fail(b, "required argument is not an integer")
            b.call_primitive(PUT_INT, [buf, at(b, base, it.offset), b.as_int(v), b.const(ord(c), INT),
                                       b.const(it.size, INT), b.const(spec.mode, INT)])
        elif c in "fd":
            if t not in (INT, BOOL, FLOAT, NUM):
                return fail(b, "required argument is not a float")
            b.call_primitive(PUT_FLOAT, [buf, at(b, base, it.offset), b.as_float(v), b.const(it.size, INT),
                                         b.const(spec.mode, INT)])
        elif c == "?":
            b.call_primitive(PUT_BOOL, [buf, at(b, base, it.offset), b.truth(v)])
        elif c == "c":
            if t != BYTES:
                return fail(b, "char format requires a bytes object of length 1")
            b.call_primitive(PUT_BYTES, [buf, at(b, base, it.offset), v, b.const(1, INT), b.const(ord(c), INT)])
        else:
            assert c == "s"
            if t not in (BYTES, BYTEARRAY):
                return fail(b, "argument for 's' must be a bytes object")
            b.call_primitive(PUT_BYTES, [buf, at(b, base, it.offset), v, b.const(it.size, INT), b.const(ord(c), INT)])


def fail(b, message: str, kind: str = ERROR) -> None:
    b.raise_message(kind, b.const(message, STR))


def pack_lower(b, node, recv, forms):
    spec = spec_of(node)
    values = [b.expr(a) for a in node.args[1:]]
    if isinstance(spec, str):
        fail(b, spec)
    elif len(values) != len(spec.items):
        fail(b, f"pack expected {len(spec.items)} items for packing (got {len(values)})")
    else:
        buf = b.call_primitive(ZEROS, [b.const(spec.size, INT)])
        put_items(b, buf, None, spec, values)
        return buf
    return b.const(b"", BYTES)


def pack_into_lower(b, node, recv, forms):
    spec = spec_of(node)
    values = [b.expr(a) for a in node.args[1:]]
    if isinstance(spec, str):
        fail(b, spec)
    elif len(values) == 0:
        fail(b, "pack_into expected buffer argument")
    elif len(values) == 1:
        fail(b, "pack_into expected offset argument")
    elif len(values) != len(spec.items) + 2:
        fail(b, f"pack_into expected {len(spec.items)} items for packing (got {len(values) - 2})")
    elif values[0].type == BYTES:
        fail(b, "argument must be read-write bytes-like object, not bytes", "TypeError")
    else:
        buf = values[0]
        base = b.call_primitive(PACK_INTO_OFFSET, [buf, b.as_int(values[1]), b.const(spec.size, INT)])
        put_items(b, buf, base, spec, values[2:])
    return b.const(None, NONE)


def get_items(b, buf, base, spec: Format):
    out = []
    for it in spec.items:
        c, off = it.code, at(b, base, it.offset)
        if c in INT_CODES:
            out.append(b.call_primitive(GET_INT, [buf, off, b.const(ord(c), INT), b.const(it.size, INT),
                                                  b.const(spec.mode, INT)]))
        elif c in "fd":
            out.append(b.call_primitive(GET_FLOAT, [buf, off, b.const(it.size, INT), b.const(spec.mode, INT)]))
        elif c == "?":
            out.append(b.call_primitive(GET_BOOL, [buf, off]))
        else:
            out.append(b.call_primitive(GET_BYTES, [buf, off, b.const(it.size, INT)]))
    return b.make_tuple(out)


def unpack_lower(b, node, recv, forms):
    spec = spec_of(node)
    assert isinstance(spec, Format)  # unpack_type refuses a bad format
    buf = b.expr(node.args[1])
    b.call_primitive(UNPACK_CHECK, [buf, b.const(spec.size, INT)])
    return get_items(b, buf, None, spec)


def unpack_from_lower(b, node, recv, forms):
    spec = spec_of(node)
    assert isinstance(spec, Format)
    buf = b.expr(node.args[1])
    offset = b.as_int(b.expr(node.args[2])) if len(node.args) > 2 else b.const(0, INT)
    base = b.call_primitive(UNPACK_FROM_OFFSET, [buf, offset, b.const(spec.size, INT)])
    return get_items(b, buf, base, spec)


def calcsize_lower(b, node, recv, forms):
    spec = spec_of(node)
    if isinstance(spec, str):
        fail(b, spec)
        return b.const(0, INT)
    return b.const(spec.size, INT)


module_special("struct", "pack", pack_type, pack_lower, checks_arguments=True)
module_special("struct", "pack_into", pack_into_type, pack_into_lower, checks_arguments=True)
module_special("struct", "unpack", unpack_type, unpack_lower, checks_arguments=True)
module_special("struct", "unpack_from", unpack_from_type, unpack_from_lower, checks_arguments=True)
module_special("struct", "calcsize", calcsize_type, calcsize_lower, checks_arguments=True)
module_special("struct", "iter_unpack", iter_unpack_type, iter_unpack_lower, checks_arguments=True,
               cursor=lambda b, node, t: b.struct_iter_cursor(node, t))


# ---------------------------------------------------------------- struct.Struct(format)
# A Struct is typed by its format (types/model.StructT), so its methods are the functions above with
# that format: the call `s.pack(v)` is typed and lowered as `struct.pack(fmt, v)`, the format given to
# the call once, as a constant first argument (with_format).  Its value is the format, a str.
ATTRIBUTES = {"format": STR, "size": INT}  # s.format, s.size (types/infer.py, ir/build.py)
FORMATTED = "_pyz_struct_format"  # marks a method call whose format was put first


def struct_type(inf, node, recv, rt, forms):
    if any(isinstance(a, ast.Starred) for a in node.args) or node.keywords and node.keywords[0].arg is None:
        raise inf.source.error(node, "starred arguments are not supported yet")
    if len(node.args) + len(node.keywords) != 1 or node.keywords and node.keywords[0].arg != "format":
        raise inf.source.error(node, "Struct() takes exactly one argument, the format")
    fmt = node.args[0] if node.args else node.keywords[0].value
    node.args, node.keywords = [fmt], []
    spec = format_of(inf, node, "Struct")
    if isinstance(spec, str):
        raise inf.source.error(fmt, f"struct.error: {spec}")
    value = fmt.value  # format_of refused any other
    assert isinstance(value, (str, bytes))
    return StructT(value if isinstance(value, str) else value.decode("latin-1"))


def struct_lower(b, node, recv, forms):
    t = b.type_of(node)
    b.expr(node.args[0])
    return b.const(t.fmt, t)  # the format, a str constant typed as the Struct


module_special("struct", "Struct", struct_type, struct_lower, checks_arguments=True)


def with_format(node: ast.Call, fmt: str) -> None:
    """s.m(args) as struct.m(fmt, args): the format put first, once (typing runs to a fixed point)."""
    if not getattr(node, FORMATTED, False):
        node.args = [ast.copy_location(ast.Constant(fmt), node)] + node.args
        setattr(node, FORMATTED, True)


def method(name, typing, lowering):
    def method_typing(inf, node, recv, rt, forms):
        with_format(node, rt.fmt)
        return typing(inf, node, recv, rt, forms)

    def method_lowering(b, node, recv, forms):
        return lowering(b, node, recv, forms)

    special("Struct", name, method_typing, method_lowering, checks_arguments=True)


method("pack", pack_type, pack_lower)
method("pack_into", pack_into_type, pack_into_lower)
method("unpack", unpack_type, unpack_lower)
method("unpack_from", unpack_from_type, unpack_from_lower)
