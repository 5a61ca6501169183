"""A lambda with a computed default value (`lambda x, i=i: x + i`): made by a function of its own.

CPython evaluates a lambda's defaults where the lambda expression is evaluated, and each function
value it makes keeps its own: `[f(10) for f in fs]` after `for i in range(3): fs.append(lambda x,
i=i: x + i)` gives `[10, 11, 12]`.  That is what a nested def's computed default does (closures.py
holds it by value), so such a lambda is rewritten into a call of a module-level factory whose
arguments are the default values, evaluated where the lambda stood, in the same order:

    def lambda#1(_pyz_lambda_default_0):            # lambda x, i=i: x + i
        def <lambda>(x, i=_pyz_lambda_default_0):
            return x + i
        return <lambda>

The rest of the compiler already types, lowers and passes around such closures; a traceback
through one shows the frame `<lambda>`, as CPython's does.  A constant default (a number, str,
bool or None) stays in place.

Only a lambda whose body reads no variable of an enclosing function is rewritten (a factory at
module level cannot see them), and not one applied where it stands (the key= of sorted(), the
function of reduce()); the subset check refuses the others (check.py), as it refuses a lambda with
*args, **kwargs or keyword-only parameters.  Runs in the subset check, before it.
"""

from __future__ import annotations

import ast

from .mutable_defaults import is_constant_default

DEFAULT_PREFIX = "_pyz_lambda_default_"


def is_rewritable(lam: ast.Lambda) -> bool:
    """A lambda of plain positional parameters with a computed default."""
    a = lam.args
    if a.vararg or a.kwarg or a.kwonlyargs or a.posonlyargs:
        return False
    return any(not is_constant_default(d) for d in a.defaults)


def bound_in(node: ast.AST) -> set[str]:
    """Names a lambda binds for its body: its parameters, and those its body binds (comprehension
    targets, walrus targets, nested lambdas' parameters)."""
    out: set[str] = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load):
            out.add(n.id)
        elif isinstance(n, ast.arg):
            out.add(n.arg)
    return out


def function_locals(fn: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> set[str]:
    """The variables of a function's own scope: its parameters and the names it binds, less those
    it declares global (nested scopes' names are their own)."""
    names: set[str] = {a.arg for a in fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs}
    names |= {a.arg for a in (fn.args.vararg, fn.args.kwarg) if a is not None}
    declared: set[str] = set()
    stack: list[ast.AST] = list(fn.body) if isinstance(fn.body, list) else [fn.body]
    while stack:
        n = stack.pop()
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(n.name)  # a nested def or class binds its name here; its body is its own
            continue
        if isinstance(n, ast.Lambda):
            continue
        if isinstance(n, ast.Global):
            declared.update(n.names)
        elif isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load):
            names.add(n.id)
        elif isinstance(n, ast.ExceptHandler) and n.name:
            names.add(n.name)
        elif isinstance(n, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in n.names)
        stack.extend(ast.iter_child_nodes(n))
    return names - declared


def factory(name: str, lam: ast.Lambda, computed: list[int]) -> ast.FunctionDef:
    """The module-level function that makes lam's function value from its computed defaults."""
    params = [f"{DEFAULT_PREFIX}{k}" for k in range(len(computed))]
    defaults = list(lam.args.defaults)
    for k, i in enumerate(computed):
        defaults[i] = ast.Name(id=params[k], ctx=ast.Load())
    args = ast.arguments(posonlyargs=[], args=[ast.arg(arg=a.arg) for a in lam.args.args], vararg=None, kwonlyargs=[],
                         kw_defaults=[], kwarg=None, defaults=defaults)
    inner = ast.FunctionDef(name="<lambda>", args=args, body=[ast.Return(value=lam.body)], decorator_list=[],
                            returns=None, type_comment=None)
    outer_args = ast.arguments(posonlyargs=[], args=[ast.arg(arg=p) for p in params], vararg=None, kwonlyargs=[],
                               kw_defaults=[], kwarg=None, defaults=[])
    outer = ast.FunctionDef(name=name, args=outer_args,
                            body=[inner, ast.Return(value=ast.Name(id="<lambda>", ctx=ast.Load()))],
                            decorator_list=[], returns=None, type_comment=None)
    for n in ast.walk(outer):  # where the lambda stood, for diagnostics and tracebacks (the body keeps its own)
        if "lineno" in n._attributes and not hasattr(n, "lineno"):
            ast.copy_location(n, lam)
    return outer


class LambdaDefaults(ast.NodeTransformer):
    def __init__(self):
        self.enclosing: list[set[str]] = []  # the locals of each enclosing function, outermost first
        self.factories: list[ast.FunctionDef] = []
        self.in_place: set[int] = set()  # lambdas applied where they stand (visit_Call)

    def visit_FunctionDef(self, node):
        self.enclosing.append(function_locals(node))
        self.generic_visit(node)
        self.enclosing.pop()
        return node

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_comprehension_scope(self, node):
        """A comprehension's targets are variables of its own scope, as a function's are."""
        self.enclosing.append({n.id for g in node.generators for n in ast.walk(g.target) if isinstance(n, ast.Name)})
        self.generic_visit(node)
        self.enclosing.pop()
        return node

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = visit_comprehension_scope

    def visit_Call(self, node: ast.Call):
        # a lambda applied in place (key= of sorted/min/max/sort, the function of reduce or accumulate)
        # is inlined where it is applied (types/infer.py), not made a value: left as it is
        in_place = [kw.value for kw in node.keywords if kw.arg in ("key", "func")]
        if isinstance(node.func, (ast.Attribute, ast.Name)) and (
                node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id) in ("reduce", "accumulate"):
            in_place += node.args
        for a in in_place:
            if isinstance(a, ast.Lambda):
                self.in_place.add(id(a))
        self.generic_visit(node)
        return node

    def visit_Lambda(self, node: ast.Lambda):
        node.args.defaults = [self.visit(d) for d in node.args.defaults]  # evaluated where the lambda stands
        self.enclosing.append(function_locals(node))
        node.body = self.visit(node.body)
        self.enclosing.pop()
        if not is_rewritable(node) or id(node) in self.in_place:
            return node
        reads = {n.id for n in ast.walk(node.body) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
        free = reads - bound_in(node)
        if any(free & scope for scope in self.enclosing):
            return node  # it reads a variable of an enclosing function: refused by the subset check
        computed = [i for i, d in enumerate(node.args.defaults) if not is_constant_default(d)]
        name = f"lambda#{len(self.factories) + 1}"
        self.factories.append(factory(name, node, computed))
        call = ast.Call(func=ast.Name(id=name, ctx=ast.Load()), args=[node.args.defaults[i] for i in computed], keywords=[])
        return ast.copy_location(ast.fix_missing_locations(ast.copy_location(call, node)), node)


def rewrite_lambda_defaults(module: ast.Module) -> bool:
    """Whether it changed the module."""
    rewriter = LambdaDefaults()
    rewriter.visit(module)
    if not rewriter.factories:
        return False
    at = next((i for i, s in enumerate(module.body) if not isinstance(s, (ast.Import, ast.ImportFrom))
               and not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))), len(module.body))
    module.body[at:at] = rewriter.factories  # after the docstring and `from __future__` imports
    return True
