"""The re module: compile, search, match, fullmatch, findall, finditer, sub, subn, split, escape,
the flags, and the methods of patterns and match objects.

Matching is runtime_c/re.c's: a backtracking matcher over a program compiled from the pattern
when the program runs (cached per pattern and flags), so a pattern may be computed, and a bad
one raises re.error with CPython's message when the call runs, as in CPython.  A C matcher and
not a Python module compiled by pyzc, measured (2026-12-05, findall of [a-z]+[0-9]+ over 140 KB,
20 times): a minimal backtracking machine written in Python and compiled by pyzc (four opcodes, no
groups) took 0.19-0.23 s on ASCII text where re.c takes 0.12 s (CPython's sre 0.12 s), and 88.6 s
where the text holds one non-ASCII character (re.c 0.18 s): indexing a str that is not ASCII walks
its UTF-8, so the Python matcher is quadratic unless it first copies the text into a list of code
points, which re.c does once per call in C.

Types: a compiled pattern is a PatternT whose number of groups is known when the pattern is a
constant (the host Python's own re counts them; -1 otherwise); re.findall's result needs it
(a list of strs for at most one group, of tuples of strs for more), so findall of a pattern
not known when compiling is refused by name.  A match is MATCH, and search/match/fullmatch give
MATCH or None (NULL).  m.group(n) is a str or None (a group that did not take part), a str where
the group takes part in every match of the patterns the receiver may come from (re_groups.py);
m.group() and m.group(0) are strs.  split's items are strs, or strs and None when the pattern has groups.
re.finditer's matches are listed first (a list of matches, iterated as CPython's iterator is).

Not supported yet, refused by name: bytes patterns, Pattern.groupindex, re.purge, re.template.
"""

from __future__ import annotations

import ast
import re as host_re
import warnings

from ..ast_walk import walk
from ..types.model import DictT, RESUB, BOTTOM, FuncT, INT, ListT, MATCH, NONE, OptT, PatternT, STR, TupleT, Type, VarTupleT
from .re_groups import FLAGS, GroupFacts, constant_flags, constant_str
from .registry import PYFUNC, method, module_function, param, runtime_helper, special, module_special

MAXSIZE = 2**63 - 1

COMPILE = runtime_helper("pyz_re_compile", [param("pattern", STR), param("flags", INT)], PatternT(-1), raises=True,
                         raises_what="re.error: a bad pattern; ValueError: bad flags")
WITH_FLAGS = runtime_helper("pyz_re_with_flags", [param("re", PatternT(-1)), param("flags", INT)], PatternT(-1),
                            raises=True, raises_what="ValueError: cannot process flags argument with a compiled pattern")
FIND = {mode: runtime_helper(f"pyz_re_{mode}", [param("re", PatternT(-1)), param("string", STR)], OptT(MATCH),
                             raises=False) for mode in ("search", "match", "fullmatch")}
FIND_IN = {mode: runtime_helper(f"pyz_re_{mode}_in", [param("re", PatternT(-1)), param("string", STR),
                                                      param("pos", INT), param("endpos", INT)], OptT(MATCH),
                                raises=False) for mode in ("search", "match", "fullmatch")}
FINDALL = runtime_helper("pyz_re_findall", [param("re", PatternT(-1)), param("string", STR)], ListT(STR), raises=False)
FINDITER = runtime_helper("pyz_re_finditer", [param("re", PatternT(-1)), param("string", STR)], ListT(MATCH),
                          raises=False)
SPLIT = runtime_helper("pyz_re_split", [param("re", PatternT(-1)), param("string", STR), param("maxsplit", INT)],
                       ListT(STR), raises=False)
SUB = runtime_helper("pyz_re_sub", [param("re", PatternT(-1)), param("repl", STR), param("string", STR),
                                    param("count", INT)], STR, raises=True,
                     raises_what="re.error, IndexError: a bad template")
SUB_START = runtime_helper("pyz_re_sub_start", [param("re", PatternT(-1)), param("string", STR), param("count", INT)],
                           RESUB, raises=False)
SUBN_STATE = runtime_helper("pyz_re_subn_state", [param("re", PatternT(-1)), param("repl", STR), param("string", STR),
                                                  param("count", INT)], RESUB, raises=True,
                            raises_what="re.error, IndexError: a bad template")
