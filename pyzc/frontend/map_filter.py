"""`map(f, xs)` and `filter(f, xs)` become comprehensions where they are consumed.

CPython's map and filter give lazy iterators: f runs on an item when the
consumer asks for it.  A comprehension over the same iterable runs f at the
same moments, so where the iterator is consumed at once the rewrite is exact:
- as the iterable argument of list(), sorted(), sum(), min(), max(), any(),
  all(), set(), tuple(), dict() and str.join(): a generator expression,
  `(f(m) for m in xs)`, `(m for m in xs if f(m))` (any() still stops early);
- as the iterable of a for loop: `for m in xs: x = f(m); ...`, and for filter
  `for m in xs: if not f(m): continue; x = m; ...`;
- as an iterable of a comprehension: `for m in xs for x in [f(m)]`, and
  `for m in xs if f(m) for x in [m]`;
- unpacked (`a, b = map(int, line.split())`): a list comprehension;
- anywhere else (held in a variable, passed, returned): a generator expression, which
  frontend/genexp_functions.py then makes a generator, as lazy as CPython's iterator.
Several iterables are zipped (map stops at the shortest, as zip does).
`filter(None, xs)` tests the items' truth.  A lambda is applied in place,
its parameters becoming the comprehension's variables, so it may read the
enclosing function's variables; any other function is called per item, so it
must be a name (or a.b): an expression that computes the function would
run once per item instead of once.  Nothing is rewritten
in a module that binds the name map or filter itself.

Runs after the subset check, in place, before names are resolved (so the
comprehension variables made here are renamed apart like the program's own).
"""

from __future__ import annotations

import ast
from typing import TypeGuard

from ..ast_walk import walk
from ..diagnostics import CompileError, SourceFile

CONSUMERS = {"list", "tuple", "sorted", "sum", "min", "max", "any", "all", "set", "dict"}

def binds(module: ast.Module, name: str) -> bool:
    for n in walk(module):
        if isinstance(n, ast.Name) and n.id == name and not isinstance(n.ctx, ast.Load):
            return True
        if isinstance(n, (ast.FunctionDef, ast.ClassDef)) and n.name == name:
            return True
        if isinstance(n, ast.arg) and n.arg == name:
            return True
        if isinstance(n, ast.alias) and (n.asname or n.name) == name:
            return True
    return False


def located(node, at):
    """The nodes made here (those without a position yet) take the position of the call they replace."""
    for n in walk(node):
        if "lineno" in n._attributes and getattr(n, "lineno", None) is None:
            ast.copy_location(n, at)
    return node


