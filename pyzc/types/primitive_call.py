"""The one typing rule for a registered method call (primitives/): arity, keywords, argument types, result.

In: a call `recv.name(...)` whose receiver type the registry covers.  Out:
the call's type, or a diagnostic with CPython's TypeError message (arity,
keywords: worded by registry.arity_error as CPython's argument parser for that
method words it) or the usual "must be T, not U" for an argument's type.

Keyword arguments a method accepts are moved to their positions in the call
node here, once (a default fills any gap before one given later), so that
lowering sees positional arguments only.  A registered pair's typing rule runs
after the arity and keyword checks (or instead of them, with
checks_arguments) and may hand the call back to the table by returning None.
"""

from __future__ import annotations

import ast

from ..frontend.iter_calls import HIDDEN_ARGS
from ..frontend.str_translate import TRANSLATE
from ..frontend.modules import part_members
from ..primitives.file_ops import fspath
from ..primitives import LISTED_MODULES, MODULES, OBJECT_NAMES, PYTHON_TYPES, REGISTRY, Method, arity_error, bad_keyword_error, no_keywords_error, select, unsupported_arity
from ..diagnostics import CompileError
from .model import STR, DictT, Type
from .typed_program import spread_arguments


def is_none(node) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def keywords_to_positions(inf, node: ast.Call, forms: list[Method]) -> None:
    params = max((f.params for f in forms), key=len)
    name = forms[0].name
    if not any(p.keyword for p in params):
        for kw in node.keywords:
            raise inf.source.error(kw, no_keywords_error(forms, kw.arg) if kw.arg else "** arguments are not supported yet")
    names = [p.name for p in params]
    given = {}
    for kw in node.keywords:
        if kw.arg is None:
            raise inf.source.error(kw, "** arguments are not supported yet")
        if kw.arg not in names or not params[names.index(kw.arg)].keyword:
            raise inf.source.error(kw, bad_keyword_error(forms, kw.arg))
        i = names.index(kw.arg)
        if i < len(node.args) or kw.arg in given:
            raise inf.source.error(kw, f"argument for {name}() given by name ('{kw.arg}') and position ({i + 1})")
        given[kw.arg] = kw.value
    last = max(names.index(k) for k in given)
    for i in range(len(node.args), last + 1):
        value = given.get(names[i])
        if value is None:  # a default before a keyword given later
            value = ast.copy_location(ast.Constant(params[i].default), node)
        node.args.append(value)
    node.keywords = []


def spread_known_lengths(inf, node: ast.Call) -> None:
    """`range(*t)`, `"{} {}".format(*pair)`, `max(*(a, b))`: each starred tuple of known length (or
    display) becomes its items, in place, as keywords_to_positions rewrites keywords; a starred value
    of any other length is left for the rule that takes it (`print(*xs)`) or refuses it.  Raises
    ArgumentsNotKnownYet while a spread tuple has no type (expr_Call types the call in a later round).
    The node is shared by the instances of its function, so only a spread whose length every instance
    sees alike is rewritten: a display, a global variable, or anything in the module's body."""
    for a in node.args:
        if not isinstance(a, ast.Starred) or isinstance(a.value, (ast.Tuple, ast.List)) or inf.inst.func.is_module:
            continue
        if not (isinstance(a.value, ast.Name) and not inf.is_local(a.value.id)):
            return
    try:
        node.args = spread_arguments(inf.source, node, inf.tuple_length)
    except CompileError:
        return


def update_keywords_to_dict(inf, node: ast.Call) -> None:
    """`d.update(c=3)` is `d.update({"c": 3})`, and `d.update(m, c=3)` of a dict m is `d.update({**m, "c": 3})`:
    m's items, then the keywords', as CPython stores them (a Counter's update adds: not rewritten).  In
    place, once, as keywords_to_positions rewrites keywords; `**kw` and a positional that is not a dict
    are left for the usual refusal."""
    if any(kw.arg is None for kw in node.keywords) or len(node.args) > 1 \
            or any(isinstance(a, ast.Starred) for a in node.args):
        return
    keys: list[ast.expr | None] = []
    values: list[ast.expr] = []
    if node.args:
        if not isinstance(inf.expr(node.args[0]), DictT):
            return
        keys.append(None)
        values.append(node.args[0])
    for kw in node.keywords:
        keys.append(ast.copy_location(ast.Constant(kw.arg), kw.value))
        values.append(kw.value)
    node.args = [ast.copy_location(ast.Dict(keys=keys, values=values), node)]
    node.keywords = []


