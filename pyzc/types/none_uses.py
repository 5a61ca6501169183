"""CPython's error when a value that may be None is None where its use needs a value.

Inference gives a read of an `OptT` value its inner type when the read is not one that takes
None as it is (`Inferencer.expr_keep`), and lowering checks it (`FunctionBuilder.opt_unwrap`).
The check raises what CPython raises for that use: `none_use_error` names it from the shape of
the expression (or statement) using the value.  A use whose error it cannot name is refused
when compiling (`none_use_error` gives None), never guessed: a wrong message is a wrong answer.
"""

from __future__ import annotations

import ast
from typing import Callable

from .operators import OP_SYMBOLS, ORDERINGS, UNARY
from .model import FILE, ArrayT, DequeT, NONE, NUM, ClassT, DictT, ListT, SetT, TupleT, STR, Type, VarTupleT

# builtins that iterate over their one argument: f(None) raises "'NoneType' object is not iterable"
ITERATING_BUILTINS = frozenset({"list", "tuple", "set", "frozenset", "dict", "sorted", "sum", "any", "all",
                                "enumerate", "zip", "iter", "min", "max"})
# builtins with a message of their own for a None argument
BUILTIN_MESSAGES = {
    "len": "object of type 'NoneType' has no len()",
    "int": "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
    "float": "float() argument must be a string or a real number, not 'NoneType'",
    "abs": "bad operand type for abs(): 'NoneType'",
    "range": "'NoneType' object cannot be interpreted as an integer",
    "chr": "'NoneType' object cannot be interpreted as an integer",
    "reversed": "'NoneType' object is not reversible",
    "bytes": "cannot convert 'NoneType' object to bytes",
    "bytearray": "cannot convert 'NoneType' object to bytearray",
}


def python_type_name(t: Type) -> str:
    """type(v).__name__ of a value of static type t, for error messages."""
    if t == NUM:  # an int or a float: said as the int it most often is
        return "int"
    if isinstance(t, ClassT):
        return t.name
    if isinstance(t, DictT) and t.kind:
        return t.kind.split(":")[0]  # Counter, defaultdict
    if isinstance(t, TupleT) and t.name:  # a named tuple: its class
        return t.name
    if isinstance(t, (ListT, TupleT, DictT, SetT)):
        return {ListT: "list", VarTupleT: "tuple", ArrayT: "array.array", TupleT: "tuple", DictT: "dict", SetT: "set"}[type(t)]
    if t == NONE:
        return "NoneType"
    if isinstance(t, DequeT):
        return "deque"
    return str(t)


