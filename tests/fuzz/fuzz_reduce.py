"""Shrink a failing program while it keeps failing the same way (AST based, greedy, to a fixed point).

`reduce(source, fails)` returns a smaller program for which `fails` still
holds.  `fails(text) -> bool` is the only oracle: it says whether a candidate
still shows *the same* failure (the caller decides what "same" means: the
same compile error message, or still a mismatch with CPython while CPython
itself runs fine).  Candidates that are not valid Python are never shown to it.

Edits, tried in this order and repeated until none helps:
  1. delete statements: chunks of a statement list, halving the chunk size
     down to single statements (an emptied body becomes `pass`);
  2. replace a compound statement (if/for/while/try/def body) by one of its
     bodies, i.e. unwrap it;
  3. drop arguments of calls with more than one (print's mostly);
  4. replace an expression by one of its sub-expressions, or by a small
     constant (0, 1, '', 0.0, True).
Each accepted edit restarts its pass on the smaller program.  A budget of
oracle calls and of seconds bounds the work: the oracle may compile and run
a program, which takes about a second.
"""

from __future__ import annotations

import ast
import copy
import time
from typing import Callable, Iterator

BODY_FIELDS = ("body", "orelse", "finalbody")
CONSTANTS = [0, 1, "", 0.0, True]


def stmt_lists(tree: ast.AST) -> list[list[ast.stmt]]:
    """Every list of statements in the tree, in a fixed (walk) order."""
    out = []
    for node in ast.walk(tree):
        for field in BODY_FIELDS:
            lst = getattr(node, field, None)
            if isinstance(lst, list) and lst and isinstance(lst[0], ast.stmt):
                out.append(lst)  # ExceptHandler.body is reached too: ast.walk visits handlers
    return out


def flat_statements(tree: ast.AST) -> list[tuple[list[ast.stmt], int]]:
    """(list, index) of every statement, in the order of stmt_lists."""
    return [(lst, i) for lst in stmt_lists(tree) for i in range(len(lst))]


def bodies_of(node: ast.stmt) -> list[list[ast.stmt]]:
    bodies = [getattr(node, f) for f in BODY_FIELDS if getattr(node, f, None)]
    if isinstance(node, ast.Try):
        bodies += [h.body for h in node.handlers]
    return bodies


def unparse(tree: ast.AST) -> str | None:
    try:
        text = ast.unparse(ast.fix_missing_locations(tree)) + "\n"
        compile(text, "<reduce>", "exec")
        return text
    except (SyntaxError, ValueError, RecursionError):
        return None


