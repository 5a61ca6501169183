"""Builtin functions of one value: abs, round, repr, hash, format, isinstance, and the conversions
str, int, float and bool.

Each is a table row (so its arity and keyword errors are CPython's, compared
with CPython by tests/test_primitives.py) and a pair: the row's parameter of
type ANY takes whatever the typing rule accepts.

abs and round keep an int an int and a float a float; round(x) of a float is
an int, round(x, n) keeps x's type, and a number of several types (NUM) is
rounded by its type at run time (the builder's num_case).  An object's abs(),
round(), int() and float() call its __abs__, __round__, __int__ and __float__
(pylib/fractions.py's Fraction).  repr and hash are
the builder's (repr_of, hash_value: sets and dicts hash with it too).
format(v, spec) with a constant spec is formatted as an f-string's field is;
a spec computed at run time calls the runtime's formatter for v's type.
The conversions' rows declare CPython's str(bytes, encoding, errors) and
int(x, base) for their arity and keyword messages; their pair refuses them.
"""

from __future__ import annotations

import ast
import builtins

from ..exceptions import PYTHON_NAMES as EXCEPTION_NAMES
from ..types.infer_format import FORMATTABLE, constant_str
from ..types.none_uses import python_type_name
from ..types.model import (BOOL, BOTTOM, BYTEARRAY, BYTES, FLOAT, INT, ITEMS_PTR, NONE, NUM, STR, ClassT, ListT, OptT,
                           is_transient, unprintable)
from .builtin_ops import ANY
from .bytes_ops import BYTES_FROM_INTS
from .registry import BUILTINS, function, method, param, runtime_helper, special


# ---- abs(x)
function("abs", [param("x", ANY)], INT, c="", raises=False)
INT_ABS = runtime_helper("pyz_int_abs", [param("x", INT)], INT, raises=False)  # of any size (runtime_c/int.c)
NUM_ABS = runtime_helper("pyz_num_abs", [param("x", NUM)], NUM, raises=False)


def abs_type(inf, node, recv, rt, forms):
    t = inf.expr(node.args[0])
    if t in (INT, BOOL):
        return INT
    if t in (FLOAT, NUM, BOTTOM):
        return t
    if isinstance(t, ClassT):
        r = inf.dunder(t, "__abs__", ())
        if r is not None:
            return r
    raise inf.source.error(node.args[0], f"bad operand type for abs(): '{t}'")


def abs_lower(b, node, recv, forms):
    v = b.expr(node.args[0])
    if isinstance(v.type, ClassT):
        return b.dunder(v.type, "__abs__", [v])
    if v.type == FLOAT:
        return b.prim("float_abs", [v], FLOAT)
    if v.type == NUM:
        return b.call_primitive(NUM_ABS, [v])
    return b.call_primitive(INT_ABS, [b.as_int(v)])


special(BUILTINS, "abs", abs_type, abs_lower)


# ---- round(number, ndigits=None)
function("round", [param("number", ANY, keyword=True), param("ndigits", INT, None, keyword=True)], INT, c="",
         raises=False)
INT_ROUND_DIGITS = runtime_helper("pyz_int_round_digits", [param("x", INT), param("ndigits", INT)], INT, raises=True,
                                  raises_what="OverflowError")
FLOAT_ROUND_DIGITS = runtime_helper("pyz_float_round_digits", [param("x", FLOAT), param("ndigits", INT)], FLOAT,
                                    raises=True, raises_what="OverflowError (rounded past the float range)")
NUM_ROUND = runtime_helper("pyz_num_round", [param("x", NUM)], INT, raises=True,
                           raises_what="ValueError, OverflowError (nan, inf, too big)")
FLOAT_ROUND = runtime_helper("pyz_float_round", [param("x", FLOAT)], INT, raises=True,
                             raises_what="ValueError, OverflowError (nan, inf, too big)")


def round_type(inf, node, recv, rt, forms):
    a = node.args
    t = inf.expr(a[0])
    if len(a) == 2:
        inf.expect(a[1], INT, "round() ndigits")
    if t in (INT, BOOL):
        return INT
    if t in (FLOAT, NUM):
        return t if len(a) == 2 else INT
    if t == BOTTOM:
        return BOTTOM
    if isinstance(t, ClassT):
        r = inf.dunder(t, "__round__", (INT,) if len(a) == 2 else round_none(inf.program, t))
        if r is not None:
            return r
    raise inf.source.error(a[0], f"type {t} doesn't define __round__ method")


