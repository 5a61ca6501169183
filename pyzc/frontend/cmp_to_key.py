"""functools.cmp_to_key: the key class it returns, written out as a class of the program.

`cmp_to_key(compare)` returns a class whose objects wrap a value and compare by calling
`compare(a, b)` against 0 (functools' pure-Python `K`).  Each call of it becomes such a class,
defined at the top of the module, and the call becomes `lambda obj: <the class>(obj)`, which
`key=` of `sorted`, `list.sort`, `min` and `max` already take:

    class _pyz_cmp_key_1:                         # cmp_to_key(compare)
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return compare(self.obj, other.obj) < 0
        ... __gt__, __eq__, __le__, __ge__ likewise

The class calls compare by its name, so compare must be a module-level function (or a lambda
that reads nothing but its parameters and module-level names, which becomes one).  Refused: a
compare function of any other kind (a parameter, a local variable), and the key objects'
attribute `obj`.  Runs in the subset check (check.py), like the other rewrites of functools.
"""

from __future__ import annotations

import ast
import builtins

from ..ast_walk import walk
from ..diagnostics import CompileError, SourceFile
from .imports import import_names, names_of_member

BUILTINS = frozenset(dir(builtins))
OPS = {"__lt__": "<", "__gt__": ">", "__eq__": "==", "__le__": "<=", "__ge__": ">="}


def cmp_names(module: ast.Module) -> tuple[set[str], set[str]]:
    modules, members = import_names(module, "functools")
    return modules | {"functools"}, names_of_member(members, "cmp_to_key")


def key_class(name: str, compare: str) -> ast.ClassDef:
    lines = [f"class {name}:", "    def __init__(self, obj):", "        self.obj = obj"]
    for dunder, op in OPS.items():
        lines += [f"    def {dunder}(self, other):", f"        return {compare}(self.obj, other.obj) {op} 0"]
    cls = ast.parse("\n".join(lines)).body[0]
    assert isinstance(cls, ast.ClassDef)
    return cls


class CmpToKey(ast.NodeTransformer):
    def __init__(self, source: SourceFile, module: ast.Module, modules: set[str], members: set[str]):
        self.source = source
        self.modules = modules
        self.members = members
        self.top = {s.name for s in module.body if isinstance(s, (ast.FunctionDef, ast.ClassDef))} | {
            t.id for s in module.body if isinstance(s, ast.Assign) for t in s.targets if isinstance(t, ast.Name)}
        self.functions = {s.name for s in module.body if isinstance(s, ast.FunctionDef)}
        self.errors: list[CompileError] = []
        self.added: list[ast.stmt] = []
        self.scopes: list[set[str]] = []  # the names each enclosing function binds

    def is_cmp_to_key(self, node: ast.expr) -> bool:
        if isinstance(node, ast.Attribute) and node.attr == "cmp_to_key" and isinstance(node.value, ast.Name):
            return node.value.id in self.modules
        return isinstance(node, ast.Name) and node.id in self.members

    def visit_FunctionDef(self, node: ast.FunctionDef):
        a = node.args
        bound = {p.arg for p in a.posonlyargs + a.args + a.kwonlyargs} | {
            n.id for n in walk(node) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)}
        self.scopes.append(bound)
        self.generic_visit(node)
        self.scopes.pop()
        return node

    def compare_name(self, f: ast.expr) -> str | None:
        """The module-level name compare is called by in the key class (a lambda made one)."""
        if isinstance(f, ast.Name) and f.id in self.functions and not any(f.id in s for s in self.scopes):
            return f.id
        if isinstance(f, ast.Lambda):
            a = f.args
            params = {p.arg for p in a.posonlyargs + a.args + a.kwonlyargs}
            free = {n.id for n in walk(f.body) if isinstance(n, ast.Name)} - params
            if a.vararg or a.kwarg or a.kwonlyargs or a.defaults or any(
                    n in s for n in free for s in self.scopes) or not free <= (self.top | BUILTINS):
                return None
            name = f"_pyz_cmp_{len(self.added) + 1}"
            fn = ast.FunctionDef(name=name, args=f.args, body=[ast.Return(value=f.body)], decorator_list=[],
                                 returns=None, type_comment=None)
            self.added.append(ast.fix_missing_locations(ast.copy_location(fn, f)))
            return name
        return None

    def visit_Call(self, node: ast.Call):
        self.generic_visit(node)
        if not self.is_cmp_to_key(node.func):
            return node
        if len(node.args) != 1 or node.keywords:
            self.errors.append(self.source.error(node, "cmp_to_key() takes exactly one argument (the comparison function)"))
            return node
        compare = self.compare_name(node.args[0])
        if compare is None:
            self.errors.append(self.source.error(node.args[0], "functools.cmp_to_key() of a function that is not a"
                                                 " module-level function or a lambda of module-level names is not supported yet"))
            return node
        name = f"_pyz_cmp_key_{len(self.added) + 1}"
        cls = key_class(name, compare)
        for n in walk(cls):
            if "lineno" in n._attributes:
                ast.copy_location(n, node)
        self.added.append(cls)
        made = ast.parse(f"lambda obj: {name}(obj)", mode="eval").body
        for n in walk(made):
            if "lineno" in n._attributes:
                ast.copy_location(n, node)
        return made


def rewrite_cmp_to_key(source: SourceFile, module: ast.Module) -> None:
    modules, members = cmp_names(module)
    if not any(isinstance(n, ast.Attribute) and n.attr == "cmp_to_key" or isinstance(n, ast.Name) and n.id in members
               for n in walk(module)):
        return
    rewriter = CmpToKey(source, module, modules, members)
    rewriter.visit(module)
    if rewriter.errors:
        raise CompileError.of(rewriter.errors)
    at = next((i for i, s in enumerate(module.body) if not isinstance(s, (ast.Import, ast.ImportFrom))
               and not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))), len(module.body))
    module.body[at:at] = rewriter.added
