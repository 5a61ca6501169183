"""Builtin functions a table row cannot type: pairs of a typing and a lowering rule.

divmod(a, b) is a tuple of two ints for int (or bool) arguments and of two floats
when either is a float, computed with the same runtime as `//` and `%` (so its
signs and rounding are theirs, as in CPython, where float `//` and `%` are the
two halves of float divmod); only the message of a float division by zero is
divmod's own.  The tuple is built by the builder, so no runtime function
returns it.  With an object, divmod calls its __divmod__ (or the other's
__rdivmod__), whatever it returns.

id(x) takes only values with an identity: an object or a mutable container
(not a tuple of any length, which is a list underneath), since pyzc's other
values are unboxed and CPython's id() of them could not be matched anyway.  It
is the address (printing it differs from CPython, comparing it does not).

len(x) and range(...) are table rows (their arity and keyword errors are
CPython's) with a pair for what a row cannot say: what has a length (an
object's __len__), and range's int-like arguments.  print(...) and
sorted(xs, key=, reverse=) check their own arguments; their lowering is the
builder's (print_values, which writes through print.c or to a file;
collect and sort_list).  A range call that is iterated or indexed is typed
here but never reaches range_lower: ir/build.py walks it as a counted loop
(range_args).
"""

from __future__ import annotations

import ast

from ..types.model import (ArrayT, BOOL, BOTTOM, EXC_ARGS, FILE, FLOAT, INT, MUTABLE_CONTAINERS, NONE, NUM, RANGE, STR, BYTES, BYTEARRAY, BINFILE, ClassT, DequeT,
                           DictT, FuncT, ListT, OptT, Prim, SetT, TupleT, VarTupleT, ViewT, is_transient, unprintable)
from .registry import BUILTINS, function, param, runtime_helper, special

NUMBERS = (INT, FLOAT, BOOL)


def divmod_type(inf, node, recv, rt, forms):
    inf.no_keywords(node, "divmod")
    if len(node.args) != 2:
        raise inf.source.error(node, f"divmod expected 2 arguments, got {len(node.args)}")
    types = [inf.expr(a) for a in node.args]
    if isinstance(types[0], ClassT) or isinstance(types[1], ClassT):  # __divmod__ / __rdivmod__
        r = inf.dunder(types[0], "__divmod__", (types[1],)) if isinstance(types[0], ClassT) else None
        if r is None and isinstance(types[1], ClassT):
            r = inf.dunder(types[1], "__rdivmod__", (types[0],))
        if r is not None:
            return r
    for a, t in zip(node.args, types):
        if t not in NUMBERS + (BOTTOM,):
            other = types[1] if a is node.args[0] else types[0]
            raise inf.source.error(node, f"unsupported operand type(s) for divmod(): '{types[0]}' and '{types[1]}'"
                                   if other != BOTTOM else f"divmod() of a {t} is not supported")
    if BOTTOM in types:
        return BOTTOM
    t = FLOAT if FLOAT in types else INT
    return TupleT((t, t))


_ZERO = "ZeroDivisionError"
FLOAT_DIVMOD_CHECK = runtime_helper("pyz_float_divmod_check", [param("b", FLOAT)], FLOAT, raises=True,
                                    raises_what=_ZERO + ": float divmod()")
FLOAT_FLOORDIV = runtime_helper("pyz_float_floordiv", [param("a", FLOAT), param("b", FLOAT)], FLOAT, raises=True,
                                raises_what=_ZERO)
FLOAT_MOD = runtime_helper("pyz_float_mod", [param("a", FLOAT), param("b", FLOAT)], FLOAT, raises=True,
                           raises_what=_ZERO)
INT_FLOORDIV = runtime_helper("pyz_int_floordiv", [param("a", INT), param("b", INT)], INT, raises=True,
                              raises_what=_ZERO + ", OverflowError (INT64_MIN // -1)")
INT_MOD = runtime_helper("pyz_int_mod", [param("a", INT), param("b", INT)], INT, raises=True, raises_what=_ZERO)


def divmod_lower(b, node, recv, forms):
    x, y = (b.expr(a) for a in node.args)
    if isinstance(x.type, ClassT) or isinstance(y.type, ClassT):
        r = b.dunder(x.type, "__divmod__", [x, y]) if isinstance(x.type, ClassT) else None
        return r if r is not None else b.dunder(y.type, "__rdivmod__", [y, x])
    if FLOAT in (x.type, y.type):
        x, y = b.as_float(x), b.as_float(y)
        y = b.call_primitive(FLOAT_DIVMOD_CHECK, [y])
        q = b.call_primitive(FLOAT_FLOORDIV, [x, y])
        r = b.call_primitive(FLOAT_MOD, [x, y])
    else:
        x, y = b.as_int(x), b.as_int(y)
        q = b.call_primitive(INT_FLOORDIV, [x, y])
        r = b.call_primitive(INT_MOD, [x, y])
    return b.make_tuple([q, r])


