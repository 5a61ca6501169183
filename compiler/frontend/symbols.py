"""Name resolution: which names are functions, globals, locals.

Python's rule, applied statically: a name assigned anywhere in a function
(and not declared `global` there) is local to the whole function; every
other name refers to the module.  Comprehension variables live in their own
scope, so they are renamed apart here (`x` becomes `x@3`), and later stages
see plain, unique local names.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from ..diagnostics import SourceFile

MODULE_FUNC = "<module>"


@dataclass
class FuncInfo:
    name: str
    node: ast.AST  # ast.FunctionDef, or ast.Module for the module body
    params: list[str]
    defaults: dict[str, ast.expr]
    annotations: dict[str, ast.expr]
    returns: ast.expr | None
    body: list[ast.stmt]
    locals: set[str] = field(default_factory=set)
    declared_global: set[str] = field(default_factory=set)

    @property
    def is_module(self) -> bool:
        return self.name == MODULE_FUNC


@dataclass
class Program:
    source: SourceFile
    module: FuncInfo
    functions: dict[str, FuncInfo]
    globals: set[str]
    imports: set[str]


def assigned_names(stmts: list[ast.stmt]) -> set[str]:
    """Names bound by assignment in these statements (not in nested comprehensions)."""
    names: set[str] = set()

    def target(t):
        if isinstance(t, ast.Name):
            names.add(t.id)
        elif isinstance(t, (ast.Tuple, ast.List)):
            for e in t.elts:
                target(e)

    class V(ast.NodeVisitor):
        def visit_Assign(self, node):
            for t in node.targets:
                target(t)
            self.generic_visit(node)

        def visit_AugAssign(self, node):
            target(node.target)
            self.generic_visit(node)

        def visit_AnnAssign(self, node):
            target(node.target)
            self.generic_visit(node)

        def visit_For(self, node):
            target(node.target)
            self.generic_visit(node)

        def visit_ExceptHandler(self, node):
            if node.name:
                names.add(node.name)
            self.generic_visit(node)

        def visit_FunctionDef(self, node):
            names.add(node.name)

        def visit_ListComp(self, node):  # own scope
            for gen in node.generators:
                self.visit(gen.iter)

        visit_GeneratorExp = visit_SetComp = visit_DictComp = visit_ListComp

    v = V()
    for s in stmts:
        v.visit(s)
    return names


class ComprehensionRenamer(ast.NodeTransformer):
    """Gives comprehension variables unique names (`x` -> `x@N`)."""

    def __init__(self):
        self.scopes: list[dict[str, str]] = []
        self.counter = 0

    def visit_Name(self, node: ast.Name):
        for scope in reversed(self.scopes):
            if node.id in scope:
                node.id = scope[node.id]
                break
        return node

    def _comp(self, node):
        # The first iterable is evaluated in the enclosing scope.
        scope: dict[str, str] = {}
        for i, gen in enumerate(node.generators):
            gen.iter = self.visit(gen.iter)
            if i == 0:
                self.scopes.append(scope)
            for n in ast.walk(gen.target):
                if isinstance(n, ast.Name):
                    self.counter += 1
                    scope.setdefault(n.id, f"{n.id}@{self.counter}")
            gen.target = self.visit(gen.target)
            gen.ifs = [self.visit(c) for c in gen.ifs]
        if isinstance(node, ast.DictComp):
            node.key = self.visit(node.key)
            node.value = self.visit(node.value)
        else:
            node.elt = self.visit(node.elt)
        self.scopes.pop()
        return node

    visit_ListComp = _comp
    visit_GeneratorExp = _comp
    visit_SetComp = _comp
    visit_DictComp = _comp


def rename_comprehensions(module: ast.Module):
    renamer = ComprehensionRenamer()
    outermost, inside = [], set()
    for node in ast.walk(module):  # breadth first: an outer comprehension is met before its inner ones
        if isinstance(node, (ast.ListComp, ast.GeneratorExp, ast.SetComp, ast.DictComp)) and id(node) not in inside:
            outermost.append(node)
            inside.update(id(n) for n in ast.walk(node))
    for node in outermost:
        renamer.visit(node)


def resolve(source: SourceFile, module: ast.Module) -> Program:
    rename_comprehensions(module)
    functions: dict[str, FuncInfo] = {}
    module_body: list[ast.stmt] = []
    imports: set[str] = set()
    for stmt in module.body:
        if isinstance(stmt, ast.FunctionDef):
            if stmt.name in functions:
                raise source.error(stmt, f"function '{stmt.name}' is defined twice (redefinition is not supported yet)")
            functions[stmt.name] = make_function(stmt)
        else:
            if isinstance(stmt, ast.Import):
                imports.update(a.name for a in stmt.names)
            module_body.append(stmt)
    # Functions defined inside if/while at module level are not reached above.
    for stmt in module_body:
        for n in ast.walk(stmt):
            if isinstance(n, ast.FunctionDef):
                raise source.error(n, "function definitions inside statements are not supported yet")
    globals_ = assigned_names(module_body)
    for name in globals_ & set(functions):
        for stmt in module_body:
            for n in ast.walk(stmt):
                if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store):
                    raise source.error(n, f"'{name}' is a function; assigning to it is not supported")
    mod = FuncInfo(MODULE_FUNC, module, [], {}, {}, None, module_body)
    for f in functions.values():
        for stmt in f.body:
            for n in ast.walk(stmt):
                if isinstance(n, ast.Global):
                    f.declared_global.update(n.names)
        f.locals = (assigned_names(f.body) | set(f.params)) - f.declared_global
        for name in f.declared_global:
            if name in f.params:
                raise source.error(f.node, f"name '{name}' is parameter and global")
        globals_ |= {g for g in f.declared_global}
    return Program(source, mod, functions, globals_, imports)


def make_function(node: ast.FunctionDef) -> FuncInfo:
    args = node.args
    params = [a.arg for a in args.posonlyargs + args.args]
    defaults = dict(zip(params[len(params) - len(args.defaults):], args.defaults))
    annotations = {a.arg: a.annotation for a in args.posonlyargs + args.args if a.annotation is not None}
    return FuncInfo(node.name, node, params, defaults, annotations, node.returns, node.body)