SUB_NEXT = runtime_helper("pyz_re_sub_next", [param("state", RESUB)], OptT(MATCH), raises=False)
SUB_ADD = runtime_helper("pyz_re_sub_add", [param("state", RESUB), param("piece", STR)], NONE, raises=False)
SUB_FINISH = runtime_helper("pyz_re_sub_finish", [param("state", RESUB)], STR, raises=False)
SUB_COUNT = runtime_helper("pyz_re_sub_count", [param("state", RESUB)], INT, raises=False)
ESCAPE = module_function("re", "escape", [param("pattern", STR, keyword=True)], STR, c="pyz_re_escape", raises=False,
                         arity=PYFUNC)
EXPAND = runtime_helper("pyz_re_expand", [param("m", MATCH), param("template", STR)], STR, raises=True,
                        raises_what="re.error, IndexError: a bad template")
GROUP = runtime_helper("pyz_re_group", [param("m", MATCH), param("g", INT)], OptT(STR), raises=True,
                       raises_what="IndexError: no such group")
GROUP_NAMED = runtime_helper("pyz_re_group_named", [param("m", MATCH), param("name", STR)], OptT(STR), raises=True,
                             raises_what="IndexError: no such group")
POSITIONS = {(what, named): runtime_helper(f"pyz_re_{what}{'_named' if named else ''}",
                                           [param("m", MATCH), param("g", STR if named else INT)], INT, raises=True,
                                           raises_what="IndexError: no such group")
             for what in ("start", "end") for named in (False, True)}
GROUPS = runtime_helper("pyz_re_groups", [param("m", MATCH), param("default", STR)], VarTupleT(OptT(STR)),
                        raises=False)

# attributes: the type and the runtime function (types/infer.py, ir/build.py)
MATCH_ATTRIBUTES = {"string": (STR, "pyz_re_match_string"), "pos": (INT, "pyz_re_match_pos"),
                    "endpos": (INT, "pyz_re_match_endpos"), "lastgroup": (OptT(STR), "pyz_re_lastgroup"),
                    "lastindex": (OptT(INT), "pyz_re_lastindex"),  # 0 for None: ir/build.py makes the OptT
                    "re": (PatternT(-1), "pyz_re_match_re")}
PATTERN_ATTRIBUTES = {"pattern": (STR, "pyz_re_pattern"), "flags": (INT, "pyz_re_flags"),
                      "groups": (INT, "pyz_re_groups_count")}


def groups_of(pattern: ast.expr, flags: ast.expr | None) -> int:
    """The number of groups of a constant pattern (the host Python's re counts them), or -1."""
    f = constant_flags(flags)
    text = constant_str(pattern)
    if text is None or f is None:
        return -1
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # FutureWarning: "Possible nested set"
            return host_re.compile(text, f).groups
    except (host_re.error, ValueError, OverflowError, TypeError, RecursionError):
        return -1  # the program raises CPython's error when the call runs


def check_pattern(inf, node: ast.expr) -> None:
    t = inf.expr(node)
    if t == BOTTOM or t == STR:
        return
    if isinstance(t, PatternT):
        return
    if str(t) in ("bytes", "bytearray"):
        raise inf.source.error(node, "re with a bytes pattern is not supported yet")
    raise inf.source.error(node, "first argument must be string or compiled pattern")


def check_string(inf, node: ast.expr) -> None:
    t = inf.expr(node)
    if t not in (STR, BOTTOM):
        raise inf.source.error(node, f"expected string or bytes-like object, got '{t}'")


def check_flags(inf, node: ast.expr | None) -> None:
    if node is not None:
        inf.expect(node, INT, "flags")


def pattern_groups(inf, node: ast.expr, flags: ast.expr | None) -> int:
    t = inf.expr(node)
    if isinstance(t, PatternT):
        return t.groups
    return groups_of(node, flags)


def compiled(b, pattern: ast.expr, flags: ast.expr | None, result: Type | None = None):
    """The compiled pattern of a module function's arguments (a Pattern given is used as it is,
    with CPython's ValueError for flags other than 0)."""
    t = b.inst.expr_types.get(id(pattern))
    v = b.expr(pattern)
    if isinstance(t, PatternT):
        if flags is not None:  # CPython's ValueError unless the flags are 0
            return b.call_primitive(WITH_FLAGS, [v, b.expr(flags)], result=result or t)
        return v
    f = b.expr(flags) if flags is not None else b.const(0, INT)
    return b.call_primitive(COMPILE, [v, f], result=result)


