"""`itertools.chain.from_iterable(xss)` becomes the generator expression `(x for xs in xss for x in xs)`.

Both read the outer iterable when they are made (CPython's from_iterable calls iter() on it at
once, as a generator expression does on its first iterable) and each inner one only when the
consumer reaches it, so the rewrite is exact; the generator expression then goes wherever
generator expressions go (consumed in place, or made a generator: genexp_functions.py).
Runs where map_filter.py runs, before names are resolved (the variables made here are renamed
apart with the program's own comprehension variables).  Recognised: `itertools.chain.from_iterable`
and `chain.from_iterable` with `chain` bound by `from itertools import chain [as name]`.
"""

from __future__ import annotations

import ast

from .map_filter import located


def chain_names(module: ast.Module) -> set[str]:
    return {a.asname or a.name for stmt in module.body if isinstance(stmt, ast.ImportFrom) and stmt.module == "itertools"
            for a in stmt.names if a.name == "chain"}


def is_from_iterable(f: ast.expr, names: set[str]) -> bool:
    if not (isinstance(f, ast.Attribute) and f.attr == "from_iterable"):
        return False
    chain = f.value
    if isinstance(chain, ast.Attribute):
        return chain.attr == "chain" and isinstance(chain.value, ast.Name) and chain.value.id == "itertools"
    return isinstance(chain, ast.Name) and chain.id in names


class FromIterable(ast.NodeTransformer):
    def __init__(self, names: set[str]):
        self.names = names

    def visit_Call(self, node: ast.Call):
        self.generic_visit(node)
        if not (is_from_iterable(node.func, self.names) and len(node.args) == 1 and not node.keywords
                and not isinstance(node.args[0], ast.Starred)):
            return node
        at = f"{node.lineno}_{node.col_offset}"  # named by where the call is: the same C from run to run
        outer, inner = f"xs@ch{at}", f"x@ch{at}"
        gen = ast.GeneratorExp(
            elt=ast.Name(id=inner, ctx=ast.Load()),
            generators=[ast.comprehension(target=ast.Name(id=outer, ctx=ast.Store()), iter=node.args[0], ifs=[], is_async=0),
                        ast.comprehension(target=ast.Name(id=inner, ctx=ast.Store()), iter=ast.Name(id=outer, ctx=ast.Load()),
                                          ifs=[], is_async=0)])
        return located(gen, node)


def rewrite_chain_from_iterable(module: ast.Module) -> None:
    FromIterable(chain_names(module)).visit(module)
