"""The array module: array.array(typecode[, initializer]) and the methods of an array.

An array is a list underneath (types/model.ArrayT: the list of int or float its typecode
holds, with the list's C struct and template functions), so reading it (indexing,
slicing, len, iteration, `in`, `*`, comparisons, sorted, sum...) is a list's.  What
differs is each value stored: an int must fit the typecode (runtime_c/array.c raises
CPython's OverflowError), a float stored in an 'f' array is rounded to a C float, and
the errors of index, remove, pop and subscripts name an array.  Stores go through
pyz_array_int_item / pyz_array_float_item here (append, extend, fromlist, insert, the
constructor) and in the builder (`a[i] = v`, `a[i] += v`: ir/build.py, with `stored` below). a.typecode and a.itemsize are constants.

The typecode must be a constant: b B h H i I l L q Q f d.  Refused by name: 'u',
a str initializer, a bytes initializer but for 'B' (whose items are its bytes), fromfile,
buffer_info, slice assignment, and `+=` with a list.
"""

from __future__ import annotations

import ast

from ..types.model import (BINFILE, BOOL, BOTTOM, BYTEARRAY, BYTES, FLOAT, INT, ITEMS_PTR, NONE, NUM, STR, ArrayT, ListT, Prim,
                           Type)
from .registry import ITEMS, REGISTRY, item, method, module_special, param, runtime_helper, special
from .str_ops import INT64_MAX

INT_CODES = "bBhHiIlLqQ"
ITEMSIZE = {"b": 1, "B": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8, "Q": 8, "f": 4, "d": 8}
FLOAT_CODES = "fd"
BAD_TYPECODE = "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"
ITEM = Prim("<the array's item type>")  # typed by the method's pair
ATTRIBUTES = {"typecode": STR, "itemsize": INT}  # a.typecode, a.itemsize (types/infer.py, ir/build.py)

INT_ITEM = runtime_helper("pyz_array_int_item", [param("v", INT), param("code", INT)], INT, raises=True,
                          raises_what="OverflowError: the int does not fit the typecode")
FLOAT_ITEM = runtime_helper("pyz_array_float_item", [param("v", FLOAT), param("code", INT)], FLOAT, raises=False)
CHECK_INTS = runtime_helper("pyz_array_check_ints", [param("items", ITEMS_PTR), param("n", INT), param("code", INT)],
                            NONE, raises=True, raises_what="OverflowError: an int does not fit the typecode")
FROMBYTES_COUNT = runtime_helper("pyz_array_frombytes_count", [param("b", BYTES), param("code", INT)], INT,
                                 raises=True, raises_what="ValueError: bytes length not a multiple of item size")
INT_FROM_BYTES = runtime_helper("pyz_array_int_from_bytes", [param("b", BYTES), param("i", INT), param("code", INT)],
                                INT, raises=False)
FLOAT_FROM_BYTES = runtime_helper("pyz_array_float_from_bytes", [param("b", BYTES), param("i", INT),
                                                                 param("code", INT)], FLOAT, raises=False)
BYTESWAP = runtime_helper("pyz_array_byteswap", [param("items", ITEMS_PTR), param("n", INT), param("code", INT)], NONE,
                          raises=True, raises_what="OverflowError: an L or Q item past 2**63 - 1")
TOBYTES = runtime_helper("pyz_array_tobytes", [param("items", ITEMS_PTR), param("n", INT), param("code", INT)], BYTES,
                         raises=True, raises_what="MemoryError (never: pyz_bytes_zeros of a size >= 0)")


def array_method(name, params, result, *, c, raises=False, raises_what=""):
    return method("array.array", name, params, result, c=c, raises=raises, raises_what=raises_what)


APPEND = array_method("append", [param("v", ITEM)], NONE, c="pyz_list_N_append", raises=True,
                      raises_what="MemoryError when the array cannot grow")
EXTEND = array_method("extend", [param("bb", ITEM)], NONE, c="pyz_list_N_extend", raises=True,
                      raises_what="MemoryError when the array cannot grow")
