"""itertools functions that are generator expressions: written as one.

    itertools.chain.from_iterable(xss)  ->  (x for xs in xss for x in xs)
    itertools.filterfalse(f, xs)        ->  (x for x in xs if not f(x))      (f None: `if not x`)
    itertools.compress(data, sels)      ->  (d for d, s in zip(data, sels) if s)
    itertools.starmap(f, xs)            ->  (f(*t) for t in xs)

Each reads its iterables when it is made (CPython's call iter() on them at once, as a generator
expression does on its first one; a generator expression's later iterables are read as it runs,
as chain.from_iterable reads the inner ones) and calls f per item as the consumer asks, so the
rewrite is exact; the generator expression then goes wherever generator expressions go
(consumed in place, or made a generator: genexp_functions.py).  A lambda is applied in place, its
parameters becoming the comprehension's variables (as map_filter.py does): `starmap(lambda a, b:
a * b, pairs)` is `(a * b for a, b in pairs)`; starmap's f is otherwise a function of the program
(a builtin's call with a spread tuple is not supported: starmap(pow, ...) stays refused).  Runs where map_filter.py runs, before names are
resolved (the variables made here are renamed apart with the program's own comprehension
variables).  Recognised: `itertools.<name>` and the names `from itertools import ...` binds.
"""

from __future__ import annotations

import ast
from typing import TypeGuard

from ..ast_walk import walk
from .map_filter import located
from .imports import import_names

REWRITTEN = ("chain", "filterfalse", "compress", "starmap")


def imported_names(module: ast.Module) -> dict[str, str]:
    """local name -> itertools member, for the members rewritten here that `from itertools import` binds."""
    return {k: v for k, v in import_names(module, "itertools")[1].items() if v in REWRITTEN}


def plain_lambda(f: ast.expr) -> TypeGuard[ast.Lambda]:
    if not isinstance(f, ast.Lambda):
        return False
    a = f.args
    return not (a.defaults or a.posonlyargs or a.kwonlyargs or a.vararg or a.kwarg)


class ItertoolsGenexps(ast.NodeTransformer):
    def __init__(self, names: dict[str, str], defined: set[str]):
        self.names = names
        self.defined = defined  # the program's functions: starmap spreads each tuple into a call of one

    def member(self, f: ast.expr) -> str | None:
        """Which itertools function f names ("chain.from_iterable" for that method), or None."""
        if isinstance(f, ast.Name):
            return self.names.get(f.id)
        if not isinstance(f, ast.Attribute):
            return None
        if isinstance(f.value, ast.Name) and f.value.id == "itertools":
            return f.attr
        if f.attr == "from_iterable" and self.member(f.value) == "chain":
            return "chain.from_iterable"
        return None

    def visit_Call(self, node: ast.Call):
        self.generic_visit(node)
        what = self.member(node.func)
        if what not in ("chain.from_iterable", "filterfalse", "compress", "starmap") or node.keywords \
                or any(isinstance(a, ast.Starred) for a in node.args):
            return node
        want = 1 if what == "chain.from_iterable" else 2
        if len(node.args) != want:
            return node  # inference gives CPython's error for a wrong count
        at = f"{node.lineno}_{node.col_offset}"  # names by where the call is: the same C from run to run

        def name(base: str, ctx) -> ast.Name:
            return ast.Name(id=f"{base}@it{at}", ctx=ctx)

        def gen(elt, target, it, ifs=(), inner=None) -> ast.GeneratorExp:
            gens = [ast.comprehension(target=target, iter=it, ifs=list(ifs), is_async=0)]
            if inner is not None:
                gens.append(inner)
            return located(ast.GeneratorExp(elt=elt, generators=gens), node)

        if what == "chain.from_iterable":
            inner = ast.comprehension(target=name("x", ast.Store()), iter=name("xs", ast.Load()), ifs=[], is_async=0)
            return gen(name("x", ast.Load()), name("xs", ast.Store()), node.args[0], inner=inner)
        if what == "compress":
            target = ast.Tuple(elts=[name("d", ast.Store()), name("s", ast.Store())], ctx=ast.Store())
            zipped = ast.Call(func=ast.Name(id="zip", ctx=ast.Load()), args=list(node.args), keywords=[])
            return gen(name("d", ast.Load()), target, zipped, [name("s", ast.Load())])
        f, items = node.args
        if what == "filterfalse":
            if isinstance(f, ast.Constant) and f.value is None:
                return gen(name("x", ast.Load()), name("x", ast.Store()), items,
                           [ast.UnaryOp(op=ast.Not(), operand=name("x", ast.Load()))])
            if plain_lambda(f) and len(f.args.args) == 1:
                p = f.args.args[0].arg
                return gen(ast.Name(id=p, ctx=ast.Load()), ast.Name(id=p, ctx=ast.Store()), items,
                           [ast.UnaryOp(op=ast.Not(), operand=f.body)])
            if isinstance(f, ast.Name):
                test = ast.Call(func=f, args=[name("x", ast.Load())], keywords=[])
                return gen(name("x", ast.Load()), name("x", ast.Store()), items, [ast.UnaryOp(op=ast.Not(), operand=test)])
            return node
        # starmap
        if plain_lambda(f):
            # f(*t): t's items are the parameters (a tuple target, of one name too)
            params: list[ast.expr] = [ast.Name(id=a.arg, ctx=ast.Store()) for a in f.args.args]
            return gen(f.body, ast.Tuple(elts=params, ctx=ast.Store()), items)
        if isinstance(f, ast.Name) and f.id in self.defined:  # f(*t) of a builtin is not supported: left refused
            call = ast.Call(func=f, args=[ast.Starred(value=name("t", ast.Load()), ctx=ast.Load())], keywords=[])
            return gen(call, name("t", ast.Store()), items)
        return node


def rewrite_itertools_genexps(module: ast.Module) -> None:
    defined = {n.name for n in walk(module) if isinstance(n, ast.FunctionDef)}
    ItertoolsGenexps(imported_names(module), defined).visit(module)
