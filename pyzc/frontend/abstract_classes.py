"""abc.ABC and @abstractmethod: ordinary classes, and CPython's TypeError where an abstract one is made.

`class Shape(ABC)` (or `metaclass=ABCMeta`) loses that base, and `@abstractmethod` leaves its
method.  What ABCMeta adds is one check: a class whose abstract methods are not all overridden
(its own `@abstractmethod`s, and those of its bases that it and the classes between do not
define) cannot be instantiated: `Shape()` raises `TypeError: Can't instantiate abstract class
Shape with abstract methods area, name` (sorted; "method" for one), after the arguments are
evaluated and before any `__init__` runs.  So each such class gets that test first in its
`__init__` (`if type(self) is Shape: raise TypeError(...)`), made for it when it has none (taking
what the nearest `__init__` above it takes, and passing it on with `super().__init__`), so that a
subclass that inherits the `__init__` passes the test.

The body of an abstract method runs only through `super().m()` or `Shape.m(obj)` (no object of an
abstract class exists).  Where the program has neither that reaches it (a `super().speak()` in a
subclass of a class that overrides `speak` reaches the override), a body that does nothing
(`pass`, `...`, a docstring) becomes `raise NotImplementedError`, so that it does not give the
overrides' calls a `None` result to join with theirs.

Refused: `ABC.register`, `abc.abstractproperty` and the rest of abc.  Runs in the subset check
(check.py), like the other rewrites of standard library decorators.
"""

from __future__ import annotations

import ast
import copy

from ..ast_walk import walk
from ..diagnostics import SourceFile
from .imports import import_names, imports_module


def abc_names(module: ast.Module) -> tuple[set[str], dict[str, str]]:
    """The names the module gives the abc module, and those it gives its members."""
    return import_names(module, "abc")

MARK = "pyzc_abstract_methods"  # on a rewritten ABC: its abstract methods (a program importing its module sees them)


class AbstractClasses:
    def __init__(self, source: SourceFile, module: ast.Module):
        self.source = source
        self.module = module
        self.modules, self.members = abc_names(module)
        self.classes = {s.name: s for s in module.body if isinstance(s, ast.ClassDef)}
        self.is_abc: dict[str, bool] = {}
        self.abstract: dict[str, set[str]] = {}  # class -> its abstract methods (as __abstractmethods__)
        self.spliced: set[str] = set()

    def member(self, node: ast.expr) -> str | None:
        """Which member of abc node names, if any."""
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in self.modules:
            return node.attr
        if isinstance(node, ast.Name) and node.id in self.members:
            return self.members[node.id]
        return None

    def rewrite(self) -> None:
        called = self.reached_methods()
        for cls in self.classes.values():
            self.rewrite_class(cls, called)
        for cls in self.classes.values():
            missing = self.abstract.get(cls.name, set())
            if self.is_abc.get(cls.name) and missing and cls.name not in self.spliced:
                self.add_check(cls, sorted(missing))

    def definer(self, start: str | None, method: str) -> str | None:
        """The class of the module that `start`'s lookup of `method` finds (start itself or a base), if it can tell."""
        seen: set[str] = set()
        while start is not None and start in self.classes and start not in seen:
            seen.add(start)
            cls = self.classes[start]
            if any(isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)) and s.name == method for s in cls.body):
                return start
            start = cls.bases[0].id if cls.bases and isinstance(cls.bases[0], ast.Name) else None
        return None

    def reached_methods(self) -> set[tuple[str, str]]:
        """(class, method) pairs whose own body a `super().m()` or `C.m(obj)` may run; ("*", m) where the
        class it reaches cannot be told."""
        reached: set[tuple[str, str]] = set()

        def add(start: str | None, method: str) -> None:
            found = self.definer(start, method)
            reached.add((found, method) if found is not None else ("*", method))

        for cls in self.classes.values():
            base = cls.bases[0].id if cls.bases and isinstance(cls.bases[0], ast.Name) else None
            for n in ast.walk(cls):
                if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and is_super(n.func.value):
                    add(base, n.func.attr)
        for n in ast.walk(self.module):
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute):
                if isinstance(n.func.value, ast.Name) and n.func.value.id in self.classes:
                    add(n.func.value.id, n.func.attr)
                elif is_super(n.func.value) and not any(n in ast.walk(c) for c in self.classes.values()):
                    reached.add(("*", n.func.attr))
        return reached

    def rewrite_class(self, cls: ast.ClassDef, called: set[tuple[str, str]]) -> None:
        done = getattr(cls, MARK, None)
        if done is not None:  # of a module spliced in, rewritten when it was checked
            self.is_abc[cls.name], self.abstract[cls.name] = True, set(done)
            self.spliced.add(cls.name)  # its check is in its __init__ already
            return
        abc_base = any(self.member(b) == "ABC" for b in cls.bases)
        meta = any(k.arg == "metaclass" and self.member(k.value) == "ABCMeta" for k in cls.keywords)
        cls.bases = [b for b in cls.bases if self.member(b) != "ABC"]
        cls.keywords = [k for k in cls.keywords if not (k.arg == "metaclass" and self.member(k.value) == "ABCMeta")]
        base = cls.bases[0].id if cls.bases and isinstance(cls.bases[0], ast.Name) else None
        self.is_abc[cls.name] = abc_base or meta or bool(base and self.is_abc.get(base))
        own: set[str] = set()
        defined: set[str] = set()
        for stmt in cls.body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                defined.add(stmt.name)
                kept = [d for d in stmt.decorator_list if self.member(d) != "abstractmethod"]
                if len(kept) != len(stmt.decorator_list):
                    own.add(stmt.name)
                    stmt.decorator_list = kept
                    if (cls.name, stmt.name) not in called and ("*", stmt.name) not in called and does_nothing(stmt.body):
                        stmt.body = [ast.copy_location(ast.Raise(exc=ast.Name(id="NotImplementedError", ctx=ast.Load()),
                                                                 cause=None), stmt.body[0])]
            elif isinstance(stmt, ast.Assign):
                defined |= {t.id for t in stmt.targets if isinstance(t, ast.Name)}
            elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                defined.add(stmt.target.id)
        inherited = self.abstract.get(base, set()) if base else set()
        self.abstract[cls.name] = own | {m for m in inherited if m not in defined}
        if self.is_abc[cls.name]:
            setattr(cls, MARK, frozenset(self.abstract[cls.name]))

    def nearest_init(self, cls: ast.ClassDef) -> ast.FunctionDef | None:
        seen: set[str] = set()
        c: ast.ClassDef | None = cls
        while c is not None and c.name not in seen:
            seen.add(c.name)
            for stmt in c.body:
                if isinstance(stmt, ast.FunctionDef) and stmt.name == "__init__":
                    return stmt
            base = c.bases[0].id if c.bases and isinstance(c.bases[0], ast.Name) else None
            c = self.classes.get(base) if base else None
        return None

    def add_check(self, cls: ast.ClassDef, missing: list[str]) -> None:
        message = (f"Can't instantiate abstract class {cls.name} with abstract method{'s' if len(missing) > 1 else ''} "
                   + ", ".join(missing))
        init = next((s for s in cls.body if isinstance(s, ast.FunctionDef) and s.name == "__init__"), None)
        if init is None:
            above = self.nearest_init(cls)
            if above is None:
                init = parse_def("def __init__(self):\n    pass")
            else:
                init = forwarding_init(above)
            init.body = [ast.copy_location(s, cls) for s in init.body]
            cls.body.append(init)
        args = init.args.posonlyargs + init.args.args
        me = args[0].arg if args else "self"
        test = parse_stmt(f"if type({me}) is {cls.name}:\n    raise TypeError({message!r})")
        for n in walk(test):
            if "lineno" in n._attributes:
                ast.copy_location(n, cls)
        init.body.insert(0, test)
        ast.fix_missing_locations(init)
        for n in walk(init):
            if "lineno" in n._attributes and getattr(n, "lineno", None) is None:
                ast.copy_location(n, cls)


