"""Which groups of a match take part in every match, so that m.group(k) is a str and not a str or None.

A match's type (MATCH) says nothing of its pattern, so this looks, in the syntax, at where the match
comes from: every binding of the receiver's name in its function (in the module and every function,
for a global) must be a search, match, fullmatch
or finditer of a pattern known when compiling (`m = re.match(r"(\\w+)=(\\d+)", line)`,
`if (m := PAIR.search(line)):`, `for m in re.finditer(P, text)`), P a constant or a name that every
assignment of the module gives `re.compile(constant[, constant flags])`.  The host Python parses each
pattern; a group takes part in every match unless it lies inside an alternative (`a|(b)`), a
repetition that may match nothing (`(x)?`, `(x)*`, `(x){0,3}`), a negative lookaround or a
conditional `(?(1)...)`.  Where anything else binds the name, nothing is known (every group may be
None, as in CPython's types).  The receiver is then typed as before; only the group's result is a
str where the analysis shows it cannot be None.
"""

from __future__ import annotations

import ast
from ..ast_walk import walk
import importlib
import re as host_re
import sys
import warnings

# the host's pattern parser: re._parser from Python 3.11, sre_parse before
sre_parse = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")

FINDERS = ("search", "match", "fullmatch")
FLAGS = {"I": 2, "IGNORECASE": 2, "L": 4, "LOCALE": 4, "M": 8, "MULTILINE": 8, "S": 16, "DOTALL": 16,
         "U": 32, "UNICODE": 32, "X": 64, "VERBOSE": 64, "A": 256, "ASCII": 256, "NOFLAG": 0}


def constant_flags(node: ast.expr | None) -> int | None:
    """The value of a flags argument made of re.X constants, ints and |, when compiling; None if not constant."""
    if node is None:
        return 0
    if isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "re" \
            and node.attr in FLAGS:
        return FLAGS[node.attr]
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitOr, ast.Add)):
        a, b = constant_flags(node.left), constant_flags(node.right)
        if a is None or b is None:
            return None
        return a | b if isinstance(node.op, ast.BitOr) else a + b
    return None


