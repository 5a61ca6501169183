"""Generator expressions used as values become generator functions.

In: the checked module AST.  Out: the same AST, where each generator expression that is not
consumed on the spot is a call of a generator function defined just before the statement that
holds it:

    total = consume(x * k for x in xs if x)
becomes
    def <genexpr>#1(.0):
        for x in .0:
            if x:
                yield x * k
    total = consume(<genexpr>#1(xs))

which is what CPython compiles a generator expression to: the first iterable is evaluated where
the expression is, the rest runs in the generator's own frame.  Name resolution then lifts the
def like any nested function (frontend/symbols.py), passing the enclosing variables it reads
(`k`) as arguments; one the function assigns after the generator may be made is passed in a
cell (frontend/closures.py, as for closures), so the generator reads it as it runs, as CPython's does.

Likewise `zip(...)`, `enumerate(...)`, `reversed(...)` and the itertools iterators stored, returned or
passed to a function become a generator over them (`<zip>#N`), their arguments evaluated where the call is.

Left as they are, because lowering turns them into loops with no generator at all: a generator
expression that is the first argument of sum, min, max, any, all, sorted, list, set, tuple,
dict, frozenset or of a `.join` call, and one inside a comprehension or a lambda (it may read
their variables, which no def placed before the statement could see).
"""

from __future__ import annotations

import ast

from ..ast_walk import walk
from .iter_calls import SINCE, since_argument

ITERATORS = {"zip", "enumerate", "reversed"}  # builtins pyzc walks where they are iterated
CONSUMERS = {"sum", "min", "max", "any", "all", "sorted", "list", "set", "tuple", "dict", "frozenset"}
FIRST_ITERABLE = ".0"
GENEXPR = "<genexpr>#"  # "#N" keeps the functions apart; tracebacks show "<genexpr>" (FuncInfo.py_name)  # the parameter holding the first iterable, CPython's name for it


class PairsToDictComp(ast.NodeTransformer):
    """`dict((k, v) for ...)` and `dict([(k, v) for ...])` are `{k: v for ...}`: dict() consumes the
    pairs at once, in order, as the comprehension does (the same keys win, at the same positions), and
    a comprehension's values take their type from later use (`dict((j, set()) for j in keys)`)."""

    def visit_Call(self, node: ast.Call):
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id == "dict" and len(node.args) == 1 and not node.keywords:
            arg = node.args[0]
            if isinstance(arg, (ast.GeneratorExp, ast.ListComp)) and isinstance(arg.elt, ast.Tuple) \
                    and len(arg.elt.elts) == 2 and not any(isinstance(e, ast.Starred) for e in arg.elt.elts):
                return ast.copy_location(ast.DictComp(key=arg.elt.elts[0], value=arg.elt.elts[1], generators=arg.generators), node)
        return node