def is_super(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "super"


def does_nothing(body: list[ast.stmt]) -> bool:
    return all(isinstance(s, ast.Pass) or isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant)
               and (s.value.value is Ellipsis or isinstance(s.value.value, str)) for s in body)


def parse_def(text: str) -> ast.FunctionDef:
    fn = ast.parse(text).body[0]
    assert isinstance(fn, ast.FunctionDef)
    return fn


def parse_stmt(text: str) -> ast.stmt:
    return ast.parse(text).body[0]


def forwarding_init(above: ast.FunctionDef) -> ast.FunctionDef:
    """`def __init__(<above's parameters>): super().__init__(<each of them>)`."""
    a = copy.deepcopy(above.args)
    given = a.posonlyargs + a.args
    pos: list[ast.expr] = [ast.Name(id=p.arg, ctx=ast.Load()) for p in given[1:]]
    if a.vararg:
        pos.append(ast.Starred(value=ast.Name(id=a.vararg.arg, ctx=ast.Load()), ctx=ast.Load()))
    kws = [ast.keyword(arg=p.arg, value=ast.Name(id=p.arg, ctx=ast.Load())) for p in a.kwonlyargs]
    if a.kwarg:
        kws.append(ast.keyword(arg=None, value=ast.Name(id=a.kwarg.arg, ctx=ast.Load())))
    call = ast.Call(func=ast.Attribute(value=ast.Call(func=ast.Name(id="super", ctx=ast.Load()), args=[], keywords=[]),
                                       attr="__init__", ctx=ast.Load()), args=pos, keywords=kws)
    fn = parse_def("def __init__(self):\n    pass")
    fn.args = a
    fn.body = [ast.Expr(value=call)]
    return fn


def rewrite_abstract_classes(source: SourceFile, module: ast.Module) -> bool:
    """False where nothing could be rewritten (check.py's census stays as it was)."""
    if not imports_module(module, "abc") and not any(isinstance(s, ast.ClassDef) and hasattr(s, MARK) for s in module.body):
        return False
    AbstractClasses(source, module).rewrite()
    return True