def findall_type(groups: int, inf, node) -> Type:
    if groups < 0:
        raise inf.source.error(node, "re.findall() of a pattern that is not a constant is not supported yet "
                                     "(its result's type depends on the pattern's groups)")
    return ListT(STR) if groups <= 1 else ListT(TupleT((STR,) * groups))


def split_type(groups: int) -> Type:
    return ListT(STR) if groups == 0 else ListT(OptT(STR))


def as_lambda(node: ast.Call, i: int) -> None:
    """sub(pattern, f, ...) with f a function's name becomes sub(pattern, lambda m: f(m), ...): the
    call is then typed and lowered where the matches are found, as a lambda's body is."""
    f = node.args[i]
    if not isinstance(f, ast.Name):
        return
    m = f"re.match@{f.lineno}.{f.col_offset}"
    call = ast.Call(func=ast.Name(id=f.id, ctx=ast.Load()), args=[ast.Name(id=m, ctx=ast.Load())], keywords=[])
    lam = ast.Lambda(args=ast.arguments(posonlyargs=[], args=[ast.arg(arg=m)], vararg=None, kwonlyargs=[],
                                        kw_defaults=[], kwarg=None, defaults=[]), body=call)
    for x in walk(lam):
        ast.copy_location(x, f)
    node.args[i] = lam


def repl_type(inf, repl: ast.expr) -> None:
    """repl of sub()/subn(): a str (a template, parsed when the call runs) or a lambda of one match."""
    if isinstance(repl, ast.Lambda):
        a = repl.args
        if len(a.args) != 1 or a.vararg or a.kwarg or a.kwonlyargs or a.posonlyargs or a.defaults:
            raise inf.source.error(repl, "re.sub()'s function must take one argument (the match)")
        inf.assign_var(a.args[0].arg, MATCH, repl)
        t = inf.expr(repl.body)
        if t not in (STR, BOTTOM):
            raise inf.source.error(repl.body, f"expected str instance, {t} found")
        inf.set_type(repl, STR)
        return
    t = inf.expr(repl)
    if isinstance(t, FuncT):
        raise inf.source.error(repl, "re.sub() with a function that is not a lambda or a function's name "
                                     "is not supported yet (write lambda m: f(m))")
    if t not in (STR, BOTTOM):
        if str(t) in ("bytes", "bytearray"):
            raise inf.source.error(repl, "re with bytes is not supported yet")
        raise inf.source.error(repl, f"expected str instance, {t} found")


def sub_values(b, r, repl: ast.expr, s, n):
    """The new string and the number of replacements of a sub()/subn()."""
    if isinstance(repl, ast.Lambda):
        st = b.call_primitive(SUB_START, [r, s, n])
        b.re_sub_loop(st, SUB_NEXT, SUB_ADD, lambda m: b.apply_key(repl, m))
    else:
        st = b.call_primitive(SUBN_STATE, [r, b.expr(repl), s, n])
    return b.call_primitive(SUB_FINISH, [st]), b.call_primitive(SUB_COUNT, [st])


# ---- module functions: (pattern, string, flags=0) and the others, as CPython's re.py spells them
def module_params(*names: str) -> list:
    types = {"pattern": STR, "string": STR, "flags": INT, "repl": STR, "count": INT, "maxsplit": INT}
    defaults = {"flags": 0, "count": 0, "maxsplit": 0}
    out = []
    for n in names:
        if n in defaults:
            out.append(param(n, types[n], defaults[n], keyword=True))
        else:
            out.append(param(n, types[n], keyword=True))
    return out


def arg(node: ast.Call, i: int) -> ast.expr | None:
    return node.args[i] if i < len(node.args) else None


def find_pair(mode: str):
    def typing(inf, node, recv, rt, forms):
        check_pattern(inf, node.args[0])
        check_string(inf, node.args[1])
        check_flags(inf, arg(node, 2))
        return OptT(MATCH)

    def lowering(b, node, recv, forms):
        r = compiled(b, node.args[0], arg(node, 2))
        return b.call_primitive(FIND[mode], [r, b.expr(node.args[1])])
    return typing, lowering


for _mode in ("search", "match", "fullmatch"):
    module_function("re", _mode, module_params("pattern", "string", "flags"), OptT(MATCH), c="", raises=False,
                    arity=PYFUNC)
    module_special("re", _mode, *find_pair(_mode))

module_function("re", "compile", module_params("pattern", "flags"), PatternT(-1), c="", raises=False, arity=PYFUNC)