special(BUILTINS, "divmod", divmod_type, divmod_lower, checks_arguments=True)


# ---- pow(base, exp): base ** exp; pow(base, exp, mod) of ints (runtime_c/int.c)
INT_POWMOD = runtime_helper("pyz_int_powmod", [param("base", INT), param("exp", INT), param("mod", INT)], INT,
                            raises=True, raises_what="ValueError: a modulus of 0, a base with no inverse")


def pow_type(inf, node, recv, rt, forms):
    inf.no_keywords(node, "pow")
    if len(node.args) == 3:
        types = [inf.expr(a) for a in node.args]
        if BOTTOM in types:
            return BOTTOM
        if any(t not in (INT, BOOL) for t in types):
            raise inf.source.error(node, "pow() with a modulus takes ints only: "
                                   + ", ".join(f"'{t}'" for t in types) + " given")
        return INT
    if len(node.args) != 2:
        raise inf.source.error(node, f"pow expected 2 arguments, got {len(node.args)}")
    lt, rt_ = (inf.expr(a) for a in node.args)
    if BOTTOM in (lt, rt_):
        return BOTTOM
    return inf.binop_type(ast.Pow(), lt, rt_, node, node.args[1])


def pow_lower(b, node, recv, forms):
    if len(node.args) == 3:
        return b.call_primitive(INT_POWMOD, [b.as_int(b.expr(a)) for a in node.args])
    x, y = (b.expr(a) for a in node.args)
    return b.binop(ast.Pow(), x, y, node)


special(BUILTINS, "pow", pow_type, pow_lower, checks_arguments=True)


# ---- id(x): an object's or a mutable container's identity
ANY = Prim("<any value>")  # typed by id's pair
function("id", [param("obj", ANY)], INT, c="", raises=False)


def id_type(inf, node, recv, rt, forms):
    t = inf.expr(node.args[0])
    if not (isinstance(t, (ClassT,) + MUTABLE_CONTAINERS) and not isinstance(t, VarTupleT) or t == BOTTOM):
        raise inf.source.error(node, f"id() of a {t} is not supported yet (objects and lists, dicts, sets, deques only)")
    return INT


def id_lower(b, node, recv, forms):
    return b.prim("obj_id", [b.expr(node.args[0])], INT)


special(BUILTINS, "id", id_type, id_lower)


# ---- callable(x): known from x's type (a function or a class as a value; an object whose class has __call__)
function("callable", [param("obj", ANY)], BOOL, c="", raises=False)


def callable_type(inf, node, recv, rt, forms):
    t = inf.expr_keep(node.args[0])
    if isinstance(t, OptT) and not isinstance(t.inner, FuncT):
        raise inf.source.error(node, f"callable() of a {t} is not supported yet")
    return BOOL


def callable_lower(b, node, recv, forms):
    v = b.expr(node.args[0])
    t = v.type
    if isinstance(t, OptT):  # a function or None: callable unless None
        return b.prim("bool_not", [b.opt_is_none(v)], BOOL)
    if isinstance(t, ClassT):
        return b.const(b.mb.program.lookup_method(t.name, "__call__") is not None, BOOL)
    return b.const(isinstance(t, FuncT), BOOL)


special(BUILTINS, "callable", callable_type, callable_lower)


# ---- hasattr(obj, name) with a constant name: from obj's type; an object's field that it may lack yet
# reads its presence flag (ir/build_objects.py has_attribute).  getattr/setattr with a constant name are
# the attribute itself (frontend/attribute_builtins.py).
function("hasattr", [param("obj", ANY), param("name", STR)], BOOL, c="", raises=False)
# the Python types whose attributes a value of these pyzc types has (hasattr asks Python itself)
PYTHON_TYPES = {INT: int, FLOAT: float, BOOL: bool, STR: str, BYTES: bytes, NONE: type(None)}
PYTHON_CONTAINERS = {ListT: list, DictT: dict, SetT: set, TupleT: tuple, VarTupleT: tuple, DequeT: None}


def hasattr_name(inf, node) -> str:
    name = node.args[1] if len(node.args) == 2 else None
    if not (isinstance(name, ast.Constant) and isinstance(name.value, str)):
        raise inf.source.error(node, "hasattr() with a name computed when the program runs is not supported yet")
    return name.value


def hasattr_type(inf, node, recv, rt, forms):
    hasattr_name(inf, node)
    t = inf.expr(node.args[0])
    if not (isinstance(t, ClassT) or t in PYTHON_TYPES or type(t) in PYTHON_CONTAINERS and PYTHON_CONTAINERS[type(t)] or t == BOTTOM):
        raise inf.source.error(node, f"hasattr() of a {t} is not supported yet")
    return BOOL