def constant_str(node: ast.expr) -> str | None:
    """A str known when compiling: a literal, or literals joined by + and repeated by * a constant int."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        a, b = constant_str(node.left), constant_str(node.right)
        return a + b if a is not None and b is not None else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        for x, n in ((node.left, node.right), (node.right, node.left)):
            t = constant_str(x)
            if t is not None and isinstance(n, ast.Constant) and type(n.value) is int and 0 <= n.value <= 1000:
                return t * n.value
    return None


class Always:
    """The groups of a pattern (or of every pattern a name may hold) that take part in every match."""

    def __init__(self, indices: frozenset[int], names: dict[str, int], count: int):
        self.indices = indices
        self.names = names
        self.count = count

    def holds(self, key) -> bool:
        if isinstance(key, str):
            return self.names.get(key, -1) in self.indices
        return key == 0 or key in self.indices

    def every_group(self) -> bool:
        return all(k in self.indices for k in range(1, self.count + 1))

    def meet(self, other: "Always") -> "Always":
        names = {n: i for n, i in self.names.items() if other.names.get(n) == i}
        return Always(self.indices & other.indices, names, max(self.count, other.count))


def pattern_always(text: str, flags: int) -> Always | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # FutureWarning: "Possible nested set"
            compiled = host_re.compile(text, flags)
            parsed = sre_parse.parse(text, flags)
    except Exception:  # a bad pattern: the program raises CPython's error when it runs
        return None
    found: set[int] = set()

    def walk(items, optional: bool):
        for op, av in items:
            name = getattr(op, "name", str(op))  # a named int constant (3.10: str() gives its number)
            if name == "SUBPATTERN":
                if av[0] is not None and not optional:
                    found.add(av[0])
                walk(av[3], optional)
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                walk(av[2], optional or av[0] == 0)
            elif name == "BRANCH":
                for alternative in av[1]:
                    walk(alternative, True)
            elif name == "GROUPREF_EXISTS":
                for part in av[1:]:
                    if part is not None:
                        walk(part, True)
            elif name == "ASSERT":
                walk(av[1], optional)
            elif name == "ASSERT_NOT":
                walk(av[1], True)
            elif name == "ATOMIC_GROUP":
                walk(av, optional)

    walk(parsed, False)
    return Always(frozenset(found), dict(compiled.groupindex), compiled.groups)


def bound_values(scope: list[ast.stmt], name: str) -> list[tuple[str, ast.expr]] | None:
    """What binds name in the statements: ('value', expr) for an assignment, ('iter', expr) for a loop
    or comprehension target; None when something else binds it (unpacking, +=, a parameter, with, except)."""
    found: list[tuple[str, ast.expr]] = []
    stores = 0
    for n in (x for s in scope for x in walk(s)):
        if isinstance(n, ast.Name) and n.id == name and not isinstance(n.ctx, ast.Load):
            stores += 1
        elif isinstance(n, ast.arg) and n.arg == name or isinstance(n, ast.ExceptHandler) and n.name == name:
            return None
        elif isinstance(n, (ast.FunctionDef, ast.ClassDef)) and n.name == name:
            return None
        if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in n.targets):
            found.append(("value", n.value))
        elif isinstance(n, (ast.AnnAssign, ast.NamedExpr)) and isinstance(n.target, ast.Name) and n.target.id == name \
                and n.value is not None:
            found.append(("value", n.value))
        elif isinstance(n, (ast.For, ast.comprehension)) and isinstance(n.target, ast.Name) and n.target.id == name:
            found.append(("iter", n.iter))
    return found if found and stores == len(found) else None


class GroupFacts:
    """Asked by the typing of m.group(k), m[k] and m.groups() (re_ops.py)."""

    def __init__(self, inf):
        self.inf = inf

    def of_receiver(self, recv: ast.expr) -> Always | None:
        if not isinstance(recv, ast.Name):
            return None
        local = self.inf.is_local(recv.id) and not self.inf.inst.func.is_module
        binds = bound_values(self.inf.inst.func.body if local else self.every_scope(), recv.id)
        if binds is None:
            return None
        result: Always | None = None
        for kind, value in binds:
            a = self.of_call(value, "finditer" if kind == "iter" else None)
            if a is None:
                return None
            result = a if result is None else result.meet(a)
        return result

    def of_call(self, node: ast.expr, method: str | None) -> Always | None:
        """node: re.F(pattern, s[, flags]) or P.F(s...), F a finder (method None) or finditer."""
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            return None
        f, owner = node.func, node.func.value
        if not isinstance(owner, ast.Name) or ((f.attr not in FINDERS) if method is None else (f.attr != method)):
            return None
        if owner.id == "re" and self.is_re_module():
            if not node.args or len(node.args) > 3 or node.keywords:
                return None
            text = constant_str(node.args[0])
            flags = constant_flags(node.args[2] if len(node.args) == 3 else None)
            return pattern_always(text, flags) if text is not None and flags is not None else None
        return self.of_pattern_name(owner.id)

    def of_pattern_name(self, name: str) -> Always | None:
        """A name every assignment of which, anywhere in the module, is re.compile(constant[, constant flags])."""
        binds = bound_values(self.every_scope(), name)
        if binds is None or not self.is_re_module():
            return None
        result: Always | None = None
        for kind, value in binds:
            if kind != "value" or not (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
                                       and value.func.attr == "compile" and value.args and not value.keywords):
                return None
            owner = value.func.value
            if not (isinstance(owner, ast.Name) and owner.id == "re"):
                return None
            text = constant_str(value.args[0])
            flags = constant_flags(value.args[1] if len(value.args) > 1 else None)
            a = pattern_always(text, flags) if text is not None and flags is not None else None
            if a is None:
                return None
            result = a if result is None else result.meet(a)
        return result

    def every_scope(self) -> list[ast.stmt]:
        """The module's statements and every function's: a global may be assigned in any (after `global`)."""
        program = self.inf.program
        return program.module.body + [s for f in program.functions.values() for s in f.body]

    def is_re_module(self) -> bool:
        return "re" in self.inf.program.imports and not self.inf.is_variable_name("re")