class MapFilter(ast.NodeTransformer):
    def __init__(self, source: SourceFile, names: set[str]):
        self.source = source
        self.names = names  # "map" and/or "filter", where the module does not rebind them
        self.errors: list[CompileError] = []
        self.count = 0

    def kind(self, node) -> str | None:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in self.names:
            return node.func.id
        return None

    def is_call(self, node) -> TypeGuard[ast.Call]:
        """Whether node is a map or filter call (kind, as a test the type checker narrows on)."""
        return self.kind(node) is not None

    def fresh(self) -> str:
        self.count += 1
        return f"item@map{self.count}"

    # ------------------------------------------------------------ the pieces
    def parts(self, call: ast.Call):
        """(function, iterables) of a map or filter call, or a refusal."""
        name = self.kind(call)
        if call.keywords:
            raise self.source.error(call.keywords[0], f"{name}() takes no keyword arguments")
        if any(isinstance(a, ast.Starred) for a in call.args):
            raise self.source.error(call, "starred arguments are not supported yet")
        want = "at least two arguments" if name == "map" else "two arguments"
        if len(call.args) < 2 or (name == "filter" and len(call.args) != 2):
            raise self.source.error(call, f"{name}() takes {want} ({len(call.args)} given)")
        f = call.args[0]
        if not (isinstance(f, ast.Lambda) or is_name_path(f) or (name == "filter" and is_none(f))):
            raise self.source.error(f, f"{name}() of a computed function is not supported yet; assign it to a name first")
        return f, call.args[1:]

    def apply(self, f, args: list[ast.expr], at) -> ast.expr:
        """f(args) as an expression: a lambda's body with its parameters replaced, else a call."""
        if isinstance(f, ast.Lambda):
            params = [a.arg for a in f.args.args]
            if len(params) != len(args) or f.args.defaults or f.args.posonlyargs:
                raise self.source.error(f, f"this lambda takes {len(params)} parameters, but is given {len(args)} items at a time")
            if not rebinds(f.body, set(params)):
                return Substitute(dict(zip(params, args))).visit(f.body)
            return located(ast.Call(func=f, args=args, keywords=[]), at)
        if is_none(f):
            return args[0]
        return located(ast.Call(func=f, args=args, keywords=[]), at)

    def source_of(self, iterables: list[ast.expr], at):
        """(the target names, the iterable) that give one item of each iterable at a time."""
        names = [self.fresh() for _ in iterables]
        if len(iterables) == 1:
            return names, iterables[0]
        zipped = located(ast.Call(func=ast.Name(id="zip", ctx=ast.Load()), args=[], keywords=[]), at)
        zipped.args = iterables
        return names, zipped

    @staticmethod
    def target(names: list[str], at) -> ast.expr:
        if len(names) == 1:
            return located(ast.Name(id=names[0], ctx=ast.Store()), at)
        return located(ast.Tuple(elts=[ast.Name(id=n, ctx=ast.Store()) for n in names], ctx=ast.Store()), at)

    @staticmethod
    def load(name: str, at) -> ast.expr:
        return located(ast.Name(id=name, ctx=ast.Load()), at)

    def generator(self, call: ast.Call) -> tuple[ast.expr, ast.comprehension]:
        """(the item, the comprehension's generator) that map/filter call yields."""
        f, iterables = self.parts(call)
        names, iterable = self.source_of(iterables, call)
        gen = ast.comprehension(target=self.target(names, call), iter=iterable, ifs=[], is_async=0)
        args = [self.load(n, call) for n in names]
        if self.kind(call) == "map":
            return self.apply(f, args, call), gen
        gen.ifs = [self.apply(f, args, call)]
        return self.load(names[0], call), gen

    def expand(self, call: ast.Call) -> tuple[ast.expr, list[ast.comprehension]]:
        """(the item, the generators) of a map/filter call, whose iterable may be one too
        (`map(f, map(g, xs))`: for m2 in xs, for m1 in [g(m2)], item f(m1))."""
        item, gen = self.generator(self.visit_inside(call))
        if not self.is_call(gen.iter):
            return item, [gen]
        inner, gens = self.expand(gen.iter)
        gen.iter = located(ast.List(elts=[inner], ctx=ast.Load()), gen.iter)
        return item, gens + [gen]

    def comprehension_of(self, call: ast.Call, kind=ast.GeneratorExp) -> ast.expr:
        elt, gens = self.expand(call)
        return located(kind(elt=elt, generators=gens), call)

    # ------------------------------------------------------------ where they are consumed
    def visit_Call(self, node: ast.Call):
        f = node.func
        consumer = (isinstance(f, ast.Name) and f.id in CONSUMERS and (f.id not in ("min", "max") or len(node.args) == 1)) \
            or (isinstance(f, ast.Attribute) and f.attr == "join" and len(node.args) == 1)
        if consumer and node.args and self.is_call(node.args[0]):
            try:
                node.args[0] = self.comprehension_of(node.args[0])
            except CompileError as e:
                self.errors.append(e)
            node.func = self.visit(node.func)
            node.args[1:] = [self.visit(a) for a in node.args[1:]]
            node.keywords = [self.visit(k) for k in node.keywords]
            return node
        if self.is_call(node):  # held, passed, returned: a generator expression, then a generator (genexp_functions.py)
            try:
                return self.comprehension_of(node)
            except CompileError as e:
                self.errors.append(e)
        return self.generic_visit(node)

    def visit_inside(self, call: ast.Call) -> ast.Call:
        """The arguments of a map/filter call, themselves rewritten; a map or filter as its only
        iterable is left for the comprehension it becomes (comprehension_generators)."""
        call.args = [a if i == 1 and len(call.args) == 2 and self.kind(a) else self.visit(a) for i, a in enumerate(call.args)]
        return call

    def visit_For(self, node: ast.For):
        if not self.is_call(node.iter):
            return self.generic_visit(node)
        call = node.iter
        try:
            f, iterables = self.parts(self.visit_inside(call))
        except CompileError as e:
            self.errors.append(e)
            return node
        names, iterable = self.source_of(iterables, call)
        args = [self.load(n, call) for n in names]
        head: list[ast.stmt] = []
        if self.kind(call) == "map":
            head.append(located(ast.Assign(targets=[node.target], value=self.apply(f, args, call)), call))
        else:
            test = ast.UnaryOp(op=ast.Not(), operand=self.apply(f, args, call))
            head.append(located(ast.If(test=test, body=[ast.Continue()], orelse=[]), call))
            head.append(located(ast.Assign(targets=[node.target], value=args[0]), call))
        node.target = self.target(names, call)
        node.iter = iterable
        node.body = head + [self.visit(s) for s in node.body]
        node.orelse = [self.visit(s) for s in node.orelse]
        return self.visit_For(node) if self.kind(node.iter) else node  # map(f, map(g, xs))

    def visit_comprehension(self, node: ast.comprehension):
        return node  # rewritten by the comprehension that holds it (comprehension_generators)

    def comprehension_generators(self, node):
        gens = []
        for g in node.generators:
            g.ifs = [self.visit(c) for c in g.ifs]
            if not self.kind(g.iter):
                g.iter = self.visit(g.iter)
                gens.append(g)
                continue
            try:
                item, gen = self.expand(g.iter)
            except CompileError as e:
                self.errors.append(e)
                gens.append(g)
                continue
            one = located(ast.List(elts=[item], ctx=ast.Load()), g.iter)
            gens += gen + [ast.comprehension(target=g.target, iter=one, ifs=g.ifs, is_async=0)]
        node.generators = gens
        for field in ("elt", "key", "value"):
            if hasattr(node, field):
                setattr(node, field, self.visit(getattr(node, field)))
        return node

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = comprehension_generators

    def visit_Assign(self, node: ast.Assign):
        if len(node.targets) == 1 and isinstance(node.targets[0], (ast.Tuple, ast.List)) and self.is_call(node.value):
            try:
                node.value = self.comprehension_of(node.value, ast.ListComp)
            except CompileError as e:
                self.errors.append(e)
            return node
        return self.generic_visit(node)


class Substitute(ast.NodeTransformer):
    def __init__(self, values: dict[str, ast.expr]):
        self.values = values

    def visit_Name(self, node: ast.Name):
        v = self.values.get(node.id)
        if v is None:
            return node
        assert isinstance(v, ast.Name)  # the values are the item names (MapFilter.load)
        return ast.copy_location(ast.Name(id=v.id, ctx=ast.Load()), node)


def rebinds(body, names: set[str]) -> bool:
    """Whether an inner scope of body (a lambda, a comprehension) binds one of names."""
    for n in walk(body):
        if isinstance(n, ast.arg) and n.arg in names:
            return True
        if isinstance(n, ast.Name) and n.id in names and not isinstance(n.ctx, ast.Load):
            return True
    return False


def is_name_path(node) -> bool:
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name)


def is_none(node) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def rewrite_map_filter(source: SourceFile, module: ast.Module) -> None:
    names = {n for n in ("map", "filter") if not binds(module, n)}
    if not names:
        return
    if not any(isinstance(n, ast.Name) and n.id in names for n in walk(module)):
        return
    rewriter = MapFilter(source, names)
    rewriter.visit(module)
    ast.fix_missing_locations(module)
    if rewriter.errors:
        raise CompileError.of(rewriter.errors)