class Reducer:
    def __init__(self, source: str, fails: Callable[[str], bool], max_tries: int = 600, max_seconds: float = 600):
        self.best = source
        self.fails = fails
        self.tries = 0
        self.max_tries = max_tries
        self.deadline = time.monotonic() + max_seconds
        self.seen: set[str] = {source}

    def out_of_budget(self) -> bool:
        return self.tries >= self.max_tries or time.monotonic() > self.deadline

    def attempt(self, text: str | None) -> bool:
        """Adopt text if it is new, smaller and still fails."""
        if text is None or text in self.seen or len(text) >= len(self.best) or self.out_of_budget():
            return False
        self.seen.add(text)
        self.tries += 1
        if self.fails(text):
            self.best = text
            return True
        return False

    def tree(self) -> ast.Module:
        return ast.parse(self.best)

    # -------------------------------------------------------------- passes

    def delete_statements(self) -> bool:
        progress = False
        li = 0
        while li < len(stmt_lists(self.tree())) and not self.out_of_budget():
            n = len(stmt_lists(self.tree())[li])
            chunk = max(n // 2, 1)
            while chunk >= 1 and not self.out_of_budget():
                start = n - chunk
                while start >= 0 and not self.out_of_budget():
                    tree = self.tree()
                    lists = stmt_lists(tree)
                    if li >= len(lists):
                        break
                    lst = lists[li]
                    del lst[start:start + chunk]
                    if not lst:
                        lst.append(ast.Pass())
                    if self.attempt(unparse(tree)):
                        progress = True
                        n = len(stmt_lists(self.tree())[li]) if li < len(stmt_lists(self.tree())) else 0
                    start -= chunk
                chunk //= 2
            li += 1
        return progress

    def candidates_unwrap(self) -> Iterator[str | None]:
        count = sum(len(lst) for lst in stmt_lists(self.tree()))
        for k in range(count):
            probe = self.tree()
            lst, i = flat_statements(probe)[k]
            if isinstance(lst[i], ast.FunctionDef):
                continue  # unwrapping a def leaves its return statements outside a function
            for b in range(len(bodies_of(lst[i]))):
                tree = self.tree()
                lst, i = flat_statements(tree)[k]
                lst[i:i + 1] = bodies_of(lst[i])[b]
                yield unparse(tree)

    def candidates_args(self) -> Iterator[str | None]:
        calls = [n for n in ast.walk(self.tree()) if isinstance(n, ast.Call)]
        for k in range(len(calls)):
            for a in range(len(calls[k].args)):
                if len(calls[k].args) < 2:
                    break
                tree = self.tree()
                call = [n for n in ast.walk(tree) if isinstance(n, ast.Call)][k]
                del call.args[a]
                yield unparse(tree)

    def candidates_exprs(self) -> Iterator[str | None]:
        n = len(replaceable(self.tree()))
        for k in range(n):
            tree = self.tree()
            spots = replaceable(tree)
            if k >= len(spots):
                return
            parent, field, index, node = spots[k]
            options = [c for c in ast.iter_child_nodes(node) if isinstance(c, ast.expr)
                       and not isinstance(c, (ast.Starred,)) and not isinstance(getattr(c, "ctx", None), ast.Store)]
            if not isinstance(node, ast.Constant):
                options += [ast.Constant(v) for v in CONSTANTS]
            for opt in options:
                t2 = copy.deepcopy(tree)
                p2, f2, i2, _ = replaceable(t2)[k]
                new = copy.deepcopy(opt)
                if i2 is None:
                    setattr(p2, f2, new)
                else:
                    getattr(p2, f2)[i2] = new
                yield unparse(t2)

    def run_candidates(self, gen_fn) -> bool:
        progress = False
        restart = True
        while restart and not self.out_of_budget():
            restart = False
            for text in gen_fn():
                if self.out_of_budget():
                    break
                if self.attempt(text):
                    progress = restart = True
                    break
        return progress

    def run(self) -> str:
        while not self.out_of_budget():
            progress = self.delete_statements()
            progress |= self.run_candidates(self.candidates_unwrap)
            progress |= self.run_candidates(self.candidates_args)
            progress |= self.run_candidates(self.candidates_exprs)
            if not progress:
                break
        return self.best


def replaceable(tree: ast.AST) -> list[tuple[ast.AST, str, int | None, ast.expr]]:
    """(parent, field, index or None, node) for every expression that may be replaced by another.

    Left out: assignment targets, the parts of f-strings other than the
    value being formatted, and the function of a call.
    """
    out = []

    def visit(node):
        for field, value in ast.iter_fields(node):
            if isinstance(node, ast.JoinedStr) or (isinstance(node, ast.FormattedValue) and field != "value"):
                if isinstance(node, ast.JoinedStr):
                    for v in node.values:
                        visit(v)
                continue
            if isinstance(node, ast.Call) and field == "func":
                continue
            items = value if isinstance(value, list) else [value]
            for i, child in enumerate(items):
                if not isinstance(child, ast.AST):
                    continue
                if isinstance(child, ast.expr) and not isinstance(getattr(child, "ctx", None), (ast.Store, ast.Del)):
                    out.append((node, field, i if isinstance(value, list) else None, child))
                visit(child)

    visit(tree)
    return out


def reduce(source: str, fails: Callable[[str], bool], max_tries: int = 600, max_seconds: float = 600) -> str:
    return Reducer(source, fails, max_tries, max_seconds).run()