def round_none(program, t: ClassT) -> tuple:
    """The arguments round(x) gives x.__round__: None for an ndigits parameter (so that `if ndigits is None`
    is decided when compiling, as for a call that passes None), nothing to a __round__(self)."""
    m = program.lookup_method(t.name, "__round__")
    return (NONE,) if m is not None and len(m.params) > 1 else ()


def round_lower(b, node, recv, forms):
    v = b.expr(node.args[0])
    if isinstance(v.type, ClassT):
        if len(node.args) == 2:
            return b.dunder(v.type, "__round__", [v, b.as_int(b.expr(node.args[1]))])
        return b.dunder(v.type, "__round__", [v] + [b.const(None, NONE) for _ in round_none(b.mb.program, v.type)])
    if v.type in (INT, BOOL):
        v = b.as_int(v)
    digits = len(node.args) == 2
    nd = b.as_int(b.expr(node.args[1])) if digits else None
    if v.type == INT:
        return b.call_primitive(INT_ROUND_DIGITS, [v, nd]) if digits else v
    if v.type == NUM:
        if not digits:
            return b.call_primitive(NUM_ROUND, [v])
        # round(x, n) keeps x's type: the int or the float path
        return b.num_case(v, lambda i: b.call_primitive(INT_ROUND_DIGITS, [i, nd]),
                          lambda f: b.call_primitive(FLOAT_ROUND_DIGITS, [f, nd]))
    return b.call_primitive(FLOAT_ROUND_DIGITS, [v, nd]) if digits else b.call_primitive(FLOAT_ROUND, [v])


special(BUILTINS, "round", round_type, round_lower)


# ---- repr(obj)
function("repr", [param("obj", ANY)], STR, c="", raises=False)


def repr_type(inf, node, recv, rt, forms):
    arg = node.args[0]
    t = inf.expr_keep(arg)
    if is_transient(t):
        raise inf.source.error(arg, "repr() of range/iterator objects is not supported yet")
    if unprintable(t):
        raise inf.source.error(arg, f"repr() of {unprintable(t)} objects is not supported yet")
    return STR


def repr_lower(b, node, recv, forms):
    return b.repr_of(b.expr(node.args[0]))


special(BUILTINS, "repr", repr_type, repr_lower)


# ---- ascii(obj): repr(obj) with the code points past ASCII escaped
function("ascii", [param("obj", ANY)], STR, c="", raises=False)


def ascii_lower(b, node, recv, forms):
    return b.rt("pyz_str_ascii", [b.repr_of(b.expr(node.args[0]))], STR)


special(BUILTINS, "ascii", repr_type, ascii_lower)


# ---- hash(obj)
function("hash", [param("obj", ANY)], INT, c="", raises=False)


def hash_type(inf, node, recv, rt, forms):
    t = inf.expr(node.args[0])
    inf.check_hashable(t, node.args[0])
    if isinstance(t, ClassT):
        inf.dunder(t, "__hash__", ())
    return INT


def hash_lower(b, node, recv, forms):
    return b.hash_value(b.expr(node.args[0]))


special(BUILTINS, "hash", hash_type, hash_lower)


# ---- format(value, format_spec=""): a constant spec works for every formattable value; one computed
# at run time needs an int, float or str value
function("format", [param("value", ANY), param("format_spec", STR, "")], STR, c="", raises=False)
SPEC_FORMATTERS = {t: runtime_helper(c, [param("v", t), param("spec", STR)], STR, raises=True,
                                     raises_what="ValueError (a bad spec)")
                   for t, c in ((INT, "pyz_int_format"), (FLOAT, "pyz_float_format"), (STR, "pyz_str_format"),
                                (NUM, "pyz_num_format"))}


# ---- bin(x), oct(x), hex(x): an int with its base's prefix, as format(x, '#b') and so on
BASE_SPECS = {"bin": "#b", "oct": "#o", "hex": "#x"}
NUM_AS_INDEX = runtime_helper("pyz_num_as_index", [param("a", NUM)], INT, raises=True,
                              raises_what="TypeError: 'float' object cannot be interpreted as an integer")
for _name in BASE_SPECS:
    function(_name, [param("x", INT, what=f"{_name}() argument")], STR, c="", raises=False)


def base_type(inf, node, recv, rt, forms):
    name = inf.inst.calls[id(node)].name
    if len(node.args) != 1 or node.keywords:
        raise inf.source.error(node, f"{name}() takes exactly one argument ({len(node.args) + len(node.keywords)} given)")
    t = inf.expr(node.args[0])
    if t not in (INT, BOOL, NUM, BOTTOM):  # a number of several types: a float raises when it runs
        raise inf.source.error(node.args[0], f"'{python_type_name(t)}' object cannot be interpreted as an integer")
    return STR


