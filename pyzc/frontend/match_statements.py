"""`match` statements: written out as the tests and assignments CPython's pattern matching performs.

Each `case` becomes nested `if`s, one per test, in the order CPython makes them (so a length is
tested before an item is read), with the capture assignments between them, then the guard, then
the body.  A flag set on entering a body keeps the later cases from running:

    match cmd.split():                _pyz_match_subject_1 = cmd.split()
        case ["go", d] if d:          if isinstance(_pyz_match_subject_1, (list, tuple)):
            body                          if len(_pyz_match_subject_1) == 2:
        case _:                               if _pyz_match_subject_1[0] == "go":
            other                                 d = _pyz_match_subject_1[1]
                                                  if d:
                                                      _pyz_match_done_1 = True
                                                      body
                                      if not _pyz_match_done_1:
                                          other

A subject that is a name is tested as it is (so `isinstance` narrows the program's own name in the
body, as the program expects of `case Circle(): print(shape.r)`); another expression is
evaluated once into a variable of its own, as are the items and attributes that a nested pattern
tests.  What each pattern tests:

- a literal or a dotted name (`case 0`, `case "go"`, `case Color.RED`): `==`; `None`: `is`; `True`
  and `False`: a bool that is equal (`is` in CPython: `1` is not `True`);
- a capture (`case x`, `p as x`) binds, `_` binds nothing;
- `a | b` of patterns that bind nothing: either's tests (`or`);
- a sequence (`[a, b]`, `(a, *rest)`): `isinstance(s, (list, tuple))` (CPython's `Sequence`,
  but not str or bytes), the length, then each item (`*rest` a list of the items between);
- a mapping (`{"k": v}`): `isinstance(s, dict)`, `"k" in s`, then each value;
- a class (`Point(x=0, y=y)`, `int(n)`, `Circle(r)`): `isinstance`, then each attribute; a positional
  sub-pattern is the subject itself for the builtin types (`int(n)`), and names the field of a
  `@dataclass` (its `__match_args__`) or of a class's own `__match_args__ = ("x", "y")`.

Refused with a diagnostic: captures inside `|`, `**rest` in a mapping pattern, positional
sub-patterns of a class without `__match_args__`, and sequence patterns in a program that uses
`collections.deque` (a deque is a `Sequence` to CPython, not a list or tuple here).
Runs first in the subset check (check.py), after the dataclass rewrite (which records the fields).
"""

from __future__ import annotations

import ast
import copy
from typing import Callable, Union

from ..diagnostics import CompileError, SourceFile
from .dataclass_classes import FIELDS

SUBJECT = "_pyz_match_subject_"
DONE = "_pyz_match_done_"
ITEM = "_pyz_match_item_"

# The builtin classes whose single positional sub-pattern matches the subject itself (CPython's list).
SELF_MATCHING = {"bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"}

Cond = ast.expr
Bind = tuple[str, ast.expr]
Step = Union[Cond, Bind]


def load(name: str) -> ast.Name:
    return ast.Name(id=name, ctx=ast.Load())


class Refused(Exception):
    def __init__(self, node: ast.AST, message: str):
        super().__init__(message)
        self.node = node
        self.message = message