FROMLIST = array_method("fromlist", [param("list", ITEM)], NONE, c="pyz_list_N_extend", raises=True,
                        raises_what="MemoryError when the array cannot grow")
array_method("insert", [param("i", INT), param("v", ITEM)], NONE, c="pyz_list_N_insert", raises=True,
             raises_what="MemoryError when the array cannot grow")
array_method("pop", [param("i", INT, -1)], item, c="pyz_list_N_array_pop", raises=True,
             raises_what="IndexError: pop from empty array / pop index out of range")
array_method("index", [param("v", ITEM), param("start", INT, 0), param("stop", INT, INT64_MAX)], INT,
             c="pyz_list_N_array_index", raises=True, raises_what="ValueError: array.index(x): x not in array")
array_method("count", [param("v", ITEM)], INT, c="pyz_list_N_count", raises=ITEMS, raises_what="never for numbers")
array_method("remove", [param("v", ITEM)], NONE, c="pyz_list_N_array_remove", raises=True,
             raises_what="ValueError: array.remove(x): x not in array")
array_method("reverse", [], NONE, c="pyz_list_N_reverse")
array_method("tolist", [], lambda t: ListT(t.elem), c="pyz_list_N_copy")
array_method("tobytes", [], BYTES, c="")
array_method("tofile", [param("f", BINFILE)], NONE, c="")
array_method("frombytes", [param("buffer", BYTES)], NONE, c="")
array_method("byteswap", [], NONE, c="")


# ---------------------------------------------------------------- array(typecode[, initializer])
def elem_of(code: str) -> Type:
    return INT if code in INT_CODES else FLOAT


def check_value(inf, node: ast.AST, t: Type, code: str) -> None:
    """CPython's TypeError for a value an array of this typecode cannot hold (told when compiling)."""
    if t == BOTTOM:
        return
    if code in INT_CODES and t not in (INT, BOOL, NUM):  # a NUM holding a float: TypeError when stored (as_int)
        raise inf.source.error(node, f"'{t}' object cannot be interpreted as an integer")
    if code in FLOAT_CODES and t not in (INT, BOOL, FLOAT, NUM):
        raise inf.source.error(node, f"must be real number, not {t}")


def typecode_of(inf, node: ast.expr) -> str:
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        t = inf.expr(node)
        if t not in (BOTTOM,) and str(t) != "str":
            raise inf.source.error(node, f"array() argument 1 must be a unicode character, not {t}")
        raise inf.source.error(node, "array.array() needs a constant typecode (a string literal) for now")
    code = node.value
    if len(code) != 1:
        raise inf.source.error(node, f"array() argument 1 must be a unicode character, not a string of length {len(code)}")
    if code == "u":
        raise inf.source.error(node, "array.array('u') is not supported yet")
    if code not in INT_CODES + FLOAT_CODES:
        raise inf.source.error(node, f"ValueError: {BAD_TYPECODE}")
    return code


def array_type(inf, node, recv, rt, forms):
    if any(isinstance(a, ast.Starred) for a in node.args):
        raise inf.source.error(node, "starred arguments are not supported yet")
    if node.keywords:
        raise inf.source.error(node, "array.array() takes no keyword arguments")
    if not 1 <= len(node.args) <= 2:
        raise inf.source.error(node, f"array expected at {'least 1' if not node.args else 'most 2'} argument"
                                     f"{'' if not node.args else 's'}, got {len(node.args)}")
    code = typecode_of(inf, node.args[0])
    if len(node.args) == 2:
        init = node.args[1]
        if not isinstance(init, ast.GeneratorExp):
            t = inf.expr(init)
            if (t == BYTES or str(t) == "bytearray") and code != "B":  # 'B': its bytes are the items
                raise inf.source.error(init, f"array.array('{code}') of a bytes initializer is not supported yet")
            if str(t) == "str":
                raise inf.source.error(init, f"cannot use a str to initialize an array with typecode '{code}'")
        check_value(inf, init, inf.iterable_elem(init), code)
    return ArrayT(elem_of(code), code)