def base_lower(b, node, recv, forms):
    name = b.inst.calls[id(node)].name
    v = b.expr(node.args[0])
    if v.type == NUM:  # CPython's TypeError if it holds a float
        v = b.call_primitive(NUM_AS_INDEX, [v])
    return b.call_primitive(SPEC_FORMATTERS[INT], [b.as_int(v), b.const(BASE_SPECS[name], STR)])


for _name in BASE_SPECS:
    special(BUILTINS, _name, base_type, base_lower, checks_arguments=True)


def format_type(inf, node, recv, rt, forms):
    plain = len(node.args) == 1 or constant_str(node.args[1], inf.program) == ""
    t = inf.expr_keep(node.args[0]) if plain else inf.expr(node.args[0])  # format(None) is 'None'
    inf.check_formatted(node.args[0], t)
    if len(node.args) == 1:
        inf.formats_itself(t)  # format(obj): its __format__(""), if its class has one
        return STR
    inf.expect(node.args[1], STR, "format() argument 2")
    spec = constant_str(node.args[1], inf.program)
    if spec is None and t not in (INT, FLOAT, STR, NUM, BOTTOM):
        raise inf.source.error(node.args[1], f"format() of a {t} value with a spec computed at run time is not supported yet")
    if spec and t not in FORMATTABLE and not inf.formats_itself(t):
        raise inf.source.error(node.args[0], f"format specs for {t} values are not supported yet")
    if spec == "":
        inf.formats_itself(t)
    return STR


def format_lower(b, node, recv, forms):
    v = b.expr(node.args[0])
    if len(node.args) == 1:
        return b.format_plain(v, node)
    spec = constant_str(node.args[1], b.mb.program)
    if spec is not None:
        return b.format_value(v, spec, node) if spec else b.format_plain(v, node)
    return b.call_primitive(SPEC_FORMATTERS[v.type], [v, b.expr(node.args[1])])


special(BUILTINS, "format", format_type, format_lower)


# ---- the conversions str(object=""), int(x=0), float(x=0), bool(x=False); each with no argument is its zero.
# CPython's str(bytes, encoding, errors) and int(x, base) are declared for their messages, and refused.
CONVERSIONS = {"str": STR, "int": INT, "float": FLOAT, "bool": BOOL}
ZEROS = {"str": "", "int": 0, "float": 0.0, "bool": False}
function("str", [param("object", ANY, "", keyword=True), param("encoding", STR, None, keyword=True),
                 param("errors", STR, None, keyword=True)], STR, c="", raises=False)
function("int", [param("x", ANY, 0), param("base", INT, 10, keyword=True)], INT, c="", raises=False)
function("float", [param("x", ANY, 0.0)], FLOAT, c="", raises=False)
function("bool", [param("x", ANY, False)], BOOL, c="", raises=False)
UNSUPPORTED_ARGUMENTS = {"str": "str() of bytes (encoding=, errors=) is not supported yet"}
STR_TO_INT_BASE = runtime_helper("pyz_str_to_int_base", [param("s", STR), param("base", INT)], INT, raises=True,
                                 raises_what="ValueError (an invalid literal or base, past 4300 digits)")
FLOAT_TO_INT = runtime_helper("pyz_float_to_int", [param("x", FLOAT)], INT, raises=True,
                              raises_what="ValueError, OverflowError (nan, inf, too big)")
NUM_TO_INT = runtime_helper("pyz_num_to_int", [param("x", NUM)], INT, raises=True,
                            raises_what="ValueError, OverflowError (nan, inf, too big)")
STR_TO_INT = runtime_helper("pyz_str_to_int", [param("s", STR)], INT, raises=True, raises_what="ValueError")
STR_TO_FLOAT = runtime_helper("pyz_str_to_float", [param("s", STR)], FLOAT, raises=True, raises_what="ValueError")


def int_base_node(node):
    """The base argument of int(x, base) or int(x, base=b), if given."""
    if len(node.args) > 1:
        return node.args[1]
    return next((kw.value for kw in node.keywords if kw.arg == "base"), None)