def rewrite_genexps(module: ast.Module) -> None:
    defined = {n.name for n in walk(module) if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    counter = [0]
    if "dict" not in defined and not any(isinstance(n, ast.Name) and n.id == "dict" and not isinstance(n.ctx, ast.Load)
                                         for n in walk(module)):
        PairsToDictComp().visit(module)

    def scope(stmts: list[ast.stmt]) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        for st in stmts:
            defs: list[ast.stmt] = []
            Rewriter(defs, scope, counter, defined).visit(st)
            out.extend(defs)
            out.append(st)
        return out

    module.body = scope(module.body)


def may_stop(node: ast.GeneratorExp) -> bool:
    """Whether the generator's own part calls next() (or raises StopIteration) itself.  A StopIteration
    leaving a generator is a RuntimeError (PEP 479), which the generator's resume function makes
    (runtime_c/exc.c, pyz_gen_exc_leaving): such a generator expression is made a generator even as
    sum()'s or list()'s argument, where the loop written in place would let the StopIteration through.
    (A function it calls that lets one out is not seen: that one still passes as StopIteration.)"""
    own = [node.elt] + [c for g in node.generators for c in g.ifs] + [g.iter for g in node.generators[1:]]
    for part in own:
        for n in walk(part):
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "next":
                return True
            if isinstance(n, ast.Raise) or (isinstance(n, ast.Name) and n.id == "StopIteration"):
                return True
    return False


class Rewriter(ast.NodeTransformer):
    def __init__(self, defs, scope, counter, defined):
        self.defs = defs
        self.scope = scope
        self.counter = counter
        self.defined = defined
        self.inside = 0  # inside a comprehension's own part or a lambda: nothing is rewritten

    def visit_FunctionDef(self, node: ast.FunctionDef):
        for d in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
            self.visit(d)
        node.body = self.scope(node.body)
        return node

    def visit_ClassDef(self, node: ast.ClassDef):
        for st in node.body:
            if isinstance(st, ast.FunctionDef):
                self.visit_FunctionDef(st)
        return node

    def visit_Lambda(self, node: ast.Lambda):
        self.inside += 1
        self.generic_visit(node)
        self.inside -= 1
        return node

    def comprehension(self, node):
        """The first iterable is the enclosing scope's; the rest reads the comprehension's variables."""
        node.generators[0].iter = self.visit(node.generators[0].iter)
        self.inside += 1
        for i, gen in enumerate(node.generators):
            if i:
                gen.iter = self.visit(gen.iter)
            gen.ifs = [self.visit(c) for c in gen.ifs]
        for field in ("elt", "key", "value"):
            if hasattr(node, field):
                setattr(node, field, self.visit(getattr(node, field)))
        self.inside -= 1
        return node

    visit_ListComp = visit_SetComp = visit_DictComp = comprehension

    def visit_Call(self, node: ast.Call):
        f = node.func
        consumed = (isinstance(f, ast.Name) and f.id in CONSUMERS and f.id not in self.defined
                    or isinstance(f, ast.Attribute) and f.attr == "join")
        if consumed and node.args and isinstance(node.args[0], ast.GeneratorExp) and not may_stop(node.args[0]):
            node.func = self.visit(node.func)
            self.comprehension(node.args[0])
            node.args[1:] = [self.visit(a) for a in node.args[1:]]
            node.keywords = [self.visit(k) for k in node.keywords]
            return node
        self.generic_visit(node)  # a Call's fields are rewritten in place; the node stays
        # the builtins that walk their iterable where they are (list(zip(...)), enumerate(zip(...))) keep it
        walks = isinstance(f, ast.Name) and f.id in ITERATORS | CONSUMERS and f.id not in self.defined \
            or isinstance(f, ast.Attribute) and f.attr == "join"
        if not walks:
            node.args = [self.iterator_value(a) for a in node.args]
            for k in node.keywords:
                k.value = self.iterator_value(k.value)
        return node

    def visit_Assign(self, node):
        self.generic_visit(node)
        node.value = self.iterator_value(node.value)
        return node

    visit_Return = visit_AnnAssign = visit_Assign

    def iterator_value(self, node, once: bool = False):
        """zip(...), enumerate(...) or reversed(...) used as a value (stored, returned, passed to a
        function): a generator over it, which pyzc can hold (its arguments are evaluated here).
        An itertools iterator is one too, wherever it is a value (CPython's are one-shot as well).
        once: the value is iterated once, right away (a generator expression's first iterable), so
        d.items()/keys()/values() may be wrapped too (a view held as a value may be iterated again:
        not a generator)."""
        if self.inside or node is None or not isinstance(node, ast.Call):
            return node
        f = node.func
        func: ast.expr | None
        receiver: ast.expr | None
        if isinstance(f, ast.Name) and f.id in ITERATORS and f.id not in self.defined:
            label, func, receiver = f.id, ast.Name(id=f.id, ctx=ast.Load()), None
        elif once and isinstance(f, ast.Attribute) and f.attr in ("items", "keys", "values") and not node.args and not node.keywords:
            label, func, receiver = f.attr, None, f.value
        elif isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "itertools" \
                and "itertools" not in self.defined:  # one-shot iterators in CPython too: a generator is exact
            label, func, receiver = f.attr, ast.Attribute(value=ast.Name(id="itertools", ctx=ast.Load()), attr=f.attr, ctx=ast.Load()), None
        else:
            return node
        self.counter[0] += 1
        name = f"<{label}>#{self.counter[0]}"
        # the receiver and the arguments are evaluated here and passed; constants and lambdas stay where
        # they are (itertools.combinations(xs, 2) needs its r as a constant, takewhile a lambda)
        values: list[ast.expr] = []

        def passed(v: ast.expr) -> ast.expr:
            if isinstance(v, (ast.Constant, ast.Lambda)):
                return v
            # an iterator among the arguments (enumerate(takewhile(...)) held) is passed as a generator too
            values.append(self.iterator_value(v, once=True))
            return ast.Name(id=f".{len(values) - 1}", ctx=ast.Load())

        def sequence(v: ast.expr) -> ast.expr:
            """reversed()'s argument, a sequence, passed as it is (not a generator); a dict view is made in
            the function from the dict passed."""
            if isinstance(v, ast.Call) and isinstance(v.func, ast.Attribute) and v.func.attr in ("items", "keys", "values") \
                    and not v.args and not v.keywords:
                values.append(v.func.value)
                view = ast.Attribute(value=ast.Name(id=f".{len(values) - 1}", ctx=ast.Load()), attr=v.func.attr, ctx=ast.Load())
                return ast.copy_location(ast.Call(func=ast.copy_location(view, v), args=[], keywords=[]), v)
            values.append(v)
            return ast.Name(id=f".{len(values) - 1}", ctx=ast.Load())

        if receiver is not None:
            func = ast.Attribute(value=passed(receiver), attr=label, ctx=ast.Load())
        assert func is not None
        inner = ast.Call(func=func, args=[sequence(a) if label == "reversed" else passed(a) for a in node.args],
                         keywords=[ast.keyword(arg=k.arg, value=passed(k.value)) for k in node.keywords])
        if label == "reversed" and len(node.args) == 1 and isinstance(node.args[0], ast.Name):
            # what CPython's reverse iterator takes from a deque when reversed() is called (frontend/iter_calls.py)
            values.append(since_argument(node.args[0]))
            setattr(inner.args[0], SINCE, len(values) - 1)
        params = [f".{i}" for i in range(len(values))]
        body: list[ast.stmt] = [ast.For(target=ast.Name(id=".item", ctx=ast.Store()), iter=inner,
                                        body=[ast.Expr(value=ast.Yield(value=ast.Name(id=".item", ctx=ast.Load())))], orelse=[])]
        self.defs.append(self.function(name, params, body, node))
        call = ast.Call(func=ast.Name(id=name, ctx=ast.Load()), args=values, keywords=[])
        ast.copy_location(call.func, node)
        return ast.copy_location(call, node)

    def function(self, name: str, params: list[str], body: list[ast.stmt], at) -> ast.FunctionDef:
        fn = ast.FunctionDef(name=name, args=ast.arguments(posonlyargs=[], args=[ast.arg(arg=p) for p in params], kwonlyargs=[],
                                                            kw_defaults=[], defaults=[]),
                             body=body, decorator_list=[], returns=None, type_comment=None)
        for n in walk(fn):
            if not hasattr(n, "lineno") and isinstance(n, (ast.stmt, ast.expr, ast.arg, ast.keyword)):
                ast.copy_location(n, at)
        ast.copy_location(fn, at)
        return fn

    def visit_GeneratorExp(self, node: ast.GeneratorExp):
        if self.inside:
            return self.comprehension(node)
        first = self.iterator_value(self.visit(node.generators[0].iter), once=True)
        self.counter[0] += 1
        name = f"{GENEXPR}{self.counter[0]}"
        body: list[ast.stmt] = [ast.Expr(value=ast.Yield(value=node.elt))]
        for i, gen in reversed(list(enumerate(node.generators))):
            for cond in reversed(gen.ifs):
                body = [ast.If(test=cond, body=body, orelse=[])]
            it = ast.Name(id=FIRST_ITERABLE, ctx=ast.Load()) if i == 0 else gen.iter
            body = [ast.For(target=gen.target, iter=it, body=body, orelse=[])]
        fn = self.function(name, [FIRST_ITERABLE], body, node)
        fn.body = self.scope(fn.body)
        self.defs.append(fn)
        call = ast.Call(func=ast.Name(id=name, ctx=ast.Load()), args=[first], keywords=[])
        ast.copy_location(call.func, node)
        return ast.copy_location(call, node)
