"""`__doc__` read in a module: its docstring, a constant known when compiling.

`argparse.ArgumentParser(description=__doc__)` is how many command-line tools describe
themselves.  A module's `__doc__` is its docstring (None without one) unless the module
assigns the name, so each read of it, at the top level or in a function, becomes that
constant; a module that binds `__doc__` itself is left as it is.
"""

from __future__ import annotations

import ast
from ..ast_walk import walk


class _Doc(ast.NodeTransformer):
    def __init__(self, doc: str | None):
        self.doc = doc

    def visit_Name(self, node: ast.Name) -> ast.expr:
        return ast.copy_location(ast.Constant(self.doc), node) if node.id == "__doc__" else node


def inline_module_doc(tree: ast.Module) -> None:
    names = [n for n in walk(tree) if isinstance(n, ast.Name) and n.id == "__doc__"]
    if not names or any(not isinstance(n.ctx, ast.Load) for n in names):
        return
    if any(isinstance(n, ast.arg) and n.arg == "__doc__" for n in walk(tree)):
        return
    _Doc(ast.get_docstring(tree, clean=False)).visit(tree)