def compile_type(inf, node, recv, rt, forms):
    check_pattern(inf, node.args[0])
    check_flags(inf, arg(node, 1))
    return PatternT(pattern_groups(inf, node.args[0], arg(node, 1)))


module_special("re", "compile", compile_type,
               lambda b, node, recv, forms: compiled(b, node.args[0], arg(node, 1), b.type_of(node)))

module_function("re", "findall", module_params("pattern", "string", "flags"), ListT(STR), c="", raises=False,
                arity=PYFUNC)


def findall_typing(inf, node, recv, rt, forms):
    check_pattern(inf, node.args[0])
    check_string(inf, node.args[1])
    check_flags(inf, arg(node, 2))
    return findall_type(pattern_groups(inf, node.args[0], arg(node, 2)), inf, node)


def findall_lower(b, node, recv, forms):
    r = compiled(b, node.args[0], arg(node, 2))
    return b.call_primitive(FINDALL, [r, b.expr(node.args[1])], result=b.type_of(node))


module_special("re", "findall", findall_typing, findall_lower)

module_function("re", "finditer", module_params("pattern", "string", "flags"), ListT(MATCH), c="", raises=False,
                arity=PYFUNC)


def finditer_typing(inf, node, recv, rt, forms):
    check_pattern(inf, node.args[0])
    check_string(inf, node.args[1])
    check_flags(inf, arg(node, 2))
    return ListT(MATCH)


def finditer_lower(b, node, recv, forms):
    r = compiled(b, node.args[0], arg(node, 2))
    return b.call_primitive(FINDITER, [r, b.expr(node.args[1])])


module_special("re", "finditer", finditer_typing, finditer_lower)

module_function("re", "split", module_params("pattern", "string", "maxsplit", "flags"), ListT(STR), c="",
                raises=False, arity=PYFUNC)


def split_typing(inf, node, recv, rt, forms):
    check_pattern(inf, node.args[0])
    check_string(inf, node.args[1])
    if arg(node, 2) is not None:
        inf.expect(node.args[2], INT, "maxsplit")
    check_flags(inf, arg(node, 3))
    g = pattern_groups(inf, node.args[0], arg(node, 3))
    if g < 0:
        raise inf.source.error(node, "re.split() of a pattern that is not a constant is not supported yet "
                                     "(its result's type depends on the pattern's groups)")
    return split_type(g)


def split_lower(b, node, recv, forms):
    r = compiled(b, node.args[0], arg(node, 3))
    s = b.expr(node.args[1])
    n = b.expr(node.args[2]) if arg(node, 2) is not None else b.const(0, INT)
    return b.call_primitive(SPLIT, [r, s, n], result=b.type_of(node))


module_special("re", "split", split_typing, split_lower)

for _name in ("sub", "subn"):
    module_function("re", _name, module_params("pattern", "repl", "string", "count", "flags"),
                    STR if _name == "sub" else TupleT((STR, INT)), c="", raises=False, arity=PYFUNC)


def sub_pair(name: str):
    def typing(inf, node, recv, rt, forms):
        check_pattern(inf, node.args[0])
        if isinstance(node.args[1], ast.Name) and isinstance(inf.expr(node.args[1]), FuncT):
            as_lambda(node, 1)
        repl_type(inf, node.args[1])
        check_string(inf, node.args[2])
        if arg(node, 3) is not None:
            inf.expect(node.args[3], INT, "count")
        check_flags(inf, arg(node, 4))
        return STR if name == "sub" else TupleT((STR, INT))

    def lowering(b, node, recv, forms):
        r = compiled(b, node.args[0], arg(node, 4))
        if not isinstance(node.args[1], ast.Lambda) and name == "sub":
            repl = b.expr(node.args[1])
            s = b.expr(node.args[2])
            n = b.expr(node.args[3]) if arg(node, 3) is not None else b.const(0, INT)
            return b.call_primitive(SUB, [r, repl, s, n])
        s = b.expr(node.args[2])  # CPython evaluates the arguments first: a lambda's value is no call
        n = b.expr(node.args[3]) if arg(node, 3) is not None else b.const(0, INT)
        text, count = sub_values(b, r, node.args[1], s, n)
        return text if name == "sub" else b.make_tuple([text, count])
    return typing, lowering


for _name in ("sub", "subn"):
    module_special("re", _name, *sub_pair(_name))