def none_use_error(node: ast.AST, user: ast.AST | None, type_of: Callable[[ast.AST], Type | None]) -> tuple[str, str] | None:
    """CPython's error (kind, message) when node, a value that may be None, is None where user (the
    expression or statement using it) needs a value; None when this use is not one pyzc can name.
    type_of gives the static type of another operand (None while not known: inference asks before
    the operands to the right are typed, and only whether the use is one it can name)."""
    def name(n) -> str:
        t = type_of(n)
        return "NoneType" if t is None or t == NONE else python_type_name(t)

    def sequence(n) -> str | None:
        t = type_of(n)
        return ("str" if t == STR else "tuple" if isinstance(t, (TupleT, VarTupleT)) else "list" if isinstance(t, ListT)
                else None)

    if isinstance(user, ast.Call) and user.func is node:  # a function that may be None, called
        return "TypeError", "'NoneType' object is not callable"
    if isinstance(user, ast.Subscript):
        if user.value is not node:
            return None  # an index or key that may be None
        if isinstance(user.ctx, ast.Store) and not user.__dict__.get("pyzc_augmented"):  # (`x[k] += v` reads x[k] first)
            return "TypeError", "'NoneType' object does not support item assignment"
        if isinstance(user.ctx, ast.Del):
            return "TypeError", "'NoneType' object does not support item deletion"
        return "TypeError", "'NoneType' object is not subscriptable"
    if isinstance(user, ast.Attribute) and user.value is node:
        return "AttributeError", f"'NoneType' object has no attribute '{user.attr}'"
    if isinstance(user, ast.Call) and isinstance(user.func, ast.Attribute) and user.func.value is node:  # x.m(...)
        return "AttributeError", f"'NoneType' object has no attribute '{user.func.attr}'"
    if isinstance(user, ast.Call) and isinstance(user.func, ast.Attribute) and user.func.attr == "write" \
            and user.args and user.args[0] is node and type_of(user.func.value) == FILE:  # f.write(None)
        return "TypeError", "write() argument must be str, not None"
    if isinstance(user, ast.BinOp) and type(user.op) in OP_SYMBOLS:
        other = user.right if user.left is node else user.left
        if isinstance(user.op, ast.Mod) and user.right is node and type_of(user.left) in (STR, None):
            return None  # '%s' % None formats it
        if isinstance(user.op, ast.Add) and user.right is node and sequence(user.left):
            kind = sequence(user.left)
            return "TypeError", f'can only concatenate {kind} (not "NoneType") to {kind}'
        if isinstance(user.op, ast.Mult) and sequence(other):
            return "TypeError", "can't multiply sequence by non-int of type 'NoneType'"
        sym = OP_SYMBOLS[type(user.op)] + (" or pow()" if isinstance(user.op, ast.Pow) else "")
        left, right = ("NoneType", name(user.right)) if user.left is node else (name(user.left), "NoneType")
        return "TypeError", f"unsupported operand type(s) for {sym}: '{left}' and '{right}'"
    if isinstance(user, ast.AugAssign) and user.target is node and type(user.op) in OP_SYMBOLS:
        return "TypeError", f"unsupported operand type(s) for {OP_SYMBOLS[type(user.op)]}=: 'NoneType' and '{name(user.value)}'"
    if isinstance(user, ast.AugAssign) and user.value is node and type(user.op) in OP_SYMBOLS:
        kind = sequence(user.target)
        if kind == "list" and isinstance(user.op, ast.Add):  # list += extends by any iterable
            return "TypeError", "'NoneType' object is not iterable"
        if kind is not None and isinstance(user.op, ast.Add):
            return "TypeError", f'can only concatenate {kind} (not "NoneType") to {kind}'
        if kind is not None and isinstance(user.op, ast.Mult):
            return "TypeError", "can't multiply sequence by non-int of type 'NoneType'"
        if isinstance(user.op, ast.Mod) and type_of(user.target) in (STR, None):
            return None  # s %= None formats it
        return "TypeError", f"unsupported operand type(s) for {OP_SYMBOLS[type(user.op)]}=: '{name(user.target)}' and 'NoneType'"
    if isinstance(user, ast.UnaryOp) and type(user.op) in UNARY:
        return "TypeError", f"bad operand type for unary {UNARY[type(user.op)]}: 'NoneType'"
    if isinstance(user, ast.Compare) and len(user.ops) == 1:
        ordering = ORDERINGS.get(type(user.ops[0]))
        if ordering is not None:
            left, right = ("NoneType", name(user.comparators[0])) if user.left is node else (name(user.left), "NoneType")
            return "TypeError", f"'{ordering}' not supported between instances of '{left}' and '{right}'"
        if isinstance(user.ops[0], (ast.In, ast.NotIn)) and user.comparators[0] is node:
            return "TypeError", "argument of type 'NoneType' is not iterable"
        return None
    if isinstance(user, ast.Call) and isinstance(user.func, ast.Name) and node in user.args and not user.keywords:
        fn = user.func.id
        if fn in BUILTIN_MESSAGES:
            return "TypeError", BUILTIN_MESSAGES[fn]
        if fn in ITERATING_BUILTINS and len(user.args) == 1:
            return "TypeError", "'NoneType' object is not iterable"
        if fn == "zip" and all(isinstance(a, (ast.Name, ast.Constant)) for a in user.args):
            # zip(best, "xyz"): its arguments are made first, then iterated in order; names and
            # constants have no effects, so the check at the read raises where CPython does
            return "TypeError", "'NoneType' object is not iterable"
        return None
    if isinstance(user, (ast.List, ast.Tuple, ast.Set)) and any(isinstance(e, ast.Starred) and e.value is node for e in user.elts):
        return "TypeError", "Value after * must be an iterable, not NoneType"  # [*xs]
    if isinstance(user, ast.Dict) and any(k is None and v is node for k, v in zip(user.keys, user.values)):
        return "TypeError", "'NoneType' object is not a mapping"  # {**d}
    if isinstance(user, ast.For) and user.iter is node:
        return "TypeError", "'NoneType' object is not iterable"
    if isinstance(user, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)) and any(g.iter is node for g in user.generators):
        return "TypeError", "'NoneType' object is not iterable"
    if isinstance(user, ast.Call) and any(isinstance(a, ast.GeneratorExp) and any(g.iter is node for g in a.generators)
                                          for a in user.args):  # sum(f(c) for c in xs): typed as the call's part
        return "TypeError", "'NoneType' object is not iterable"
    if isinstance(user, (ast.Assign, ast.AnnAssign)) and user.value is node:
        targets = user.targets if isinstance(user, ast.Assign) else [user.target]
        if any(isinstance(t, (ast.Tuple, ast.List)) for t in targets):
            return "TypeError", "cannot unpack non-iterable NoneType object"
    return None
