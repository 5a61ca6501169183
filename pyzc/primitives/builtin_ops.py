"""Builtin functions a table row cannot type: pairs of a typing and a lowering rule.

divmod(a, b) is a tuple of two ints for int (or bool) arguments and of two floats
when either is a float, computed with the same runtime as `//` and `%` (so its
signs and rounding are theirs, as in CPython, where float `//` and `%` are the
two halves of float divmod); only the message of a float division by zero is
divmod's own.  The tuple is built by the builder, so no runtime function
returns it.

id(x) takes only values with an identity: an object or a mutable container
(not a tuple of any length, which is a list underneath), since pyzc's other
values are unboxed and CPython's id() of them could not be matched anyway.  It
is the address (printing it differs from CPython, comparing it does not).
"""

from __future__ import annotations

import ast

from ..types.model import BOOL, BOTTOM, FLOAT, INT, MUTABLE_CONTAINERS, ClassT, Prim, TupleT, VarTupleT
from .registry import BUILTINS, function, param, runtime_helper, special

NUMBERS = (INT, FLOAT, BOOL)


def divmod_type(inf, node, recv, rt, forms):
    inf.no_keywords(node, "divmod")
    if len(node.args) != 2:
        raise inf.source.error(node, f"divmod expected 2 arguments, got {len(node.args)}")
    types = [inf.expr(a) for a in node.args]
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


# ---- pow(base, exp): base ** exp (a modulus is not supported yet)
def pow_type(inf, node, recv, rt, forms):
    inf.no_keywords(node, "pow")
    if len(node.args) == 3:
        raise inf.source.error(node, "pow() with a modulus (3 arguments) is not supported yet")
    if len(node.args) != 2:
        raise inf.source.error(node, f"pow expected 2 arguments, got {len(node.args)}")
    lt, rt_ = (inf.expr(a) for a in node.args)
    if BOTTOM in (lt, rt_):
        return BOTTOM
    return inf.binop_type(ast.Pow(), lt, rt_, node, node.args[1])


def pow_lower(b, node, recv, forms):
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