# ---- Pattern methods: the module's functions with the pattern first
def pattern_find(mode: str):
    method("Pattern", mode, [param("string", STR, keyword=True), param("pos", INT, 0, keyword=True),
                             param("endpos", INT, MAXSIZE, keyword=True)], OptT(MATCH), c="", raises=False)

    def typing(inf, node, recv, rt, forms):
        check_string(inf, node.args[0])
        for a in node.args[1:]:
            inf.expect(a, INT, f"{mode}() argument")
        return OptT(MATCH)

    def lowering(b, node, recv, forms):
        s = b.expr(node.args[0])
        if len(node.args) == 1:
            return b.call_primitive(FIND[mode], [recv, s])
        pos = b.expr(node.args[1])
        end = b.expr(node.args[2]) if len(node.args) > 2 else b.const(MAXSIZE, INT)
        return b.call_primitive(FIND_IN[mode], [recv, s, pos, end])
    special("Pattern", mode, typing, lowering)


for _mode in ("search", "match", "fullmatch"):
    pattern_find(_mode)

SPAN_PARAMS = [param("string", STR, keyword=True), param("pos", INT, 0, keyword=True),
               param("endpos", INT, MAXSIZE, keyword=True)]
FINDALL_IN = runtime_helper("pyz_re_findall_in", [param("re", PatternT(-1)), param("string", STR), param("pos", INT),
                                                  param("endpos", INT)], ListT(STR), raises=False)
FINDITER_IN = runtime_helper("pyz_re_finditer_in", [param("re", PatternT(-1)), param("string", STR), param("pos", INT),
                                                    param("endpos", INT)], ListT(MATCH), raises=False)


def scan_args(b, node, recv) -> list:
    """The receiver, string, pos and endpos of Pattern.findall/finditer (pos and endpos only if given)."""
    args = [recv, b.expr(node.args[0])]
    if len(node.args) > 1:
        args.append(b.expr(node.args[1]))
        args.append(b.expr(node.args[2]) if len(node.args) > 2 else b.const(MAXSIZE, INT))
    return args


method("Pattern", "findall", SPAN_PARAMS, ListT(STR), c="", raises=False)
def pattern_findall_type(inf, node, recv, rt, forms):
    check_string(inf, node.args[0])
    for a in node.args[1:]:
        inf.expect(a, INT, "findall() argument")
    return findall_type(rt.groups, inf, node)


def pattern_finditer_type(inf, node, recv, rt, forms):
    check_string(inf, node.args[0])
    for a in node.args[1:]:
        inf.expect(a, INT, "finditer() argument")
    return ListT(MATCH)


special("Pattern", "findall", pattern_findall_type,
        lambda b, node, recv, forms: (lambda args: b.call_primitive(FINDALL if len(args) == 2 else FINDALL_IN, args,
                                                                    result=b.type_of(node)))(scan_args(b, node, recv)))
method("Pattern", "finditer", SPAN_PARAMS, ListT(MATCH), c="", raises=False)
special("Pattern", "finditer", pattern_finditer_type,
        lambda b, node, recv, forms: (lambda args: b.call_primitive(FINDITER if len(args) == 2 else FINDITER_IN,
                                                                    args))(scan_args(b, node, recv)))
method("Pattern", "split", [param("string", STR, keyword=True), param("maxsplit", INT, 0, keyword=True)], ListT(STR),
       c="", raises=False)


def pattern_split_type(inf, node, recv, rt, forms):
    check_string(inf, node.args[0])
    if len(node.args) > 1:
        inf.expect(node.args[1], INT, "maxsplit")
    if rt.groups < 0:
        raise inf.source.error(node, "Pattern.split() of a pattern that is not a constant is not supported yet "
                                     "(its result's type depends on the pattern's groups)")
    return split_type(rt.groups)


def pattern_split_lower(b, node, recv, forms):
    s = b.expr(node.args[0])
    n = b.expr(node.args[1]) if len(node.args) > 1 else b.const(0, INT)
    return b.call_primitive(SPLIT, [recv, s, n], result=b.type_of(node))


special("Pattern", "split", pattern_split_type, pattern_split_lower)


