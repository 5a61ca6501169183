"""math's functions as values: `math.sqrt` that is not called is `lambda x: math.sqrt(x)`.

`funcs = {"sin": math.sin, "sqrt": math.sqrt}`, `for f in (math.floor, math.ceil):`, `apply(math.exp, v)`:
the lambda is a function value the rest of the compiler already types, lowers and passes around
(as operator_module.py does for `operator.add`).  Only the functions of a fixed number of
parameters (`log`, `pow`, `hypot`, `gcd`... take several counts and stay refused as values).
The function argument of `map` and `filter` and a `key=` are left as they are: those forms are
compiled as calls already (map_filter.py, the key functions).  Calls of the value check their
arguments as the lambda's call does, so `f(1, 2)` of a one-parameter function is CPython's
TypeError at compile time (with the lambda's wording).

Runs in the subset check (check.py), on a module whose `math.X` are still attributes (the main
file, after linking) or names imported from math (another module, before it).
"""

from __future__ import annotations

import ast

from .imports import ModuleMemberReads, import_names, imports_module

ONE = {"sqrt", "exp", "exp2", "expm1", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan",
       "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "floor", "ceil", "trunc", "fabs", "factorial", "isqrt",
       "degrees", "radians", "isnan", "isinf", "isfinite", "gamma", "lgamma", "erf", "erfc", "cbrt", "ulp", "frexp", "modf"}
TWO = {"atan2", "copysign", "fmod", "remainder", "ldexp", "comb", "nextafter"}
PARAMS = ("_pyz_math_a", "_pyz_math_b")


class MathValues(ModuleMemberReads):
    def __init__(self, modules: set[str], members: dict[str, str]):
        super().__init__(modules, members)
        self.changed = False

    def scoped(self, node: ast.FunctionDef | ast.Lambda) -> ast.AST:
        a = node.args
        self.shadowed.append({p.arg for p in a.posonlyargs + a.args + a.kwonlyargs})
        self.generic_visit(node)
        self.shadowed.pop()
        return node

    visit_FunctionDef = scoped
    visit_Lambda = scoped

    def visit_Call(self, node: ast.Call):
        if self.member(node.func) is None:
            node.func = self.visit(node.func)
        keep = isinstance(node.func, ast.Name) and node.func.id in ("map", "filter") and node.args
        node.args = [a if keep and i == 0 else self.visit(a) for i, a in enumerate(node.args)]
        for kw in node.keywords:
            if kw.arg != "key":
                kw.value = self.visit(kw.value)
        return node

    def value(self, node: ast.expr) -> ast.expr:
        name = self.member(node)
        if name is None or name not in ONE and name not in TWO:
            return node
        params = PARAMS[:1] if name in ONE else PARAMS
        a = ast.arguments(posonlyargs=[], args=[ast.arg(arg=p) for p in params], vararg=None, kwonlyargs=[],
                          kw_defaults=[], kwarg=None, defaults=[])
        func = ast.Name(id=node.id, ctx=ast.Load()) if isinstance(node, ast.Name) else node
        body = ast.Call(func=func, args=[ast.Name(id=p, ctx=ast.Load()) for p in params], keywords=[])
        self.changed = True
        return ast.fix_missing_locations(ast.copy_location(ast.Lambda(args=a, body=body), node))

    def visit_Attribute(self, node: ast.Attribute):
        if self.member(node) is None:
            return self.generic_visit(node)
        return self.value(node)

    def visit_Name(self, node: ast.Name):
        return self.value(node)


def rewrite_math_values(module: ast.Module) -> bool:
    """False where nothing could be rewritten (check.py's census stays as it was)."""
    if not imports_module(module, "math"):
        return False
    modules, members = import_names(module, "math")
    r = MathValues(modules, members)
    module.body = [r.visit(s) if not isinstance(s, (ast.Import, ast.ImportFrom)) else s for s in module.body]
    return r.changed
