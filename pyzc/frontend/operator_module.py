"""The operator module: each function written as the expression it stands for.

`operator.add(a, b)` is `a + b`, and `operator.add` as a value (`reduce(operator.add, xs)`,
`map(operator.mul, xs, ys)`, `key=operator.neg`) is `lambda a, b: a + b`, which the rest
of the compiler already types, lowers and passes around.  `itemgetter`, `attrgetter` and
`methodcaller` with constant arguments become the lambda they return:
`itemgetter(1, 0)` is `lambda obj: (obj[1], obj[0])`, `attrgetter("a.b")` is
`lambda obj: obj.a.b`, `methodcaller("m", 2)` is `lambda obj: obj.m(2)`.  Only constants,
so that evaluating them later (in the lambda) is evaluating them when CPython does.

Refused by name: the other functions (concat, index, the in-place iadd..., setitem,
delitem, countOf, indexOf, length_hint, call, matmul), a call with the wrong number of
arguments (CPython's TypeError, at compile time), and getters given something other than
constants.  Runs in the subset check (check.py), on a module whose `operator.X` are still
attributes (the main file, after linking) or imported names (another module, before it).
"""

from __future__ import annotations

import ast

from ..diagnostics import CompileError, SourceFile
from .imports import ModuleMemberReads, import_names, imports_module

BINARY = {"add": ast.Add, "sub": ast.Sub, "mul": ast.Mult, "truediv": ast.Div, "floordiv": ast.FloorDiv,
          "mod": ast.Mod, "pow": ast.Pow, "lshift": ast.LShift, "rshift": ast.RShift, "and_": ast.BitAnd,
          "or_": ast.BitOr, "xor": ast.BitXor}
COMPARE = {"eq": ast.Eq, "ne": ast.NotEq, "lt": ast.Lt, "le": ast.LtE, "gt": ast.Gt, "ge": ast.GtE,
           "is_": ast.Is, "is_not": ast.IsNot}
UNARY = {"neg": ast.USub, "pos": ast.UAdd, "invert": ast.Invert, "inv": ast.Invert, "not_": ast.Not}
OTHER = {"truth": 1, "abs": 1, "getitem": 2, "contains": 2}
GETTERS = ("itemgetter", "attrgetter", "methodcaller")


def arity(name: str) -> int:
    if name in BINARY or name in COMPARE:
        return 2
    if name in UNARY:
        return 1
    return OTHER[name]


def expression(name: str, args: list[ast.expr]) -> ast.expr:
    """What operator.name(*args) computes, as an expression over args."""
    if name in BINARY:
        return ast.BinOp(left=args[0], op=BINARY[name](), right=args[1])
    if name in COMPARE:
        return ast.Compare(left=args[0], ops=[COMPARE[name]()], comparators=[args[1]])
    if name in UNARY:
        return ast.UnaryOp(op=UNARY[name](), operand=args[0])
    if name == "truth":
        return ast.Call(func=ast.Name(id="bool", ctx=ast.Load()), args=args, keywords=[])
    if name == "abs":
        return ast.Call(func=ast.Name(id="abs", ctx=ast.Load()), args=args, keywords=[])
    if name == "getitem":
        return ast.Subscript(value=args[0], slice=args[1], ctx=ast.Load())
    assert name == "contains"  # contains(a, b) is `b in a`
    return ast.Compare(left=args[1], ops=[ast.In()], comparators=[args[0]])


def lambda_of(params: list[str], body: ast.expr) -> ast.Lambda:
    a = ast.arguments(posonlyargs=[], args=[ast.arg(arg=p) for p in params], vararg=None, kwonlyargs=[],
                      kw_defaults=[], kwarg=None, defaults=[])
    return ast.Lambda(args=a, body=body)


def names_of(module: ast.Module) -> tuple[set[str], dict[str, str]]:
    modules, members = import_names(module, "operator")
    return modules | {"operator"}, members