def pattern_sub(name: str):
    method("Pattern", name, [param("repl", STR, keyword=True), param("string", STR, keyword=True),
                             param("count", INT, 0, keyword=True)], STR if name == "sub" else TupleT((STR, INT)),
           c="", raises=False)

    def typing(inf, node, recv, rt, forms):
        if isinstance(node.args[0], ast.Name) and isinstance(inf.expr(node.args[0]), FuncT):
            as_lambda(node, 0)
        repl_type(inf, node.args[0])
        check_string(inf, node.args[1])
        if len(node.args) > 2:
            inf.expect(node.args[2], INT, "count")
        return STR if name == "sub" else TupleT((STR, INT))

    def lowering(b, node, recv, forms):
        n_node = node.args[2] if len(node.args) > 2 else None
        if not isinstance(node.args[0], ast.Lambda) and name == "sub":
            repl = b.expr(node.args[0])
            s = b.expr(node.args[1])
            return b.call_primitive(SUB, [recv, repl, s, b.expr(n_node) if n_node else b.const(0, INT)])
        s = b.expr(node.args[1])
        n = b.expr(n_node) if n_node else b.const(0, INT)
        text, count = sub_values(b, recv, node.args[0], s, n)
        return text if name == "sub" else b.make_tuple([text, count])
    special("Pattern", name, typing, lowering)


for _name in ("sub", "subn"):
    pattern_sub(_name)


# ---- Match methods
method("Match", "group", [param("group", INT, 0)], OptT(STR), c="", raises=False, cpython_max=1 << 30, cpython_min=0)


