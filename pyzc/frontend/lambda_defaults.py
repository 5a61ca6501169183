"""A lambda with a computed default value (`lambda x, i=i: x + i`): made by a function of its own.

CPython evaluates a lambda's defaults where the lambda expression is evaluated, and each function
value it makes keeps its own: `[f(10) for f in fs]` after `for i in range(3): fs.append(lambda x,
i=i: x + i)` gives `[10, 11, 12]`.  Such a lambda becomes a call of a factory function whose
arguments are the default values, evaluated where the lambda stood, in the same order.  Two forms:

- a lambda whose body reads no variable of an enclosing function (ModuleFactories): a module-level
  factory returning a nested def whose computed defaults are its parameters (closures.py holds a
  nested def's computed default by value), so a call may still pass the parameter itself:

    def lambda#1(_pyz_lambda_default_0):            # lambda x, i=i: x + i
        def <lambda>(x, i=_pyz_lambda_default_0):
            return x + i
        return <lambda>

- any other (ScopeFactories): the same factory, defined first in the lambda's own scope (a nested
  def there, lifted as nested defs are: frontend/symbols.py), so that the lambda's body reads the
  enclosing function's variables as a nested def's body does (through a cell where one is rebound
  after the lambda is made):

    def _pyz_lambda_defaults_1(_pyz_lambda_default_0):   # [lambda x, i=i: x + self.k + i for i in ...]
        def <lambda>(x, i=_pyz_lambda_default_0):
            return x + self.k + i
        return <lambda>

A traceback through either shows the frame `<lambda>`, as CPython's.  Left as they are, and refused
by the subset check: lambdas inside lambdas or class bodies, key= lambdas (applied in place), and
lambdas whose body reads a name a comprehension around them binds.  Runs in the subset check
(check.py), before the lambda checks.
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


class ModuleFactories(ast.NodeTransformer):
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


def module_factories(module: ast.Module) -> bool:
    """Whether it changed the module."""
    rewriter = ModuleFactories()
    rewriter.visit(module)
    if not rewriter.factories:
        return False
    at = next((i for i, s in enumerate(module.body) if not isinstance(s, (ast.Import, ast.ImportFrom))
               and not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))), len(module.body))
    module.body[at:at] = rewriter.factories  # after the docstring and `from __future__` imports
    return True




PREFIX = "_pyz_lambda_defaults_"


class ScopeFactories(ast.NodeTransformer):
    def __init__(self) -> None:
        self.count = 0
        self.made: list[list[ast.stmt]] = [[]]  # per scope (module, then each def): the functions to add
        self.comprehension_names: list[set[str]] = []
        self.in_lambda = 0
        self.in_class = 0

    def visit_FunctionDef(self, node: ast.FunctionDef):
        saved = self.in_class, self.comprehension_names
        self.in_class, self.comprehension_names = 0, []
        self.made.append([])
        self.generic_visit(node)
        made = self.made.pop()
        if made:
            at = 1 if node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant) else 0
            node.body[at:at] = made
        self.in_class, self.comprehension_names = saved
        return node

    def visit_ClassDef(self, node: ast.ClassDef):
        self.in_class += 1
        self.generic_visit(node)
        self.in_class -= 1
        return node

    def comprehension(self, node):
        names = {n.id for g in node.generators for n in ast.walk(g.target) if isinstance(n, ast.Name)}
        self.comprehension_names.append(names)
        self.generic_visit(node)
        self.comprehension_names.pop()
        return node

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = comprehension

    def visit_Lambda(self, node: ast.Lambda):
        self.in_lambda += 1
        self.generic_visit(node)
        self.in_lambda -= 1
        a = node.args
        if not a.defaults or all(is_constant_default(d) for d in a.defaults) or self.in_lambda or self.in_class \
                or a.vararg or a.kwarg or a.kwonlyargs or a.posonlyargs:
            return node
        own = {p.arg for p in a.args}
        read = {n.id for n in ast.walk(node.body) if isinstance(n, ast.Name)} - own
        if any(read & names for names in self.comprehension_names):
            return node
        self.count += 1
        name = f"{PREFIX}{self.count}"
        computed = [i for i, d in enumerate(a.defaults) if not is_constant_default(d)]
        self.made[-1].append(factory(name, node, computed))
        call = ast.Call(func=ast.Name(id=name, ctx=ast.Load()), args=[a.defaults[i] for i in computed], keywords=[])
        return ast.fix_missing_locations(ast.copy_location(call, node))


def scope_factories(module: ast.Module) -> bool:
    """False where nothing could be rewritten."""
    if not any(isinstance(n, ast.Lambda) and not all(is_constant_default(d) for d in n.args.defaults) for n in ast.walk(module)):
        return False
    r = ScopeFactories()
    module.body = [r.visit(s) for s in module.body]
    made = r.made[0]
    if made:
        at = 0
        while at < len(module.body) and (isinstance(module.body[at], ast.ImportFrom) or isinstance(module.body[at], ast.Expr)
                                         and isinstance(getattr(module.body[at], "value", None), ast.Constant)):
            at += 1
        module.body[at:at] = made
    ast.fix_missing_locations(module)
    return r.count > 0


def rewrite_lambda_defaults(module: ast.Module) -> bool:
    """False where nothing was rewritten (check.py's census stays as it was)."""
    changed = module_factories(module)
    return scope_factories(module) or changed
