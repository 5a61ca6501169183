"""Classes as values, and class decorators that return the class they are given.

A class of the module used as a value (`kinds = {"a": A, "b": B}`, `make(factory=A)`, a registry's
`REGISTRY[name] = cls`) is a function value: its constructor, a function of the program written
after the class,

    def A#new(*args):
        return A(*args)

whose `__name__` and `__qualname__` are the class's (`#` ends a function's own name, as in
`<genexpr>#N`).  Calling the value makes an object, `is`/`==` compare as functions do, and a value
that may be one of several classes calls the one it is (types/functions.py).  Inference gives a
class name read as a value the type of that function (types/infer.py `lookup`).  Refused with the
value, as with any function value: its class attributes, `isinstance(x, value)`, printing it.

`@register class A: ...` where register is a function of the module whose one parameter is what
every `return` returns (it records the class, say, then returns it unchanged, the common shape of
registries) is the class definition followed by `register(A)`: what CPython runs, since the name A
is bound to what register returns, the class itself.  Other class decorators (one that returns
something else, or one made by a call, `@register("name")`) are refused by name.

Runs in the subset check (check.py), after the rewrites of `@dataclass` and `@total_ordering`.
"""

from __future__ import annotations

import ast

from ..ast_walk import iter_child_nodes, walk
from ..diagnostics import CompileError, SourceFile

CONSTRUCTOR_SEP = "#new"


def constructor_name(cls: str) -> str:
    return cls + CONSTRUCTOR_SEP


def returns_its_parameter(f: ast.FunctionDef) -> bool:
    """f has one parameter, never assigned, and every return in its own body returns it."""
    a = f.args
    if len(a.args) != 1 or a.posonlyargs or a.vararg or a.kwonlyargs or a.kwarg or a.defaults or f.decorator_list:
        return False
    p = a.args[0].arg
    returns: list[ast.Return] = []
    stack: list[ast.AST] = list(f.body)
    while stack:
        n = stack.pop()
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue  # a nested scope's returns and names are its own
        if isinstance(n, ast.Return):
            returns.append(n)
        if isinstance(n, ast.Name) and n.id == p and not isinstance(n.ctx, ast.Load):
            return False
        stack.extend(iter_child_nodes(n))
    last = f.body[-1]
    return bool(returns) and isinstance(last, ast.Return) and all(
        isinstance(r.value, ast.Name) and r.value.id == p for r in returns)


def used_as_value(module: ast.Module, names: set[str]) -> set[str]:
    """The class names read somewhere other than as a call's function, an attribute's object, a base,
    an isinstance() or issubclass() class, an except clause's class or a raise."""
    skip: set[int] = set()
    for n in walk(module):
        if isinstance(n, ast.Call):
            skip.add(id(n.func))
            if isinstance(n.func, ast.Name) and n.func.id in ("isinstance", "issubclass") and len(n.args) == 2:
                spec = n.args[1]
                skip.update(id(e) for e in (spec.elts if isinstance(spec, ast.Tuple) else [spec]))
                if n.func.id == "issubclass":  # issubclass(C, B): C is a class named, not a value
                    skip.add(id(n.args[0]))
        elif isinstance(n, ast.Attribute):
            skip.add(id(n.value))
        elif isinstance(n, ast.ClassDef):
            skip.update(id(b) for b in n.bases)
        elif isinstance(n, ast.ExceptHandler) and n.type is not None:
            skip.update(id(e) for e in (n.type.elts if isinstance(n.type, ast.Tuple) else [n.type]))
        elif isinstance(n, ast.Raise):
            skip.update(id(e) for e in (n.exc, n.cause) if e is not None)
        elif isinstance(n, (ast.arg, ast.AnnAssign, ast.FunctionDef)):
            for ann in (getattr(n, "annotation", None), getattr(n, "returns", None)):
                if ann is not None:
                    skip.update(id(x) for x in walk(ann))
        elif isinstance(n, ast.Compare):  # type(x) is A, type(a) == B
            skip.update(id(c) for c in [n.left] + n.comparators)
    return {n.id for n in walk(module) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
            and n.id in names and id(n) not in skip}


def rewrite_class_values(source: SourceFile, module: ast.Module) -> bool:
    """Whether it changed the module (check.py's census is taken again if so)."""
    functions = {s.name: s for s in module.body if isinstance(s, ast.FunctionDef)}
    errors: list[CompileError] = []
    body: list[ast.stmt] = []
    decorated = False
    for s in module.body:
        body.append(s)
        if not (isinstance(s, ast.ClassDef) and s.decorator_list):
            continue
        calls = []
        for d in reversed(s.decorator_list):  # the nearest decorator first, as CPython applies them
            f = functions.get(d.id) if isinstance(d, ast.Name) else None
            if f is None or not returns_its_parameter(f):
                errors.append(source.error(d, "class decorators other than a function of this module that returns the class"
                                              " it is given (and @dataclass, @total_ordering) are not supported yet"))
                continue
            call = ast.Call(func=ast.Name(id=f.name, ctx=ast.Load()), args=[ast.Name(id=s.name, ctx=ast.Load())], keywords=[])
            calls.append(ast.fix_missing_locations(ast.copy_location(ast.Expr(value=ast.copy_location(call, d)), d)))
        s.decorator_list = []
        body.extend(calls)
        decorated = True
    if errors:
        raise CompileError.of(errors)
    module.body[:] = body
    classes = {s.name for s in module.body if isinstance(s, ast.ClassDef)  # (not an enum: frontend/enum_classes.py)
               and not any(isinstance(x, ast.FunctionDef) and x.name == "_pyz_of" for x in s.body)}
    wanted = used_as_value(module, classes) - set(functions)
    if not wanted:
        return decorated
    defs = {s.name: s for s in module.body if isinstance(s, ast.ClassDef)}

    def has_init(c: ast.ClassDef) -> bool:  # (or a base class of the module has one)
        seen = set()
        while c.name not in seen:
            seen.add(c.name)
            if any(isinstance(x, ast.FunctionDef) and x.name == "__init__" for x in c.body):
                return True
            base = c.bases[0] if c.bases else None
            if not isinstance(base, ast.Name) or base.id not in defs:
                return base is not None  # a class of another module, or a builtin exception class: takes arguments
            c = defs[base.id]
        return False

    out: list[ast.stmt] = []
    for s in module.body:
        out.append(s)
        if isinstance(s, ast.ClassDef) and s.name in wanted:
            params = "*args" if has_init(s) else ""
            # parsed with a stand-in name: a class of a linked module is named `module:Class` (frontend/modules.py)
            made = ast.parse(f"def made({params}):\n    return CLASS({params})").body[0]
            assert isinstance(made, ast.FunctionDef)
            made.name = constructor_name(s.name)
            for n in walk(made):
                if isinstance(n, ast.Name) and n.id == "CLASS":
                    n.id = s.name
            for n in walk(made):
                if "lineno" in n._attributes:
                    ast.copy_location(n, s)
            out.append(made)
    module.body[:] = out
    return True