def is_zero(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value == 0 and not isinstance(node.value, bool)


def group_type(inf, node, recv, rt, forms):
    if node.keywords:
        raise inf.source.error(node, "group() takes no keyword arguments")
    if any(isinstance(a, ast.Starred) for a in node.args):
        raise inf.source.error(node, "starred arguments are not supported yet")
    for a in node.args:
        t = inf.expr(a)
        if t not in (INT, STR, BOTTOM) and str(t) != "bool":
            raise inf.source.error(a, "no such group")
    always = GroupFacts(inf).of_receiver(recv) if node.args else None

    def one(a: ast.expr) -> Type:
        if is_zero(a):
            return STR
        key = a.value if isinstance(a, ast.Constant) and type(a.value) in (int, str) else None
        return STR if always is not None and key is not None and always.holds(key) else OptT(STR)

    if len(node.args) <= 1:
        return STR if not node.args else one(node.args[0])
    return TupleT(tuple(one(a) for a in node.args))


def one_group(b, m, node: ast.expr, rt: Type):
    """m.group(node), rt its type: a str where the group takes part in every match (re_groups.py)."""
    t = b.inst.expr_types.get(id(node))
    v = b.expr(node)
    return b.call_primitive(GROUP_NAMED if t == STR else GROUP, [m, v], result=STR if is_zero(node) or rt == STR else None)


def group_item(b, m, index: ast.expr, t: Type):
    """m[g], which is m.group(g) (ir/build.py)."""
    it = b.inst.expr_types.get(id(index))
    v = b.expr(index)
    return b.call_primitive(GROUP_NAMED if it == STR else GROUP, [m, v], result=t)


def group_lower(b, node, recv, forms):
    if not node.args:
        return b.call_primitive(GROUP, [recv, b.const(0, INT)], result=STR)
    rt = b.type_of(node)
    types = rt.elems if isinstance(rt, TupleT) and len(node.args) > 1 else (rt,)
    values = [one_group(b, recv, a, t) for a, t in zip(node.args, types)]
    return values[0] if len(values) == 1 else b.make_tuple(values)


special("Match", "group", group_type, group_lower, checks_arguments=True)

method("Match", "groups", [param("default", STR, None, none=True, keyword=True)], VarTupleT(OptT(STR)), c="",
       raises=False)


def groups_type(inf, node, recv, rt, forms):
    if node.args:
        t = inf.expr(node.args[0])
        if t == STR:
            return VarTupleT(STR)
        if t != NONE:
            raise inf.source.error(node.args[0], "Match.groups(default) with a default other than a str or None "
                                                 "is not supported yet")
    always = GroupFacts(inf).of_receiver(recv)
    return VarTupleT(STR) if always is not None and always.every_group() else VarTupleT(OptT(STR))


def groups_lower(b, node, recv, forms):
    d = b.expr(node.args[0]) if node.args else b.const(None, STR)
    if d.type == NONE:
        d = b.const(None, STR)
    return b.call_primitive(GROUPS, [recv, d], result=b.type_of(node))


special("Match", "groups", groups_type, groups_lower)

method("Match", "groupdict", [param("default", STR, None, none=True, keyword=True)], DictT(STR, OptT(STR)), c="",
       raises=False)
NAMED_COUNT = runtime_helper("pyz_re_named_count", [param("m", MATCH)], INT, raises=False)
NAME_AT = runtime_helper("pyz_re_name_at", [param("m", MATCH), param("i", INT)], STR, raises=False)
NAMED_OR = runtime_helper("pyz_re_group_named_or", [param("m", MATCH), param("name", STR), param("default", STR)],
                          OptT(STR), raises=False)


def groupdict_type(inf, node, recv, rt, forms):
    if node.args:
        t = inf.expr(node.args[0])
        if t == STR:
            return DictT(STR, STR)
        if t != NONE:
            raise inf.source.error(node.args[0], "Match.groupdict(default) with a default other than a str or None "
                                                 "is not supported yet")
    return DictT(STR, OptT(STR))


def groupdict_lower(b, node, recv, forms):
    t = b.type_of(node)
    d = b.expr(node.args[0]) if node.args else b.const(None, STR)
    if d.type == NONE:
        d = b.const(None, STR)
    out = b.new_container(t)

    def one(i):
        name = b.call_primitive(NAME_AT, [recv, i])
        b.dict_store(out, name, b.call_primitive(NAMED_OR, [recv, name, d], result=t.value))
    b.index_loop(b.call_primitive(NAMED_COUNT, [recv]), one)
    return out


special("Match", "groupdict", groupdict_type, groupdict_lower)

for _what in ("start", "end"):
    method("Match", _what, [param("group", INT, 0)], INT, c="", raises=False)
method("Match", "span", [param("group", INT, 0)], TupleT((INT, INT)), c="", raises=False)


def position_type(inf, node, recv, rt, forms):
    if node.args:
        t = inf.expr(node.args[0])
        if t not in (INT, STR, BOTTOM) and str(t) != "bool":
            raise inf.source.error(node.args[0], "no such group")
    return None  # the table's result


def position(b, m, what: str, node: ast.Call):
    if not node.args:
        return b.call_primitive(POSITIONS[(what, False)], [m, b.const(0, INT)])
    t = b.inst.expr_types.get(id(node.args[0]))
    return b.call_primitive(POSITIONS[(what, t == STR)], [m, b.expr(node.args[0])])


def position_pair(what: str):
    def typing(inf, node, recv, rt, forms):
        position_type(inf, node, recv, rt, forms)
        return INT
    return typing, lambda b, node, recv, forms: position(b, recv, what, node)


for _what in ("start", "end"):
    special("Match", _what, *position_pair(_what))


def span_type(inf, node, recv, rt, forms):
    position_type(inf, node, recv, rt, forms)
    return TupleT((INT, INT))


def span_lower(b, node, recv, forms):
    g = b.expr(node.args[0]) if node.args else b.const(0, INT)
    t = b.inst.expr_types.get(id(node.args[0])) if node.args else INT
    a = b.call_primitive(POSITIONS[("start", t == STR)], [recv, g])
    e = b.call_primitive(POSITIONS[("end", t == STR)], [recv, g])
    return b.make_tuple([a, e])


special("Match", "span", span_type, span_lower)



# ---- Match.expand(template): argument clinic's messages, written here (one keyword parameter)
def expand_type(inf, node, recv, rt, forms):
    if any(isinstance(a, ast.Starred) for a in node.args) or any(kw.arg is None for kw in node.keywords):
        raise inf.source.error(node, "starred arguments are not supported yet")
    given = len(node.args) + len(node.keywords)
    for kw in node.keywords:
        if kw.arg != "template":
            raise inf.source.error(kw, f"'{kw.arg}' is an invalid keyword argument for expand()")
        if node.args:
            raise inf.source.error(kw, "argument for expand() given by name ('template') and position (1)")
    if given > 1:
        raise inf.source.error(node, f"expand() takes at most 1 argument ({given} given)")
    if given == 0:
        raise inf.source.error(node, "expand() missing required argument 'template' (pos 1)")
    t = inf.expr(node.args[0] if node.args else node.keywords[0].value)
    if t not in (STR, BOTTOM):
        raise inf.source.error(node, f"expected str instance, {t} found")
    return STR


def expand_lower(b, node, recv, forms):
    template = node.args[0] if node.args else node.keywords[0].value
    return b.call_primitive(EXPAND, [recv, b.expr(template)])


special("Match", "expand", expand_type, expand_lower, checks_arguments=True)