def conversion_type(inf, node, recv, rt, forms):
    name = inf.inst.calls[id(node)].name  # which of the four
    if name == "int" and int_base_node(node) is not None:  # int(s, base): of a str only, as CPython
        base = int_base_node(node)
        inf.expect(base, INT, "", "'{t}' object cannot be interpreted as an integer")
        t = inf.expr(node.args[0]) if node.args else BOTTOM
        if t not in (STR, BOTTOM):
            raise inf.source.error(node, "int() can't convert non-string with explicit base")
        return INT
    if len(node.args) > 1:
        raise inf.source.error(node, UNSUPPORTED_ARGUMENTS[name])
    if node.args:
        arg = node.args[0]
        t = inf.expr_keep(arg) if name in ("str", "bool") else inf.expr(arg)  # str(None), bool(None)
        if name in ("int", "float") and isinstance(t, ClassT) and inf.dunder(t, f"__{name}__", ()) is not None:
            r = inf.dunder(t, f"__{name}__", ())
            if r not in (CONVERSIONS[name], BOTTOM):
                raise inf.source.error(arg, f"__{name}__ returned non-{name} (type {r})")
            return CONVERSIONS[name]
        if name in ("int", "float") and t not in (INT, FLOAT, BOOL, NUM, STR, BOTTOM):
            raise inf.source.error(arg, f"{name}() argument must be a string or a number, not '{t}'")
        if is_transient(t):
            raise inf.source.error(arg, f"{name}() of range/iterator objects is not supported yet")
        if name == "str" and unprintable(t):
            raise inf.source.error(arg, f"str() of {unprintable(t)} objects is not supported yet")
        if name == "bool":
            inf.object_truth(t, arg)
    return CONVERSIONS[name]


def conversion_lower(b, node, recv, forms):
    name = b.inst.calls[id(node)].name
    if not node.args:
        return b.const(ZEROS[name], CONVERSIONS[name])
    if name == "int" and int_base_node(node) is not None:
        return b.call_primitive(STR_TO_INT_BASE, [b.expr(node.args[0]), b.as_int(b.expr(int_base_node(node)))])
    v = b.expr(node.args[0])
    if name == "str":
        return b.to_str(v)
    if name == "bool":
        return b.truth(v)
    if name in ("int", "float") and isinstance(v.type, ClassT):  # its __int__ / __float__
        return b.dunder(v.type, f"__{name}__", [v])
    if name == "float":
        return b.call_primitive(STR_TO_FLOAT, [v]) if v.type == STR else b.as_float(v)
    if v.type in (INT, BOOL):
        return b.as_int(v)
    return b.call_primitive({FLOAT: FLOAT_TO_INT, NUM: NUM_TO_INT}.get(v.type, STR_TO_INT), [v])


for _name in CONVERSIONS:
    special(BUILTINS, _name, conversion_type, conversion_lower)


# ---- isinstance(obj, class_or_tuple): decided at compile time from the static type where it can be, else
# by the object's class, a number's type now or a caught exception's class (the builder's isinstance_of)
ISINSTANCE_BUILTINS = {"int": INT, "float": FLOAT, "bool": BOOL, "str": STR, "bytes": BYTES, "bytearray": BYTEARRAY}
ISINSTANCE_CONTAINERS = ("list", "tuple", "dict", "set")  # known from the static type (none_uses.python_type_name)
function("isinstance", [param("obj", ANY), param("class_or_tuple", ANY)], BOOL, c="", raises=False)


def isinstance_type(inf, node, recv, rt, forms):
    inf.expr_keep(node.args[0])
    spec = node.args[1]
    for c in spec.elts if isinstance(spec, ast.Tuple) else [spec]:
        if not (isinstance(c, ast.Name) and (inf.class_named(c) is not None or c.id in ISINSTANCE_BUILTINS
                                             or c.id in ISINSTANCE_CONTAINERS or c.id in EXCEPTION_NAMES
                                             or inf.namedtuple_named(c) is not None)):
            raise inf.source.error(c, "isinstance() takes a class (or a tuple of classes) defined in this file, or a builtin type")
        info = inf.class_named(c)
        if info is not None:  # the class, for types/static_isinstance.py: its ancestors decide some tests
            inf.set_type(c, ClassT(info.name, info.ancestors))
    return BOOL


def isinstance_lower(b, node, recv, forms):
    v = b.expr(node.args[0])
    spec = node.args[1]
    names = [b.class_of(e) or e.id for e in (spec.elts if isinstance(spec, ast.Tuple) else [spec])]
    if isinstance(v.type, OptT):  # a value that may be None: None is an instance of none of these
        return b.opt_case(v, BOOL, lambda: b.const(False, BOOL), lambda x: b.isinstance_of(x, names))
    return b.isinstance_of(v, names)


special(BUILTINS, "isinstance", isinstance_type, isinstance_lower)


# ---- issubclass(cls, class_or_tuple): of classes named in the program and builtin types, decided when
# compiling (a class is not a value pyzc passes around), as CPython answers it
ISSUBCLASS_BUILTINS = frozenset({"int", "float", "bool", "str", "bytes", "bytearray", "list", "tuple", "dict", "set",
                                 "frozenset", "object"}) | frozenset(EXCEPTION_NAMES)
