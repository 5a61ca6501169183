"""Closures: nested functions and lambdas whose values leave the frame that defines them.

A nested function or a lambda that reads variables of its enclosing function takes them as
extra parameters (frontend/symbols.py, lift_nested and lift_lambdas).  Called by name, or through
a value inside the enclosing frame, the caller passes the variables' current values, which is
what CPython's cells hold at that moment.  A value that leaves the frame (returned, passed,
stored in a field, a global or a container that leaves) cannot be called that way: it is a
*closure*, a heap environment holding what the function reads, made where the enclosing frame
reads the function as a value (ir/build_functions.py; its C representation is in
codegen/emit.py, NewClosure).

Inference finds the functions whose values leave their frame (types/functions.py raises
ClosuresNeeded); the driver then runs the front end again with their positions, and this module
decides, for each variable such a function reads, how the environment holds it:

- by value, when the value it has when the closure is made is the value it keeps: a parameter
  the enclosing function never assigns, or a variable assigned once, by a statement of the
  function's top level that runs before any statement reading the function as a value;
- a non-constant default of a nested def (frontend/mutable_defaults.py) by value too: it is
  assigned where the def runs, so the def a read of the function sees is the last one run;
- otherwise in a cell (frontend/symbols.py, make_cells: a one-item list shared by the frame
  and every closure), so that an assignment after the closure is made is seen by it, as in
  CPython (`for i in ...: fs.append(lambda: i)` gives functions that all see the last i).

A nested generator function (a generator expression's too: frontend/genexp_functions.py) is
treated as a closure made where it is first called: the generator keeps what it reads while it
runs, so the same rule decides what it reads by value and what through a cell.
"""

from __future__ import annotations

import ast

from ..ast_walk import iter_child_nodes, walk
from .mutable_defaults import HIDDEN_PREFIX


class ClosuresNeeded(Exception):
    """Raised by inference: these functions (by the position of their def or lambda) have values
    that leave the frame defining them, so the front end must make them closures."""

    def __init__(self, positions: set[tuple]):
        super().__init__(f"closures needed at {sorted(positions)}")
        self.positions = positions


def position(node: ast.AST) -> tuple:
    """How a def or a lambda is known across runs of the front end."""
    return (getattr(node, "lineno", 0), getattr(node, "col_offset", 0))


def own_nodes(stmts):
    """The nodes of these statements in their own scope (not inside nested defs, lambdas, classes)."""
    stack = list(reversed(stmts))
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, (ast.FunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        children = iter_child_nodes(node)  # (a list of its own)
        children.reverse()
        stack.extend(children)


def binding_counts(stmts) -> dict[str, int]:
    """How many places of these statements bind each name (assignments, loop targets, `with ... as`,
    `except ... as`, imports, `del`)."""
    counts: dict[str, int] = {}

    def bump(name):
        counts[name] = counts.get(name, 0) + 1

    for node in own_nodes(stmts):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            bump(node.id)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bump(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                bump((alias.asname or alias.name).split(".")[0])
    return counts


def in_loop(stmts, name: str) -> bool:
    """Whether a binding of name stands inside a loop or a comprehension of these statements."""
    for node in own_nodes(stmts):
        if isinstance(node, (ast.For, ast.While, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            for inner in own_nodes([node] if isinstance(node, ast.stmt) else [ast.Expr(node)]):
                if isinstance(inner, ast.Name) and inner.id == name and not isinstance(inner.ctx, ast.Load):
                    return True
    return False


def top_assignment(stmts, name: str) -> int | None:
    """The index of the top-level statement `name = ...` of these statements, if there is one."""
    for i, stmt in enumerate(stmts):
        if isinstance(stmt, (ast.Assign, ast.AnnAssign)) and stmt.value is not None:
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            if len(targets) == 1 and isinstance(targets[0], ast.Name) and targets[0].id == name:
                return i
    return None


def first_value_read(stmts, fname: str | None, lam: ast.Lambda | None, calls: bool = False,
                     siblings: frozenset[str] | set[str] = frozenset()) -> int:
    """The index of the first top-level statement that reads the function as a value (its name not
    as the callee of a call; for a lambda, the statement holding it).  calls: a call counts too (a
    generator function's call makes the generator, which keeps what it reads).  Where no top-level
    statement reads it, another nested function (of siblings) may, when it runs: the first statement
    that reads or calls one of them, or holds a lambda (none: the function is never made)."""
    found = read_at(stmts, fname, lam, calls)
    if found is not None:
        return found
    for i, stmt in enumerate(stmts):
        if any(isinstance(n, ast.Lambda) or (isinstance(n, ast.Name) and n.id in siblings) for n in walk(stmt)):
            return i
    return len(stmts)


def read_at(stmts, fname: str | None, lam: ast.Lambda | None, calls: bool) -> int | None:
    for i, stmt in enumerate(stmts):
        callees = set()
        for node in walk(stmt):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and not calls:
                callees.add(id(node.func))
            if lam is not None and node is lam:
                return i
            if fname is not None and isinstance(node, ast.Name) and node.id == fname and isinstance(node.ctx, ast.Load):
                if id(node) not in callees:
                    return i
    return None


def cell_variables(outer_body: list[ast.stmt], outer_params: list[str], reads: dict[tuple, set[str]],
                   first_reads: dict[tuple, int]) -> set[str]:
    """The variables of the enclosing function that its closures read and that must be cells.
    reads: each closure's variables of the enclosing function; first_reads: the index of the first
    top-level statement reading it as a value."""
    counts = binding_counts(outer_body)
    cells: set[str] = set()
    for key, names in reads.items():
        for name in names:
            n = counts.get(name, 0)
            if name.startswith(HIDDEN_PREFIX):
                continue  # a default of a nested def, assigned where the def runs: a read of the function sees the last
            if name in outer_params and n == 0:
                continue  # a parameter never rebound
            if name not in outer_params and n == 1 and not in_loop(outer_body, name):
                at = top_assignment(outer_body, name)
                if at is not None and at < first_reads[key]:
                    continue  # bound once, before the closure is made
            cells.add(name)
    return cells