def hasattr_lower(b, node, recv, forms):
    name = node.args[1].value
    v = b.expr(node.args[0])
    t = v.type
    if isinstance(t, ClassT):
        return b.has_attribute(v, name, node)
    py = PYTHON_TYPES.get(t) or PYTHON_CONTAINERS.get(type(t))
    return b.const(py is not None and hasattr(py, name), BOOL)


special(BUILTINS, "hasattr", hasattr_type, hasattr_lower, checks_arguments=True)


# ---- len(x): of what has a length
function("len", [param("obj", ANY)], INT, c="", raises=False)
SIZED = (ListT, TupleT, DictT, SetT, ViewT, DequeT)  # a tuple of any length is a ListT
EXC_ARGS_LEN = runtime_helper("pyz_exc_args_len", [param("e", EXC_ARGS)], INT, raises=False)


def len_type(inf, node, recv, rt, forms):
    arg = node.args[0]
    t = inf.expr(arg)
    if t in (STR, BYTES, BYTEARRAY, BOTTOM, EXC_ARGS, RANGE) or isinstance(t, SIZED):
        return INT
    if isinstance(t, ClassT) and inf.dunder(t, "__len__", ()) is not None:
        return INT
    if t == NONE:  # may be an item of `[None] * n` that a later round sees filled
        inf.none_used(arg, "object of type 'NoneType' has no len()")
        return INT
    raise inf.source.error(arg, f"object of type '{t}' has no len()")


def len_lower(b, node, recv, forms):
    arg = node.args[0]
    if b.inferred(arg) == RANGE:  # (type_of would give its struct)
        return b.range_len(arg)
    v = b.expr(arg)
    t = v.type
    if isinstance(t, ClassT):
        return b.dunder(t, "__len__", [v])
    if isinstance(t, TupleT):
        return b.const(len(t.elems), INT)
    if t == STR:
        return b.prim("str_len", [v], INT)
    if t in (BYTES, BYTEARRAY):
        return b.prim("bytes_len", [v], INT)
    if t == EXC_ARGS:
        return b.call_primitive(EXC_ARGS_LEN, [v])
    return b.prim("container_len", [v], INT)


special(BUILTINS, "len", len_type, len_lower)


# ---- range(stop), range(start, stop[, step]) as a value (r = range(n)): a (start, stop, step) struct
function("range", [param("stop", INT)], RANGE, c="", raises=False)
function("range", [param("start", INT), param("stop", INT), param("step", INT, 1)], RANGE, c="", raises=False)


def range_type(inf, node, recv, rt, forms):
    for arg in node.args:
        t = inf.expr(arg)
        if t not in (INT, BOOL, NUM, BOTTOM):  # NUM: TypeError at run time if it holds a float
            raise inf.source.error(arg, f"'{t}' object cannot be interpreted as an integer")
    return RANGE


def range_lower(b, node, recv, forms):
    return b.range_value(node)


special(BUILTINS, "range", range_type, range_lower)


# ---- print(*values, sep=, end=, file=, flush=)
def print_file_keyword(inf, kw) -> bool:
    """print(..., file=f) and flush=: everything else is a str keyword (sep, end)."""
    if kw.arg == "file":
        t = inf.expr_keep(kw.value)
        if isinstance(t, OptT):  # a file or None: print(file=None) writes to sys.stdout
            t = t.inner
        if t == NONE:
            pass
        elif isinstance(t, ClassT):  # an object with write() (io.StringIO): print calls it with each piece
            if inf.dunder(t, "write", (STR,)) is None:
                raise inf.source.error(kw.value, f"'{t}' object has no attribute 'write'")
        elif t != FILE and t != BOTTOM:
            if t == BINFILE:
                raise inf.source.error(kw.value, "print() to a binary file is not supported yet (write() bytes to it)")
            raise inf.source.error(kw.value, f"print() file must be a file object, not {t}")
    elif kw.arg == "flush":
        inf.cond(kw.value)
    else:
        return False
    return True