class MatchRewriter(ast.NodeTransformer):
    def __init__(self, source: SourceFile, module: ast.Module):
        self.source = source
        self.count = 0
        self.errors: list[CompileError] = []
        self.match_args: dict[str, list[str]] = {}
        for stmt in module.body:
            if not isinstance(stmt, ast.ClassDef):
                continue
            fields = getattr(stmt, FIELDS, None)
            if fields is not None:
                self.match_args[stmt.name] = [f.name for f in fields if f.init]
            for s in stmt.body:
                if isinstance(s, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__match_args__" for t in s.targets) \
                        and isinstance(s.value, (ast.Tuple, ast.List)) \
                        and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in s.value.elts):
                    self.match_args[stmt.name] = [str(e.value) for e in s.value.elts if isinstance(e, ast.Constant)]
        self.uses_deque = any(isinstance(n, ast.Name) and n.id == "deque" or isinstance(n, ast.Attribute) and n.attr == "deque"
                              for n in ast.walk(module))

    def fresh(self, prefix: str) -> str:
        self.count += 1
        return f"{prefix}{self.count}"

    def visit_Match(self, node: ast.Match) -> list[ast.stmt] | ast.stmt:
        self.generic_visit(node)  # a match inside a case body
        try:
            return self.rewrite(node)
        except Refused as r:
            self.errors.append(self.source.error(r.node, r.message))
            return node

    def rewrite(self, node: ast.Match) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        if isinstance(node.subject, ast.Name):
            subject = node.subject.id
        else:
            subject = self.fresh(SUBJECT)
            out.append(ast.Assign(targets=[ast.Name(id=subject, ctx=ast.Store())], value=node.subject))
        done = self.fresh(DONE) if len(node.cases) > 1 else None
        if done is not None:
            out.append(ast.Assign(targets=[ast.Name(id=done, ctx=ast.Store())], value=ast.Constant(value=False)))
        for i, case in enumerate(node.cases):
            steps: list[Step] = []
            self.pattern(case.pattern, lambda: load(subject), steps)
            if case.guard is not None:
                steps.append(case.guard)
            body = list(case.body)
            if done is not None and i < len(node.cases) - 1:
                body.insert(0, ast.Assign(targets=[ast.Name(id=done, ctx=ast.Store())], value=ast.Constant(value=True)))
            stmts = nest(steps, body)
            if done is not None and i > 0:
                stmts = [ast.If(test=ast.UnaryOp(op=ast.Not(), operand=load(done)), body=stmts, orelse=[])]
            out.extend(stmts)
        for s in out:
            ast.copy_location(s, node)
        for s in out:
            for n in ast.walk(s):
                if "lineno" in n._attributes and getattr(n, "lineno", None) is None:
                    ast.copy_location(n, node)
        return out

    def sub(self, p: ast.pattern, value: ast.expr, steps: list[Step]) -> None:
        """The sub-pattern p matched against value (an item or attribute of the subject): read once into
        a variable of its own where p tests more than one thing of it (so that isinstance narrows it)."""
        if isinstance(p, ast.MatchAs) and p.pattern is None:
            if p.name is not None:
                steps.append((p.name, value))
            return
        if isinstance(p, (ast.MatchValue, ast.MatchSingleton)) or isinstance(p, ast.MatchClass) and not p.patterns \
                and not p.kwd_patterns or isinstance(p, ast.MatchOr) and all(
                    isinstance(a, (ast.MatchValue, ast.MatchSingleton)) for a in p.patterns):
            self.pattern(p, lambda: copy.deepcopy(value), steps)
            return
        name = self.fresh(ITEM)
        steps.append((name, value))
        self.pattern(p, lambda: load(name), steps)

    def pattern(self, p: ast.pattern, subject: Callable[[], ast.expr], steps: list[Step]) -> None:
        """The steps that match p against the subject (a new node of it for each use)."""
        if isinstance(p, ast.MatchValue):
            steps.append(ast.Compare(left=subject(), ops=[ast.Eq()], comparators=[p.value]))
        elif isinstance(p, ast.MatchSingleton) and p.value is None:
            steps.append(ast.Compare(left=subject(), ops=[ast.Is()], comparators=[ast.Constant(value=None)]))
        elif isinstance(p, ast.MatchSingleton):  # `is True`: a bool that is True (1 is not True)
            steps.append(ast.Call(func=load("isinstance"), args=[subject(), load("bool")], keywords=[]))
            steps.append(ast.Compare(left=subject(), ops=[ast.Eq()], comparators=[ast.Constant(value=p.value)]))
        elif isinstance(p, ast.MatchAs):
            if p.pattern is not None:
                self.pattern(p.pattern, subject, steps)
            if p.name is not None:
                steps.append((p.name, subject()))
        elif isinstance(p, ast.MatchOr):
            alternatives: list[ast.expr] = []
            for alt in p.patterns:
                alt_steps: list[Step] = []
                self.pattern(alt, subject, alt_steps)
                if any(isinstance(a, tuple) for a in alt_steps):
                    raise Refused(alt, "a pattern that binds names inside '|' is not supported yet")
                conds = [a for a in alt_steps if not isinstance(a, tuple)]
                if not conds:
                    return  # an alternative that always matches
                alternatives.append(conds[0] if len(conds) == 1 else ast.BoolOp(op=ast.And(), values=conds))
            steps.append(ast.BoolOp(op=ast.Or(), values=alternatives))
        elif isinstance(p, ast.MatchSequence):
            if self.uses_deque:
                raise Refused(p, "sequence patterns in a program that uses deque are not supported yet")
            steps.append(ast.Call(func=load("isinstance"), args=[subject(), ast.Tuple(elts=[load("list"), load("tuple")], ctx=ast.Load())],
                                  keywords=[]))
            stars = [i for i, q in enumerate(p.patterns) if isinstance(q, ast.MatchStar)]
            n = len(p.patterns)
            length = ast.Call(func=load("len"), args=[subject()], keywords=[])
            if stars:
                steps.append(ast.Compare(left=length, ops=[ast.GtE()], comparators=[ast.Constant(value=n - 1)]))
            else:
                steps.append(ast.Compare(left=length, ops=[ast.Eq()], comparators=[ast.Constant(value=n)]))
            star = stars[0] if stars else n
            for i, q in enumerate(p.patterns):
                if i < star:
                    self.sub(q, ast.Subscript(value=subject(), slice=ast.Constant(value=i), ctx=ast.Load()), steps)
                elif i > star:
                    from_end = ast.UnaryOp(op=ast.USub(), operand=ast.Constant(value=n - i))
                    self.sub(q, ast.Subscript(value=subject(), slice=from_end, ctx=ast.Load()), steps)
                else:
                    assert isinstance(q, ast.MatchStar)
                    if q.name is None:
                        continue
                    after = n - 1 - i
                    upper: ast.expr | None = None
                    if after:
                        upper = ast.BinOp(left=ast.Call(func=load("len"), args=[subject()], keywords=[]), op=ast.Sub(),
                                          right=ast.Constant(value=after))
                    part = ast.Subscript(value=subject(), slice=ast.Slice(lower=ast.Constant(value=i), upper=upper), ctx=ast.Load())
                    steps.append((q.name, ast.Call(func=load("list"), args=[part], keywords=[])))
        elif isinstance(p, ast.MatchMapping):
            if p.rest is not None:
                raise Refused(p, "'**rest' in a mapping pattern is not supported yet")
            steps.append(ast.Call(func=load("isinstance"), args=[subject(), load("dict")], keywords=[]))
            for key, q in zip(p.keys, p.patterns):
                steps.append(ast.Compare(left=key, ops=[ast.In()], comparators=[subject()]))
            for key, q in zip(p.keys, p.patterns):
                self.sub(q, ast.Subscript(value=subject(), slice=copy.deepcopy(key), ctx=ast.Load()), steps)
        elif isinstance(p, ast.MatchClass):
            steps.append(ast.Call(func=load("isinstance"), args=[subject(), p.cls], keywords=[]))
            if p.patterns:
                cls = p.cls.id if isinstance(p.cls, ast.Name) else None
                if cls in SELF_MATCHING and cls not in self.match_args:
                    if len(p.patterns) > 1:
                        raise Refused(p, f"{cls}() accepts 1 positional sub-pattern ({len(p.patterns)} given)")
                    self.pattern(p.patterns[0], subject, steps)
                elif cls is not None and cls in self.match_args:
                    names = self.match_args[cls]
                    if len(p.patterns) > len(names):
                        raise Refused(p, f"{cls}() accepts {len(names)} positional sub-pattern{'s' if len(names) != 1 else ''} "
                                         f"({len(p.patterns)} given)")
                    for attr, q in zip(names, p.patterns):
                        self.sub(q, ast.Attribute(value=subject(), attr=attr, ctx=ast.Load()), steps)
                else:
                    raise Refused(p, "positional sub-patterns of a class without __match_args__ (or @dataclass) "
                                     "are not supported yet")
            for attr, q in zip(p.kwd_attrs, p.kwd_patterns):
                self.sub(q, ast.Attribute(value=subject(), attr=attr, ctx=ast.Load()), steps)
        else:
            raise Refused(p, f"{type(p).__name__} patterns are not supported yet")


def nest(steps: list[Step], body: list[ast.stmt]) -> list[ast.stmt]:
    """The steps, in order, around body: a test is an if holding what follows it."""
    out = body
    for step in reversed(steps):
        if isinstance(step, tuple):
            name, value = step
            out = [ast.Assign(targets=[ast.Name(id=name, ctx=ast.Store())], value=value), *out]
        else:
            out = [ast.If(test=step, body=out, orelse=[])]
    return out


def rewrite_match_statements(source: SourceFile, module: ast.Module) -> bool:
    """False where nothing could be rewritten (check.py's census stays as it was)."""
    if not any(isinstance(n, ast.Match) for n in ast.walk(module)):
        return False
    r = MatchRewriter(source, module)
    r.visit(module)
    if r.errors:
        raise CompileError.of(r.errors)
    ast.fix_missing_locations(module)
    return True