def method_type(inf, node: ast.Call, recv, rt: Type | None, kind: str, attr: str) -> Type:
    """The type of recv.attr(...) (recv None, kind "builtins": of the builtin function attr(...))."""
    if any(isinstance(a, ast.Starred) for a in node.args) and (kind, attr) != ("builtins", "print"):
        spread_known_lengths(inf, node)
    if kind == "str" and attr == "translate" and TRANSLATE in inf.program.functions and len(node.args) == 1 \
            and not node.keywords and not isinstance(node.args[0], ast.Starred):
        return inf.helper_call(node, TRANSLATE, [recv, node.args[0]])  # frontend/str_translate.py
    if attr == "update" and node.keywords and isinstance(rt, DictT) and rt.kind != "Counter":
        update_keywords_to_dict(inf, node)
    kind = REGISTRY.resolve(kind, attr)
    forms = REGISTRY.forms(kind, attr)
    pair = REGISTRY.specials.get((kind, attr))
    if not forms and pair is None:
        if kind in MODULES:
            listed = sorted({name for (k, name) in REGISTRY.methods if k == kind and not name.startswith("_")}
                            | part_members(kind)) if kind in LISTED_MODULES else []
            if not hasattr(MODULES[kind], attr):
                raise inf.source.error(node, f"module '{kind}' has no attribute '{attr}'")
            raise inf.source.error(node, f"{kind}.{attr}() is not supported yet"
                                   + (f" (supported: {', '.join(listed)})" if listed else ""))
        python_type = PYTHON_TYPES[kind]
        raise inf.source.error(node, f"'{OBJECT_NAMES.get(kind, kind)}' object has no attribute '{attr}'"
                               if not hasattr(python_type, attr) else f"{kind}.{attr}() is not supported yet")
    if pair is None or not pair.checks_arguments:
        if any(isinstance(a, ast.Starred) for a in node.args):
            raise inf.source.error(node, "starred arguments are not supported yet")
        # (keywords_to_positions rewrites the call once: what it was given by position is kept on it)
        hidden = getattr(node, HIDDEN_ARGS, 0)  # (iter(x) is given one more: frontend/iter_calls.py)
        given = node.pyzc_positional = getattr(node, "pyzc_positional", len(node.args) - hidden)  # type: ignore[attr-defined]
        positional = [p for p in max((f.params for f in forms), key=len) if not p.keyword_only]
        if given > len(positional) and len(positional) < max(len(f.params) for f in forms):
            raise inf.source.error(node, f"{forms[0].name}() takes at most {len(positional)} positional argument"
                                         f"{'s' if len(positional) != 1 else ''} ({given} given)")
        if node.keywords:
            keywords_to_positions(inf, node, forms)
        message = arity_error(forms, len(node.args) - hidden) or unsupported_arity(forms, len(node.args) - hidden)
        if message:
            raise inf.source.error(node, message)
    if pair is not None and pair.typing is not None:
        t = pair.typing(inf, node, recv, rt, forms)
        if t is not None:
            return t
    form = select(forms, len(node.args))
    for arg, p in zip(node.args, form.params):
        if p.none and is_none(arg):
            inf.expr(arg)
            continue
        if kind in PATH_MODULES and p.type == STR:
            arg = fspath(inf, node, arg)  # a pathlib.Path: its __fspath__(), as CPython's os functions take it
        inf.expect(arg, p.type, p.what or f"{kind}.{attr}() argument", p.message)  # builtins name theirs (what=)
    return form.result_type(rt)


PATH_MODULES = ("os", "os.path")  # whose str parameters are paths (os.PathLike)


def module_functions(module: str) -> set[str]:
    """The functions the registry declares for a module the compiler implements."""
    return {name for kind, name in list(REGISTRY.methods) + list(REGISTRY.specials) if kind == module}

