"""One local variable that holds values of two types, one after the other, made two variables.

In: the resolved `Program`, a function of it, and a statement of that function's body that
assigns a value of another type to a local (`def parse(grid): grid = [c for c in grid if ...]`,
grid a str, then a list of strs).  Out: the same program with that statement's target, and every
use of the name in the statements after it, renamed to a new local (`grid@v1`).

Why it is sound: the statement is one of the function's own top-level statements (not inside a
loop, a branch or a try), so every statement before it runs before it and every statement after
it runs after it; no read after it can see the old value.  The name must be a plain local: not
global, and read by no nested function or lambda (those read it when they run, which may be after
the statement, and their bodies share its syntax tree).  The renaming does not enter nested
functions, lambdas or classes, whose names are their own.

Inference asks for a split (`SplitVariable`) when such an assignment meets a type conflict, and
starts again on the renamed program (`infer`), so a program that compiles without a split is
never changed.  `source_name` gives the name back as the program wrote it, for messages.
"""

from __future__ import annotations

import ast

from ..frontend.symbols import SPLIT_SEP, FuncInfo, Program


SPLIT_MARK = "pyzc_split"  # set on a statement where a variable was split


class SplitVariable(Exception):
    """Inference met a type conflict at a statement where the variable can be split (split_point)."""

    def __init__(self, func: FuncInfo, index: int, name: str):
        super().__init__(f"split {name} at statement {index} of {func.name}")
        self.func = func
        self.index = index
        self.name = name


def split_point(program: Program, func: FuncInfo, stmt: ast.AST | None, name: str) -> int | None:
    """The position of stmt in func's body, when it assigns the local `name` alone there and the
    variable may be split at it (module docstring); else None."""
    if func.is_module or stmt is None or name in func.declared_global:
        return None
    if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
            and stmt.targets[0].id == name):
        return None
    if name not in func.locals and name not in func.params:
        return None
    index = next((i for i, s in enumerate(func.body) if s is stmt), None)
    if index is None or getattr(stmt, SPLIT_MARK, False):  # split there already: the conflict is another one
        return None
    if any(g.enclosing == func.name and name in g.captures for g in program.all_functions()):
        return None
    return index


def split_variable(func: FuncInfo, index: int, name: str):
    """Rename `name` in func's body from its statement `index` on (its target and every later use)."""
    new = f"{name}{SPLIT_SEP}{index}"
    while new in func.locals:
        new += "_"
    stmt = func.body[index]
    assert isinstance(stmt, ast.Assign) and isinstance(stmt.targets[0], ast.Name)  # what split_point found
    stmt.targets[0].id = new
    setattr(stmt, SPLIT_MARK, True)
    for later in func.body[index + 1:]:
        for node in own_nodes(later):
            if isinstance(node, ast.Name) and node.id == name:
                node.id = new
    func.locals.add(new)


def own_nodes(stmt: ast.AST):
    """The nodes of stmt that belong to its function: not inside a nested function, lambda or class."""
    stack = [stmt]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                stack.append(child)