function("issubclass", [param("cls", ANY), param("class_or_tuple", ANY)], BOOL, c="", raises=False)


def issubclass_value(program, c: str, d: str) -> bool:
    """issubclass(c, d) of two class names, each a class of the program or a builtin (ISSUBCLASS_BUILTINS)."""
    if d == "object":
        return True
    if c in program.classes:
        chain = (c,) + program.classes[c].ancestors
        if d in chain:
            return True
        base = program.classes[chain[-1]].builtin_base  # an exception class of the program: its builtin base's
        return base is not None and d not in program.classes and issubclass(getattr(builtins, base), getattr(builtins, d))
    return d not in program.classes and issubclass(getattr(builtins, c), getattr(builtins, d))


def issubclass_names(node: ast.Call) -> list[ast.expr]:
    spec = node.args[1]
    return [node.args[0]] + (list(spec.elts) if isinstance(spec, ast.Tuple) else [spec])


def issubclass_type(inf, node, recv, rt, forms):
    for c in issubclass_names(node):
        if not (isinstance(c, ast.Name) and (inf.class_named(c) is not None or c.id in ISSUBCLASS_BUILTINS
                                             and not inf.is_variable_name(c.id) and c.id not in inf.program.classes)):
            raise inf.source.error(c, "issubclass() takes classes named in this file or builtin types (a class as a "
                                      "value is not supported yet)")
    return BOOL


def issubclass_lower(b, node, recv, forms):
    c, *spec = [n.id for n in issubclass_names(node)]
    return b.const(any(issubclass_value(b.mb.program, c, d) for d in spec), BOOL)


special(BUILTINS, "issubclass", issubclass_type, issubclass_lower)


# ---- methods of int (runtime_c/int.c: big ints too)
method("int", "bit_length", [], INT, c="pyz_int_bit_length", raises=False)
method("int", "bit_count", [], INT, c="pyz_int_bit_count", raises=False)
method("int", "to_bytes", [param("length", INT, 1, keyword=True), param("byteorder", STR, "big", keyword=True),
                           param("signed", BOOL, False, keyword_only=True)], BYTES, c="pyz_int_to_bytes", raises=True,
       raises_what="OverflowError: int too big to convert / can't convert negative int to unsigned; "
                   "ValueError: byteorder must be either 'little' or 'big', length argument must be non-negative")
# ---- methods of float
method("float", "is_integer", [], BOOL, c="pyz_float_is_integer", raises=False)
# int.from_bytes(b, ...), a class method: called on the class (infer.py and build_calls.py send `int.from_bytes(...)`
# here with 0 as the receiver); b a bytes, a bytearray or an iterable of ints (made a bytes first)
FROM_BYTES = method("int", "from_bytes", [param("bytes", BYTES, keyword=True), param("byteorder", STR, "big", keyword=True),
                                          param("signed", BOOL, False, keyword_only=True)], INT, c="pyz_int_from_bytes",
                    raises=True, raises_what="ValueError: byteorder must be either 'little' or 'big'")


def from_bytes_type(inf, node, recv, rt, forms):
    t = inf.expr(node.args[0])
    if t not in (BYTES, BYTEARRAY) and not (isinstance(t, ListT) or inf.iterable_elem(node.args[0]) in (INT, BOOL, BOTTOM)):
        raise inf.source.error(node.args[0], f"cannot convert '{python_type_name(t)}' object to bytes")
    for a, p in zip(node.args[1:], forms[0].params[1:]):
        inf.expect(a, p.type, "int.from_bytes() argument")
    return INT


def from_bytes_lower(b, node, recv, forms):
    given = b.inst.expr_types.get(id(node.args[0]))
    if given in (BYTES, BYTEARRAY):  # the C function reads a bytearray as it is
        data = b.expr(node.args[0])
    elif given == ListT(BOTTOM):
        data = b.const(b"", BYTES)
    else:  # any iterable of ints: bytes(it) first (ValueError: bytes must be in range(0, 256))
        items = b.expr(node.args[0]) if isinstance(given, ListT) else b.collect(node.args[0], ListT(INT))
        data = b.call_primitive(BYTES_FROM_INTS, [b.prim("list_items_ptr", [items], ITEMS_PTR),
                                                  b.prim("container_len", [items], INT)])
    rest = [b.expr(a) for a in node.args[1:]]
    rest += [b.const(p.default, p.type) for p in forms[0].params[1 + len(rest):]]
    return b.call_primitive(forms[0], [recv, data] + rest)


special("int", "from_bytes", from_bytes_type, from_bytes_lower)