def stored(b, t: ArrayT, v):
    """v as an item of an array of type t: an int checked to fit, a float rounded for 'f'."""
    if t.code in INT_CODES:
        v = b.as_int(v)
        return b.call_primitive(INT_ITEM, [v, b.const(ord(t.code), INT)])  # (l and q: an int past 64 bits)
    v = b.as_float(v)
    return v if t.code == "d" else b.call_primitive(FLOAT_ITEM, [v, b.const(ord(t.code), INT)])


def add_items(b, arr, node: ast.expr) -> None:
    """Each item of an iterable appended in turn, as CPython's extend does (an error keeps those before)."""
    t = arr.type
    if isinstance(b.inst.expr_types.get(id(node)), ListT) and b.inst.expr_types[id(node)].elem == BOTTOM:
        b.expr(node)  # a list nothing is ever stored in
        return
    b.over_items(node, lambda v: b.call_primitive(APPEND, [arr, stored(b, t, v)]))


def array_lower(b, node, recv, forms):
    t = b.type_of(node)
    arr = b.new_list(t)
    if len(node.args) == 2:
        add_items(b, arr, node.args[1])
    return arr


module_special("array", "array", array_type, array_lower, checks_arguments=True)


# ---------------------------------------------------------------- the methods that take items
def value_type(inf, node, recv, rt, forms):
    """append(v), insert(i, v), index(v[, start[, stop]]), count(v), remove(v)"""
    name = forms[0].name
    k = 1 if name == "insert" else 0
    if name == "insert":
        inf.expect(node.args[0], INT, "insert index", "'{t}' object cannot be interpreted as an integer")
    v = node.args[k]
    t = inf.expr(v)
    if name in ("index", "count", "remove") and rt.code in INT_CODES and t in (FLOAT, NUM):
        raise inf.source.error(v, f"array.{name}() of a {t} in an array('{rt.code}') is not supported yet")
    check_value(inf, v, t, rt.code)
    for a in node.args[k + 1:]:
        inf.expect(a, INT, "slice indices", "slice indices must be integers or have an __index__ method")
    return forms[0].result_type(rt)


def value_lower(b, node, recv, forms):
    name = forms[0].name
    t = recv.type
    args = [b.expr(a) for a in node.args]
    m = forms[0]
    if name in ("append", "insert"):
        k = 1 if name == "insert" else 0
        args[k] = stored(b, t, args[k])
        if name == "insert":
            args[0] = b.as_int(args[0])
    else:  # a value looked for: as the items are held
        args[0] = b.as_int(args[0]) if t.code in INT_CODES else b.as_float(args[0])
        args[1:] = [b.as_int(a) for a in args[1:]]
        if name == "index" and len(args) < 3:
            args += [b.const(0, INT), b.const(INT64_MAX, INT)][len(args) - 1:]
    result = b.call_primitive(m, [recv] + args)
    return result if m.result_type(t) != NONE else b.const(None, NONE)


for _name in ("append", "insert", "index", "count", "remove"):
    special("array.array", _name, value_type, value_lower)


def clinic_arity(inf, node, name: str) -> None:
    """CPython's messages for extend(bb) and tofile(f), one positional argument (Argument Clinic's)."""
    if node.keywords or not node.args:
        raise inf.source.error(node, f"{name}() takes exactly 1 positional argument ({len(node.args)} given)")
    if len(node.args) > 1:
        raise inf.source.error(node, f"{name}() takes at most 1 argument ({len(node.args)} given)")
    if isinstance(node.args[0], ast.Starred):
        raise inf.source.error(node, "starred arguments are not supported yet")