class OperatorRewriter(ModuleMemberReads):
    def __init__(self, source: SourceFile, modules: set[str], members: dict[str, str]):
        self.source = source
        super().__init__(modules, members)
        self.errors: list[CompileError] = []

    def known(self, name: str, node: ast.expr) -> bool:
        if name in BINARY or name in COMPARE or name in UNARY or name in OTHER or name in GETTERS:
            return True
        self.errors.append(self.source.error(node, f"operator.{name} is not supported yet"))
        return False

    def visit_FunctionDef(self, node: ast.FunctionDef):
        a = node.args
        self.shadowed.append({p.arg for p in a.posonlyargs + a.args + a.kwonlyargs})
        self.generic_visit(node)
        self.shadowed.pop()
        return node

    def visit_Lambda(self, node: ast.Lambda):
        a = node.args
        self.shadowed.append({p.arg for p in a.posonlyargs + a.args + a.kwonlyargs})
        self.generic_visit(node)
        self.shadowed.pop()
        return node

    def visit_Call(self, node: ast.Call):
        name = self.member(node.func)
        if name is None or not self.known(name, node.func):
            return self.generic_visit(node)
        if name in GETTERS:
            return ast.copy_location(self.getter(name, node), node)
        node.args = [self.visit(x) for x in node.args]
        if node.keywords:
            self.errors.append(self.source.error(node, f"{name}() takes no keyword arguments"))
            return node
        if any(isinstance(x, ast.Starred) for x in node.args):
            self.errors.append(self.source.error(node, "starred arguments are not supported yet"))
            return node
        n = arity(name)
        if len(node.args) != n:
            self.errors.append(self.source.error(node, f"{name} expected {n} argument{'s' if n > 1 else ''}, "
                                                       f"got {len(node.args)}"))
            return node
        out = expression(name, node.args)
        return ast.fix_missing_locations(ast.copy_location(out, node))

    def visit_Attribute(self, node: ast.Attribute):
        name = self.member(node)
        if name is None:
            return self.generic_visit(node)
        return self.as_value(name, node)

    def visit_Name(self, node: ast.Name):
        name = self.member(node)
        if name is None:
            return node
        return self.as_value(name, node)

    def as_value(self, name: str, node: ast.expr):
        if not self.known(name, node):
            return node
        if name in GETTERS:
            self.errors.append(self.source.error(node, f"operator.{name} is supported only when called with constants"))
            return node
        params = ["_pyz_op_a", "_pyz_op_b"][:arity(name)]
        body = expression(name, [ast.Name(id=p, ctx=ast.Load()) for p in params])
        return ast.fix_missing_locations(ast.copy_location(lambda_of(params, body), node))

    def getter(self, name: str, node: ast.Call) -> ast.expr:
        if node.keywords and name != "methodcaller":
            self.errors.append(self.source.error(node, f"{name}() takes no keyword arguments"))
        if not node.args:
            self.errors.append(self.source.error(node, f"{name} expected 1 argument, got 0" if name != "itemgetter"
                                                 else "itemgetter expected 1 argument, got 0"))
            return node
        consts = node.args + [kw.value for kw in node.keywords]
        if not all(isinstance(c, ast.Constant) or isinstance(c, ast.UnaryOp) and isinstance(c.operand, ast.Constant)
                   for c in consts):
            self.errors.append(self.source.error(node, f"operator.{name}() with arguments that are not constants "
                                                       "is not supported yet"))
            return node
        obj = "_pyz_op_obj"

        def load() -> ast.expr:
            return ast.Name(id=obj, ctx=ast.Load())

        if name == "itemgetter":
            items: list[ast.expr] = [ast.Subscript(value=load(), slice=k, ctx=ast.Load()) for k in node.args]
            body: ast.expr = items[0] if len(items) == 1 else ast.Tuple(elts=items, ctx=ast.Load())
        elif name == "attrgetter":
            paths = []
            for k in node.args:
                if not (isinstance(k, ast.Constant) and isinstance(k.value, str)):
                    self.errors.append(self.source.error(k, "attribute name must be a string"))
                    return node
                value: ast.expr = load()
                for part in k.value.split("."):
                    value = ast.Attribute(value=value, attr=part, ctx=ast.Load())
                paths.append(value)
            body = paths[0] if len(paths) == 1 else ast.Tuple(elts=paths, ctx=ast.Load())
        else:
            method = node.args[0]
            if not (isinstance(method, ast.Constant) and isinstance(method.value, str)):
                self.errors.append(self.source.error(method, "method name must be a string"))
                return node
            body = ast.Call(func=ast.Attribute(value=load(), attr=method.value, ctx=ast.Load()), args=node.args[1:],
                            keywords=node.keywords)
        return ast.fix_missing_locations(ast.copy_location(lambda_of([obj], body), node))


def rewrite_operator(source: SourceFile, module: ast.Module) -> bool:
    """False where nothing could be rewritten (check.py's census stays as it was)."""
    modules, members = names_of(module)
    if not imports_module(module, "operator"):
        return False
    r = OperatorRewriter(source, modules, members)
    module.body = [r.visit(s) if not isinstance(s, (ast.Import, ast.ImportFrom)) else s for s in module.body]
    if r.errors:
        raise CompileError.of(r.errors)
    return True
