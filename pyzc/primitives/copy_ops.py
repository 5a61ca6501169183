"""The copy module: copy.copy(x) and copy.deepcopy(x), a registered pair each.

The result has the argument's type.  types/copying.py says what each type's
copy is; lowering (ir/build_stdlib.py, copy_value) calls the container's copy
for a shallow copy of a container, and otherwise a function that codegen renders
for the static type (codegen/copy.py): one per class for copy.copy of an
object, one per type met below the value for copy.deepcopy.

Refused with a diagnostic, at the call: a memo argument; values that hold a
file, an iterator or a range (CPython's TypeError "cannot pickle"); exception
objects (CPython copies them by calling the class again); and objects of a
class that defines one of the hooks that change copying (`__copy__`,
`__deepcopy__`, `__reduce__`...).
"""

from __future__ import annotations

import ast

from ..types.copying import COPY_HOOKS
from ..types.model import BOOL, BOTTOM, FLOAT, INT, NONE, NUM, STR, BYTES, ClassT, DequeT, DictT, ListT, OptT, SetT, TupleT, Type, concrete, parts
from .registry import module_special

PARAMS = {"copy": ("x",), "deepcopy": ("x", "memo", "_nil")}  # CPython's parameters


def bind_argument(inf, node: ast.Call, fn: str) -> ast.expr:
    """The x of copy(x) / deepcopy(x), given by position or name, with CPython's TypeErrors; the call
    is left with x as its one positional argument."""
    params = PARAMS[fn]
    if any(isinstance(a, ast.Starred) for a in node.args):
        raise inf.source.error(node, "starred arguments are not supported yet")
    n = len(node.args)
    if n > len(params):
        takes = "1 positional argument" if len(params) == 1 else f"from 1 to {len(params)} positional arguments"
        raise inf.source.error(node, f"{fn}() takes {takes} but {n} {'was' if n == 1 else 'were'} given")
    bound = dict(zip(params, node.args))
    for kw in node.keywords:
        if kw.arg is None:
            raise inf.source.error(kw, "** arguments are not supported yet")
        if kw.arg not in params:
            raise inf.source.error(kw, f"{fn}() got an unexpected keyword argument '{kw.arg}'")
        if kw.arg in bound:
            raise inf.source.error(kw, f"{fn}() got multiple values for argument '{kw.arg}'")
        bound[kw.arg] = kw.value
    if "x" not in bound:
        raise inf.source.error(node, f"{fn}() missing 1 required positional argument: 'x'")
    for extra in params[1:]:
        arg = bound.get(extra)
        if arg is not None and not (isinstance(arg, ast.Constant) and arg.value is None):
            raise inf.source.error(arg, f"copy.{fn}() with a {extra} argument is not supported yet")
    node.args = [bound["x"]]
    node.keywords = []
    return node.args[0]


def refusal(inf, t: Type, fn: str, deep: bool) -> str | None:
    """Why copy.fn() of a t value is refused, or None.  Shallow: the value's own type (and, for an
    object, each class it may be); deep: every type below it, through the fields of objects."""
    top = t
    seen: set = set()
    stack = [concrete(t)]
    while stack:
        t = stack.pop()
        if t in seen:
            continue
        seen.add(t)
        inside = "" if t == concrete(top) else f": it holds a {t}"
        if t in (INT, FLOAT, BOOL, NUM, STR, BYTES, NONE, BOTTOM):
            continue
        if isinstance(t, (ListT, DictT, SetT, DequeT, TupleT, OptT)):  # (None, or a value: its parts)
            if deep:
                stack += parts(t)
            continue
        if isinstance(t, ClassT):
            program = inf.program
            for cls in program.subtree(t.name):
                if program.exception_base(cls) is not None:
                    return f"copy.{fn}() of exception objects ({cls}) is not supported yet"
                for hook in COPY_HOOKS:
                    if program.lookup_method(cls, hook) is not None:
                        if inside:
                            return f"copy.{fn}() of a {top} is not supported yet{inside}, and class {cls} defines {hook}"
                        return f"copy.{fn}() of a {top} object is not supported yet: class {cls} defines {hook}"
                if deep:
                    chain = (cls,) + program.classes[cls].ancestors
                    stack += [ft for (owner, _), ft in inf.fields.items() if owner in chain]
            continue
        return f"copy.{fn}() of a {top} is not supported yet{inside}" if inside else \
            f"copy.{fn}() of a {t} is not supported yet"
    return None


def copy_type(inf, node, recv, rt, forms, fn="copy", deep=False) -> Type:
    arg = bind_argument(inf, node, fn)
    t = inf.expr_keep(arg)  # copy.copy(None) is None
    message = refusal(inf, t, fn, deep)
    if message:
        raise inf.source.error(node, message)
    return t


def deepcopy_type(inf, node, recv, rt, forms) -> Type:
    return copy_type(inf, node, recv, rt, forms, "deepcopy", True)


def copy_lower(b, node, recv, forms):
    return b.copy_value(b.expr(node.args[0]), deep=False)


def deepcopy_lower(b, node, recv, forms):
    return b.copy_value(b.expr(node.args[0]), deep=True)


module_special("copy", "copy", copy_type, copy_lower, checks_arguments=True)
module_special("copy", "deepcopy", deepcopy_type, deepcopy_lower, checks_arguments=True)