def extend_type(inf, node, recv, rt, forms):
    """extend(iterable) and fromlist(list): an array of the same typecode, or items it can hold."""
    if forms[0].name == "extend":
        clinic_arity(inf, node, "extend")
    arg = node.args[0]
    name = forms[0].name
    t = None if isinstance(arg, ast.GeneratorExp) else inf.expr(arg)
    if isinstance(t, ArrayT):
        if t != rt:
            raise inf.source.error(arg, "can only extend with array of same kind")
        if name == "fromlist":
            raise inf.source.error(arg, "arg must be list")
        return NONE
    if name == "fromlist" and not (isinstance(t, ListT) and type(t) is ListT):
        raise inf.source.error(arg, "arg must be list")
    check_value(inf, arg, inf.iterable_elem(arg), rt.code)
    return NONE


def extend_lower(b, node, recv, forms):
    arg = node.args[0]
    t = recv.type
    at = b.inst.expr_types.get(id(arg))
    if isinstance(at, ArrayT):  # items that fit already
        b.call_primitive(EXTEND, [recv, b.expr(arg)])
    elif forms[0].name == "fromlist" and t.code in INT_CODES and at.elem == INT:
        v = b.expr(arg)  # all checked first: CPython leaves the array as it was on an error
        b.call_primitive(CHECK_INTS, [b.prim("list_items_ptr", [v], ITEMS_PTR), b.prim("container_len", [v], INT),
                                      b.const(ord(t.code), INT)])
        b.call_primitive(EXTEND, [recv, v])
    else:  # item by item (floats cannot fail; an 'f' array rounds them)
        add_items(b, recv, arg)
    return b.const(None, NONE)


special("array.array", "extend", extend_type, extend_lower, checks_arguments=True)
special("array.array", "fromlist", extend_type, extend_lower)


# ---------------------------------------------------------------- tobytes(), tofile(f)
def tobytes(b, arr):
    t = arr.type
    return b.call_primitive(TOBYTES, [b.prim("list_items_ptr", [arr], ITEMS_PTR), b.prim("container_len", [arr], INT),
                                      b.const(ord(t.code), INT)])


special("array.array", "tobytes", None, lambda b, node, recv, forms: tobytes(b, recv))


def tofile_lower(b, node, recv, forms):
    f = b.expr(node.args[0])
    b.call_primitive(REGISTRY.forms("binfile", "write")[0], [f, tobytes(b, recv)])
    return b.const(None, NONE)


def tofile_type(inf, node, recv, rt, forms):
    clinic_arity(inf, node, "tofile")
    t = inf.expr(node.args[0])
    if t not in (BINFILE, BOTTOM):
        raise inf.source.error(node.args[0], f"array.tofile() of a {t} is not supported yet (give a file opened 'wb')")
    return NONE


special("array.array", "tofile", tofile_type, tofile_lower, checks_arguments=True)


# ---- frombytes(buffer): the items the bytes hold, as the C type (checked to be whole first); byteswap()
def frombytes_type(inf, node, recv, rt, forms):
    t = inf.expr(node.args[0])
    if t not in (BYTES, BYTEARRAY, BOTTOM):
        raise inf.source.error(node.args[0], f"a bytes-like object is required, not '{t}'")
    return NONE


def frombytes_lower(b, node, recv, forms):
    data = b.expr(node.args[0])
    code = b.const(ord(recv.type.code), INT)
    count = b.call_primitive(FROMBYTES_COUNT, [data, code])
    getter = INT_FROM_BYTES if recv.type.code in INT_CODES else FLOAT_FROM_BYTES
    b.index_loop(count, lambda i: b.call_primitive(APPEND, [recv, b.call_primitive(getter, [data, i, code])]))
    return b.const(None, NONE)


special("array.array", "frombytes", frombytes_type, frombytes_lower)


def byteswap_lower(b, node, recv, forms):
    b.call_primitive(BYTESWAP, [b.prim("list_items_ptr", [recv], ITEMS_PTR), b.prim("container_len", [recv], INT),
                                b.const(ord(recv.type.code), INT)])
    return b.const(None, NONE)


special("array.array", "byteswap", None, byteswap_lower)
