"""`print(n if ok else "none")` and `f"{n if ok else 'none':>6}"`: a conditional expression whose one branch is
a str and whose value is only made text, written as text in each branch.

A conditional expression has one type (types/infer.py expr_IfExp), so an int in one branch and a str in
the other is refused where the value is kept.  Where it is an argument of print() or the value of an
f-string field, only its text is used: print(v) writes str(v), and f"{v!r:>6}" writes format(repr(v), ">6").
So each branch is made text where it is:

    print(n if ok else "none")           ->  print(str(n) if ok else "none")
    f"{n if ok else 'none':>6}"          ->  f"{f'{n:>6}' if ok else f'{"none":>6}'}"

which is what CPython computes, in its order (the test, then one branch, then its format spec).  Only a
conditional with a str constant (or an f-string) in one branch and something else in the other is
rewritten: where both branches have one type, nothing changes.  Nested conditionals are rewritten
branch by branch.  An empty format spec (`f"{x:}"`) is dropped: format(x, '') is str(x).  Runs in the subset check (check.py), before the later rewrites.
"""

from __future__ import annotations

import ast

from .star_iterables import binds


def is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or isinstance(node, ast.Constant) and isinstance(node.value, str)


def mixes_text(node: ast.expr) -> bool:
    """A conditional expression with a str in one branch (at any depth of nested conditionals) and a value
    that is not a str literal in another."""
    if not isinstance(node, ast.IfExp):
        return False
    leaves = []

    def walk(n):
        if isinstance(n, ast.IfExp):
            walk(n.body)
            walk(n.orelse)
        else:
            leaves.append(n)

    walk(node)
    return any(is_text(v) for v in leaves) and not all(is_text(v) for v in leaves) \
        and not any(isinstance(v, ast.Constant) and v.value is None for v in leaves)


def branchwise(node: ast.expr, text) -> ast.expr:
    """node with each leaf branch v of its conditionals replaced by text(v)."""
    if isinstance(node, ast.IfExp):
        return ast.copy_location(ast.IfExp(test=node.test, body=branchwise(node.body, text),
                                           orelse=branchwise(node.orelse, text)), node)
    return text(node)


class Rewriter(ast.NodeTransformer):
    def __init__(self, print_free: bool, str_free: bool):
        self.print_free = print_free
        self.str_free = str_free
        self.changed = False

    def visit_Call(self, node: ast.Call):
        self.generic_visit(node)
        if self.print_free and self.str_free and isinstance(node.func, ast.Name) and node.func.id == "print":
            def to_str(v: ast.expr) -> ast.expr:
                if is_text(v):
                    return v
                return ast.copy_location(ast.Call(func=ast.copy_location(ast.Name(id="str", ctx=ast.Load()), v),
                                                  args=[v], keywords=[]), v)
            if any(mixes_text(a) for a in node.args):
                node.args = [branchwise(a, to_str) if mixes_text(a) else a for a in node.args]
                self.changed = True
        return node

    def visit_FormattedValue(self, node: ast.FormattedValue):
        self.generic_visit(node)
        if isinstance(node.format_spec, ast.JoinedStr) and not node.format_spec.values:
            node.format_spec = None  # f"{x:}" is format(x, ''): str(x), as f"{x}"
            self.changed = True
        if not mixes_text(node.value):
            return node

        def field(v: ast.expr) -> ast.expr:
            inner = ast.copy_location(ast.FormattedValue(value=v, conversion=node.conversion, format_spec=node.format_spec), v)
            return ast.copy_location(ast.JoinedStr(values=[inner]), v)

        self.changed = True
        return ast.copy_location(ast.FormattedValue(value=branchwise(node.value, field), conversion=-1, format_spec=None), node)


def rewrite_printed_conditionals(module: ast.Module) -> bool:
    """Whether it changed the module (check.py's census is taken again if so)."""
    rewriter = Rewriter(not binds(module, "print"), not binds(module, "str"))
    rewriter.visit(module)
    return rewriter.changed
