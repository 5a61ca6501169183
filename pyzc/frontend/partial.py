"""functools.partial: the closure it stands for, made by a function written for each call.

`functools.partial(f, a, k=v)` evaluates f, a and v once, where the call is, and gives a value
that, called with more arguments, calls f with a first and k=v among the keywords (a keyword of
the call replacing v).  The keywords go through a dict, so their values have one type.  That is what a closure over those values does, so each call of partial is
rewritten into a call of a module-level factory that returns one:

    def partial#1(_f, _a0, _k0):                  # functools.partial(f, a, k=v)
        def partial(*args, **kwargs):
            kw = {"k": _k0}                       # a keyword of the call replaces k
            for key in kwargs:
                kw[key] = kwargs[key]
            return _f(_a0, *args, **kw)
        return partial

The rest of the compiler already types, lowers and passes around such closures (closures.py,
types/functions.py).  Differences from CPython: the value is a function, so printing it and the
attributes `.func`, `.args` and `.keywords` are refused; a traceback through it shows the frame
`partial`.  Refused by name: `*xs` or `**d` given to partial, partial with no function, and partial of a builtin
(`partial(print, end="")`: a builtin as a value takes one argument).
Runs in the subset check (check.py), on a module whose `functools.partial` is still an attribute
or an imported name.
"""

from __future__ import annotations

import ast
import builtins

from ..ast_walk import walk
from ..diagnostics import CompileError, SourceFile
from .imports import import_names, names_of_member


BUILTINS = frozenset(n for n in dir(builtins) if not n.startswith("_"))


def partial_names(module: ast.Module) -> tuple[set[str], set[str]]:
    """The names the module gives the functools module, and those it gives functools.partial."""
    modules, members = import_names(module, "functools")
    return modules | {"functools"}, names_of_member(members, "partial")


def factory(name: str, nargs: int, keywords: list[str]) -> ast.FunctionDef:
    """The module-level function that makes the closure of one partial call."""
    a = [f"_a{i}" for i in range(nargs)]
    k = [f"_k{i}" for i in range(len(keywords))]
    params = ["_f"] + a + k
    lines = [f"def factory({', '.join(params)}):",
             "    def partial(*args, **kwargs):"]
    positional = "".join(p + ", " for p in a) + "*args"
    if keywords:
        lines += ["        kw = {" + ", ".join(f"{kw!r}: {p}" for kw, p in zip(keywords, k)) + "}",
                  "        for key in kwargs:",
                  "            kw[key] = kwargs[key]",
                  f"        return _f({positional}, **kw)"]
    else:
        lines.append(f"        return _f({positional}, **kwargs)")
    lines.append("    return partial")
    tree = ast.parse("\n".join(lines))
    fn = tree.body[0]
    assert isinstance(fn, ast.FunctionDef)
    fn.name = name  # not a name the program can spell
    return fn


class PartialRewriter(ast.NodeTransformer):
    def __init__(self, source: SourceFile, modules: set[str], members: set[str]):
        self.source = source
        self.modules = modules
        self.members = members
        self.errors: list[CompileError] = []
        self.factories: list[ast.FunctionDef] = []
        self.defined: set[str] = set()  # names the module binds: a builtin's name among them is not the builtin

    def is_partial(self, node: ast.expr) -> bool:
        if isinstance(node, ast.Attribute) and node.attr == "partial" and isinstance(node.value, ast.Name):
            return node.value.id in self.modules
        return isinstance(node, ast.Name) and node.id in self.members

    def visit_Call(self, node: ast.Call):
        self.generic_visit(node)
        if not self.is_partial(node.func):
            return node
        if not node.args:
            self.errors.append(self.source.error(node, "partial() takes at least one argument (the function)"
                                                 if not node.keywords else "partial() with no function is not supported"))
            return node
        if any(isinstance(a, ast.Starred) for a in node.args) or any(kw.arg is None for kw in node.keywords):
            self.errors.append(self.source.error(node, "functools.partial() with *args or **kwargs is not supported yet"))
            return node
        name = f"partial#{len(self.factories) + 1}"
        keywords = [kw.arg for kw in node.keywords if kw.arg is not None]
        f = node.args[0]
        if isinstance(f, ast.Name) and f.id in BUILTINS and f.id not in self.defined:
            self.errors.append(self.source.error(f, f"functools.partial() of the builtin {f.id}() is not supported yet"
                                                 " (wrap it in a lambda or a def)"))
            return node
        fn = factory(name, len(node.args) - 1, keywords)
        self.factories.append(ast.fix_missing_locations(ast.copy_location(fn, node)))
        for n in walk(fn):
            if hasattr(n, "lineno"):
                ast.copy_location(n, node)
        call = ast.Call(func=ast.Name(id=name, ctx=ast.Load()), args=node.args + [kw.value for kw in node.keywords],
                        keywords=[])
        return ast.copy_location(call, node)


def rewrite_partial(source: SourceFile, module: ast.Module) -> None:
    modules, members = partial_names(module)
    if not any(isinstance(n, (ast.Attribute, ast.Name)) and (
            isinstance(n, ast.Attribute) and n.attr == "partial" or isinstance(n, ast.Name) and n.id in members)
            for n in walk(module)):
        return
    rewriter = PartialRewriter(source, modules, members)
    rewriter.defined = {n.id for n in walk(module) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)} | {
        n.name for n in walk(module) if isinstance(n, (ast.FunctionDef, ast.ClassDef))} | {
        a.arg for n in walk(module) if isinstance(n, ast.arguments) for a in n.args + n.kwonlyargs + n.posonlyargs}
    rewriter.visit(module)
    if rewriter.errors:
        raise CompileError.of(rewriter.errors)
    at = next((i for i, s in enumerate(module.body) if not isinstance(s, (ast.Import, ast.ImportFrom))
               and not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))), len(module.body))
    module.body[at:at] = rewriter.factories  # after the docstring and `from __future__` imports
