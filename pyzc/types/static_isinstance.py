"""`isinstance(x, T)` decided when compiling, where x's static type answers it.

In an instance where x has one concrete type (a str, a list[int], an object), the test
has one value on every run, so the branch it rules out never runs in CPython either:
inference neither types nor lowers it (types/infer.py `static_none_test`, which calls
this).  That lets one function take values of several types, a function instance per
type, each seeing only its own branch, as pylib/json.py's encoder does; without it both
branches are typed with the one type, and `o.items()` on a list is refused.

The builtin classes of `isinstance` are decided for a plain name, and so is a class of
the program against a value that is not an object (always False) or an object of a class
that is neither its ancestor nor its subclass (False: the class's ancestors are on the
ClassT, and isinstance's typing rule records the tested class's type): a place of
several types (a number of several types, a function value) is tested at run time, and
so is None or a value, unless no value of its type would pass (ir/build_objects.py `isinstance_of`), and so is a user class against an object.
The answers here agree with that lowering's constants.
"""

from __future__ import annotations

import ast

from ..frontend.builtin_subclasses import builtin_base
from .model import (BOOL, BYTEARRAY, BYTES, FLOAT, INT, NONE, NUM, STR, ArrayT, ClassT, DequeT, DictT, ListT, OptT,
                    SetT, TupleT, Type, VarTupleT)

SCALARS = {INT: ("int",), BOOL: ("bool", "int"), FLOAT: ("float",), STR: ("str",), BYTES: ("bytes",),
           BYTEARRAY: ("bytearray",)}
BUILTIN_CLASSES = ("int", "bool", "float", "str", "bytes", "bytearray", "list", "tuple", "dict", "set")


def builtin_classes_of(t: Type) -> tuple[str, ...] | None:
    """The builtin classes of BUILTIN_CLASSES a value of type t is an instance of, or None if t does not say."""
    if t in SCALARS:
        return SCALARS[t]
    if isinstance(t, ClassT) and builtin_base(t.chain()):
        return None  # a class deriving from list or dict (frontend/builtin_subclasses.py): lowering tests it
    if t == NONE or isinstance(t, (ClassT, DequeT)):
        return ()
    if isinstance(t, (TupleT, VarTupleT)):
        return ("tuple",)
    if isinstance(t, ArrayT):
        return ()
    if isinstance(t, ListT):
        return ("list",)
    if isinstance(t, DictT):  # a Counter and a defaultdict are dicts
        return ("dict",)
    if isinstance(t, SetT):
        return ("set",)
    return None


def static_isinstance(test: ast.expr, types: dict) -> bool | None:
    """The value of `isinstance(name, C)` or `isinstance(name, (C1, C2))` where the name's type decides it."""
    if not (isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id == "isinstance"
            and len(test.args) == 2 and not test.keywords and isinstance(test.args[0], ast.Name)):
        return None
    t = types.get(id(test.args[0]))
    if t is None:
        return None
    spec = test.args[1]
    names = spec.elts if isinstance(spec, ast.Tuple) else [spec]
    ids = [n.id for n in names if isinstance(n, ast.Name)]
    if len(ids) != len(names):
        return None
    # None or a value, and a number of several types: only a False answer holds when compiling
    uncertain = isinstance(t, OptT) or t == NUM
    inner = t.inner if isinstance(t, OptT) else t
    classes = ("int", "float", "bool") if inner == NUM else builtin_classes_of(inner)
    if classes is None:
        return None
    hit = any(i in classes for i in ids)
    for n in names:
        if not isinstance(n, ast.Name) or n.id in BUILTIN_CLASSES:
            continue
        # a class of the program (or an exception class): no value but an object is an instance of one
        # (a named tuple's class is tested by lowering, against the tuple's name)
        if isinstance(inner, TupleT):
            return None
        if isinstance(inner, ClassT):
            cls = types.get(id(n))  # recorded by isinstance's typing rule for a class of the program
            if not isinstance(cls, ClassT) or cls.name in inner.chain() or inner.name in cls.chain():
                return None  # an ancestor (but the object may be None), a subclass, or another kind of class
            # neither an ancestor nor a subclass of the object's class: never an instance
    return None if hit and uncertain else hit


COMPARE = {ast.Eq: lambda a, b: a == b, ast.NotEq: lambda a, b: a != b, ast.Lt: lambda a, b: a < b,
           ast.LtE: lambda a, b: a <= b, ast.Gt: lambda a, b: a > b, ast.GtE: lambda a, b: a >= b}


def static_len_test(test: ast.expr, types: dict) -> bool | None:
    """The value of `len(name) > 2` (any comparison with an int constant) where name is a tuple of known
    length: a function taking tuples of several lengths reads `t[2]` only under such a test, and for a
    tuple without a third item that branch is neither typed nor lowered."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and type(test.ops[0]) in COMPARE):
        return None
    call, k = test.left, test.comparators[0]
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "len"
            and len(call.args) == 1 and not call.keywords and isinstance(call.args[0], ast.Name)
            and isinstance(k, ast.Constant) and type(k.value) is int):
        return None
    t = types.get(id(call.args[0]))
    if not isinstance(t, TupleT):
        return None
    return COMPARE[type(test.ops[0])](len(t.elems), k.value)