def print_type(inf, node, recv, rt, forms):
    inf.no_keywords(node, "print", ("sep", "end", "file", "flush"))
    for arg in node.args:
        if isinstance(arg, ast.Starred):  # print(*items): the items, gathered when the arguments are evaluated
            whole = inf.expr(arg.value) if not isinstance(arg.value, ast.GeneratorExp) else None
            elem = inf.iterable_elem(arg.value) if not isinstance(whole, TupleT) else BOTTOM
            for t in whole.elems if isinstance(whole, TupleT) else (elem,):
                if unprintable(t) or is_transient(t):
                    raise inf.source.error(arg, f"printing {unprintable(t) or 'range/iterator'} objects is not supported yet")
            # the Starred node's type says how lowering gathers them: a tuple as it is, else a new list
            inf.set_type(arg, whole if isinstance(whole, TupleT) else ListT(elem))
            continue
        t = inf.expr_keep(arg)
        if is_transient(t):
            raise inf.source.error(arg, "printing range/iterator objects is not supported yet")
        if unprintable(t):
            raise inf.source.error(arg, f"printing {unprintable(t)} objects is not supported yet")
    for kw in node.keywords:
        if not print_file_keyword(inf, kw):
            inf.expect(kw.value, STR, f"print() {kw.arg}")
    to = next((kw.value for kw in node.keywords if kw.arg == "file"), None)
    flush = next((kw.value for kw in node.keywords if kw.arg == "flush"), None)
    t = inf.inst.expr_types.get(id(to)) if to is not None else None  # typed by print_file_keyword
    if isinstance(t, ClassT) and flush is not None and inf.dunder(t, "flush", ()) is None:
        raise inf.source.error(flush, f"'{t}' object has no attribute 'flush'")
    return NONE


def print_lower(b, node, recv, forms):
    return b.print_values(node)


special(BUILTINS, "print", print_type, print_lower, checks_arguments=True)


# ---- sorted(xs, key=, reverse=): a new list, sorted in place
def sorted_type(inf, node, recv, rt, forms):
    inf.no_keywords(node, "sorted", ("reverse", "key"))
    inf.nargs(node, "sorted", 1, 1)
    t = inf.iterable_elem(node.args[0])
    inf.sort_keywords(node, t, "sorted()", node.args[0])
    return ListT(t)


def sorted_lower(b, node, recv, forms):
    lst = b.collect(node.args[0], b.list_type_of(node))
    b.sort_list(lst, node)
    return lst


special(BUILTINS, "sorted", sorted_type, sorted_lower, checks_arguments=True)


# ---- f(**d): the keys of d checked against f's parameters (types/typed_program.py, bind_call)
KWARGS_CHECK = runtime_helper("pyz_kwargs_check", [param("keys", ListT(STR)), param("words", STR)], NONE, raises=True,
                              raises_what="TypeError: CPython's for an unexpected, doubled or missing argument")


def kwargs_check_type(inf, node, recv, rt, forms):
    """`__pyz_kwargs_check(d, list(d), words)`, made by bind_call: d, once its keys are checked."""
    d, keys, words = node.args
    t = inf.expr(d)
    inf.expr(keys)
    inf.expr(words)
    if t == BOTTOM:
        return BOTTOM
    if not (isinstance(t, DictT) and t.key in (STR, BOTTOM)):
        raise inf.source.error(d, f"argument after ** must be a mapping with str keys, not {t}")
    return t


def kwargs_check_lower(b, node, recv, forms):
    d, keys, words = node.args
    v = b.expr(d)
    t = b.inferred(d)
    if isinstance(t, DictT) and t.key == STR:  # else no key was ever put in it: nothing to check
        b.call_primitive(KWARGS_CHECK, [b.expr(keys), b.expr(words)])
    return v


special(BUILTINS, "__pyz_kwargs_check", kwargs_check_type, kwargs_check_lower, checks_arguments=True)


# ---- f(*xs): the length of a list or str checked against f's positional parameters (typed_program.spread_sequence)
SPREAD_CHECK = runtime_helper("pyz_spread_check", [param("n", INT), param("words", STR)], NONE, raises=True,
                              raises_what="TypeError: CPython's for too many, missing or doubled positional arguments")


def spread_check_type(inf, node, recv, rt, forms):
    """`__pyz_spread_check(xs, words[, var])`, made by bind_call: xs, once its length is checked (and
    stored in the variable var, that the call's later arguments read)."""
    xs, words = node.args[:2]
    t = inf.expr(xs)
    inf.expr(words)
    known = isinstance(words, ast.Constant) and words.value == ""  # a tuple of known length: nothing to check
    if t == BOTTOM or t == STR or (isinstance(t, ListT) and not isinstance(t, ArrayT)) or (known and isinstance(t, TupleT)):
        if len(node.args) == 3:
            inf.assign_var(node.args[2].value, t, node)
        return t
    raise inf.source.error(xs, f"unpacking a {t} into positional arguments is not supported yet"
                               " (a list, a tuple or a str is): spread list(...) of it")


def spread_check_lower(b, node, recv, forms):
    xs, words = node.args[:2]
    v = b.expr(xs)
    if not (isinstance(words, ast.Constant) and words.value == ""):
        n = b.prim("str_len", [v], INT) if v.type == STR else b.prim("container_len", [v], INT)
        b.call_primitive(SPREAD_CHECK, [n, b.expr(words)])
    if len(node.args) == 3:
        b.store(ast.Name(id=node.args[2].value, ctx=ast.Store()), v)
    return v


special(BUILTINS, "__pyz_spread_check", spread_check_type, spread_check_lower, checks_arguments=True)
