"""Variables that only ever hold non-negative ints, for the type of `**`.

`int ** int` is a float when the exponent is negative, so its type is a number of several types
(NUM) unless the exponent is known not to be (types/infer.py: binop_type).  Constants and `len()`
were known; this adds the variables of a scope every binding of which gives such a value:
`K = 17; mask = 2**K - 1`, `[3**c for c in range(K + 1)]`, `e = 0 ... e += 1`.

A variable qualifies when it has at least one binding and each is
- `name = value` (or `name: T = value`) with value non-negative;
- `name += value` / `*=` / `//=` / `%=` / `**=` with value non-negative;
- the target of a `for` loop or a comprehension over `range(stop)`, `range(start, stop)` with start
  non-negative, or `range(start, stop, step)` with start non-negative and step a positive constant.
A value is non-negative when it is an int or bool constant >= 0, a `len()`, a qualifying variable, or
`+ * // % **` of non-negative values.  Any other binding (a parameter, unpacking, `with ... as`, the
walrus, `del`, an import, a `global` declaration elsewhere...) leaves the variable out.  The set is
the largest one that satisfies this (the values stored are non-negative by induction over the run:
each is made from values stored before it).
"""

from __future__ import annotations

import ast

from ..ast_walk import walk
from ..frontend.closures import own_nodes

NONNEG_OPS = (ast.Add, ast.Mult, ast.FloorDiv, ast.Mod, ast.Pow)


def nonnegative(node: ast.expr, names: frozenset[str] | set[str]) -> bool:
    """Is node's value a non-negative int whenever it is computed, given that `names` hold such values?"""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, (int, bool)) and node.value >= 0
    if isinstance(node, ast.Name):
        return node.id in names
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "len":
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, NONNEG_OPS):
        return nonnegative(node.left, names) and nonnegative(node.right, names)
    return False


def _range_start(it: ast.expr) -> tuple[bool, ast.expr]:
    """For `range(...)`: whether its items are at least some expression, and that expression (the
    start; 0 without one).  (False, it) for anything else, or a step that is not a positive constant."""
    if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range" and not it.keywords
            and 1 <= len(it.args) <= 3 and not any(isinstance(a, ast.Starred) for a in it.args)):
        return False, it
    if len(it.args) == 3:
        step = it.args[2]
        if not (isinstance(step, ast.Constant) and type(step.value) is int and step.value > 0):
            return False, it
    return True, it.args[0] if len(it.args) >= 2 else ast.Constant(0)


def nonnegative_names(body: list[ast.stmt], excluded: set[str], shadowed_range: bool = False) -> frozenset[str]:
    """The variables of the scope whose statements are `body` that only ever hold non-negative ints
    (the module docstring).  excluded: names bound elsewhere too (parameters, `global` declarations
    of other functions); shadowed_range: `range` is not the builtin in this program."""
    values: dict[str, list[ast.expr]] = {}  # name -> what each binding stores
    taken: dict[str, int] = {}  # name -> how many of its Name targets the bindings below account for
    bad: set[str] = set(excluded)

    def take(name: str, value: ast.expr | None) -> None:
        taken[name] = taken.get(name, 0) + 1
        if value is not None:
            values.setdefault(name, []).append(value)

    def targets(t: ast.expr) -> list[str]:
        return [n.id for n in walk(t) if isinstance(n, ast.Name)]

    def bind_loop(target: ast.expr, it: ast.expr) -> None:
        ok, start = (False, it) if shadowed_range else _range_start(it)
        if isinstance(target, ast.Name) and ok:
            take(target.id, start)
        else:
            bad.update(targets(target))

    for node in own_nodes(body):
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name):
                    take(t.id, node.value)
                else:
                    bad.update(targets(t))
        elif isinstance(node, ast.AnnAssign):
            if isinstance(node.target, ast.Name):
                take(node.target.id, node.value)
            else:
                bad.update(targets(node.target))
        elif isinstance(node, ast.AugAssign):
            if isinstance(node.target, ast.Name) and isinstance(node.op, NONNEG_OPS):
                take(node.target.id, node.value)
            else:
                bad.update(targets(node.target))
        elif isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension)):
            bind_loop(node.target, node.iter)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            if any(a.name == "*" for a in node.names):
                return frozenset()  # binds names not written here
            bad.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bad.add(node.name)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bad.add(node.name)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            bad.update(node.names)
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                if item.optional_vars is not None:
                    bad.update(targets(item.optional_vars))
        elif isinstance(node, ast.NamedExpr):
            bad.update(targets(node.target))
        elif isinstance(node, ast.Delete):
            for t in node.targets:
                bad.update(targets(t))
        elif isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name:
            bad.add(node.name)
        elif isinstance(node, ast.MatchMapping) and node.rest:
            bad.add(node.rest)
    # every Store or Del of a name must be one of the bindings taken above (a form not foreseen here
    # leaves its name out)
    stored: dict[str, int] = {}
    for node in own_nodes(body):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            stored[node.id] = stored.get(node.id, 0) + 1
    for n, count in stored.items():
        if count != taken.get(n, 0):
            bad.add(n)
    names = {n for n in values if n not in bad}
    changed = True
    while changed:
        changed = False
        for n in list(names):
            if not all(nonnegative(v, names) for v in values[n]):
                names.discard(n)
                changed = True
    return frozenset(names)
