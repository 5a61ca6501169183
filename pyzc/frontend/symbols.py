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
from functools import cached_property
from typing import Any

from ..ast_walk import iter_child_nodes, walk
from ..diagnostics import CompileError, SourceFile
from .check import EXCEPTION_CLASSES, fold_function_arg
from .class_members import check_class_members
from .closures import cell_variables, first_value_read, own_nodes, position
from .mutable_defaults import HIDDEN_PREFIX, hoist_defaults
from .imports import import_names, names_of_member

MODULE_FUNC = "<module>"
LAMBDA_SEP = "@"  # a lambda is the function "<lambda>@N" (lift_lambdas)
MODULE_SEP = ":"  # an imported module's top-level names are "module:name" (frontend/modules.py)


def bare_name(name: str) -> str:
    """A function's or class's own name, without its module or enclosing names."""
    return name.rsplit(".", 1)[-1].rsplit(MODULE_SEP, 1)[-1]


SPLIT_SEP = "@v"  # a local split where it takes a value of another type: `grid@v2` (types/split_vars.py)


def is_split_name(name: str) -> bool:
    """Whether name is a local split from another (it may be deleted and read unbound, as a plain local)."""
    return SPLIT_SEP in name


def source_name(name: str) -> str:
    """A variable's name as the program wrote it: without its module prefix (`random:x`,
    `__main__:time`) or the suffix that renames a comprehension variable apart (`x@3`)."""
    return name.rpartition(MODULE_SEP)[2].split("@")[0]


# classes of pyzc/pylib/ that CPython defines in another module than the one a program imports
SHOWN_NAMES = {"csv" + MODULE_SEP + "Error": "_csv.Error",
               "json" + MODULE_SEP + "JSONDecodeError": "json.decoder.JSONDecodeError"}


def qualified_name(name: str) -> str:
    """A class's name as CPython's default repr shows it: `__main__.Point`, `shapes.Point`."""
    if name in SHOWN_NAMES:
        return SHOWN_NAMES[name]
    module, sep, own = name.rpartition(MODULE_SEP)
    return f"{module}.{own}" if sep else f"__main__.{name}"


def traceback_name(name: str) -> str:
    """An exception class's name in the last line of a traceback: `helpers.BadInput`, or `BadInput` from __main__."""
    if name in SHOWN_NAMES:
        return SHOWN_NAMES[name]
    module, sep, own = name.rpartition(MODULE_SEP)
    return f"{module}.{own}" if sep and module != "__main__" else own


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

    kind: str = "function"  # or, for methods: "method", "staticmethod", "classmethod", "property"; "builtin": a builtin as a value (types/functions.py)
    captures: list[str] = field(default_factory=list)  # a nested function: the enclosing variables it reads (its last parameters)
    enclosing: str | None = None  # a nested function or a lambda: the function whose body defines it
    owner: str | None = None  # the class a method is defined in
    vararg: str | None = None  # `*args`: a parameter holding the tuple of the extra positional arguments
    kwonly: tuple = ()  # the keyword-only parameters (after `*` or `*args`)
    kwarg: str | None = None  # `**kwargs`: a parameter holding the dict of the extra keyword arguments, last before captures
    closure: bool = False  # its values leave the frame defining it: they carry what it captures (frontend/closures.py)
    qualname: str | None = None  # a nested function's or a lambda's __qualname__ (outer.<locals>.inner)
    wraps: str | None = None  # `@functools.wraps(f)`: the variable whose __name__ this function takes (frontend/decorators.py)

    def python_qualname(self) -> str:
        if self.qualname is not None:
            return self.qualname
        return f"{bare_name(self.owner)}.{self.py_name}" if self.owner else self.py_name

    @property
    def positional(self) -> list[str]:
        """The parameters a positional argument may fill (not *args, not keyword-only, not captures)."""
        return [p for p in self.params if p not in (self.vararg, self.kwarg) and p not in self.kwonly and p not in self.captures]

    @property
    def is_module(self) -> bool:
        return self.name == MODULE_FUNC

    @property
    def py_name(self) -> str:
        """The name tracebacks show (CPython 3.11 prints a method's bare name; a lambda's is `<lambda>`)."""
        return bare_name(self.name).split(LAMBDA_SEP)[0].split("#")[0]  # <genexpr>#N: frontend/genexp_functions.py

    @cached_property
    def class_param(self) -> str | None:
        """A classmethod's `cls`, where its body never stores to it: there it names the class the call
        is on (`cls.count += 1`, `cls.helper()`), as that class's name would."""
        if self.kind != "classmethod" or not self.params:
            return None
        name = self.params[0]
        stored = any(isinstance(n, ast.Name) and n.id == name and not isinstance(n.ctx, ast.Load)
                     or isinstance(n, (ast.Global, ast.Nonlocal)) and name in n.names
                     for s in self.body for n in walk(s))
        return None if stored else name

    @property
    def takes_self(self) -> bool:
        return self.kind in ("method", "property")

    @property
    def is_generator(self) -> bool:
        """A generator function: `yield` or `yield from` in its own body (not in a nested def or lambda)."""
        if self.is_module or not isinstance(self.node, ast.FunctionDef):
            return False
        cached = self.node.__dict__.get("pyzc_is_generator")
        if cached is None:
            cached = any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in own_scope_nodes(self.node.body))
            self.node.__dict__["pyzc_is_generator"] = cached
        return cached


@dataclass
class ClassInfo:
    """A class statement: its base, methods, class attributes, and the fields its methods assign to self."""
    name: str
    node: ast.ClassDef
    base: str | None
    methods: dict[str, FuncInfo]
    attrs: dict[str, ast.expr]  # class-level constants, in order
    self_fields: set[str]  # names X of `self.X = ...` in its methods
    ancestors: tuple = ()  # base classes, nearest first
    subclasses: list[str] = field(default_factory=list)  # direct subclasses
    builtin_base: str | None = None  # an exception class deriving from a builtin one: that one
    late_attrs: set = field(default_factory=set)  # class attributes only `Cls.x = ...` outside the body gives


def attr_global(cls: str, attr: str) -> str:
    """The module variable that holds a class attribute (`Account.FEE`)."""
    return f"{cls}.{attr}"


@dataclass
class Program:
    source: SourceFile
    module: FuncInfo
    functions: dict[str, FuncInfo]
    globals: set[str]
    imports: set[str]
    classes: dict[str, ClassInfo] = field(default_factory=dict)
    lambdas: dict[int, str] = field(default_factory=dict)  # id of a Lambda node -> its function's name (lift_lambdas)
    capture_args: dict[tuple, ast.Name] = field(default_factory=dict)  # (id of a call, variable) -> its read (types/functions.py)
    namedtuples: dict = field(default_factory=dict)  # name -> NamedTupleInfo (frontend/namedtuples.py)

    def __repr__(self):  # short, as ir.ops.Module's: pytest shows a failing test's arguments by repr
        return f"Program({self.source.path}, {len(self.functions)} functions, {len(self.classes)} classes)"

    def all_functions(self) -> list[FuncInfo]:
        """Plain functions and methods."""
        out = list(self.functions.values())
        for c in self.classes.values():
            out += c.methods.values()
        return out

    def lookup_method(self, cls: str, name: str) -> FuncInfo | None:
        """The method `name` as class `cls` has it: its own or the nearest base's."""
        for c in (cls,) + self.classes[cls].ancestors:
            m = self.classes[c].methods.get(name)
            if m is not None:
                return m
        return None

    def lookup_attr(self, cls: str, name: str) -> str | None:
        """The class (cls or a base) whose class attribute `name` is."""
        for c in (cls,) + self.classes[cls].ancestors:
            if name in self.classes[c].attrs or name in self.classes[c].late_attrs:
                return c
        return None

    def exception_base(self, cls: str) -> str | None:
        """The builtin exception class that user class cls derives from, if it is an exception."""
        root = (cls,) + self.classes[cls].ancestors
        return self.classes[root[-1]].builtin_base

    def subtree(self, cls: str) -> list[str]:
        """cls and every class derived from it, in pre-order (the order of class ids)."""
        out = [cls]
        for sub in self.classes[cls].subclasses:
            out += self.subtree(sub)
        return out


def assigned_names(stmts: list[ast.stmt]) -> set[str]:
    """Names bound by assignment in these statements (not in nested comprehensions)."""
    names: set[str] = set()

    def target(t):
        if isinstance(t, ast.Name):
            names.add(t.id)
        elif isinstance(t, (ast.Tuple, ast.List)):
            for e in t.elts:
                target(e)
        elif isinstance(t, ast.Starred):  # first, *rest = xs
            target(t.value)

    # (a walk of its own, not an ast.NodeVisitor: the front end asks this of every function body, several
    # times, and the visitor's dispatch cost more than the nodes)
    todo: list[ast.AST] = list(stmts)
    while todo:
        node: Any = todo.pop()
        kind = type(node)
        if kind is ast.Assign:
            for t in node.targets:
                target(t)
        elif kind in _BINDS_TARGET:  # (x := value): x is the function's (comprehensions refuse it: check.py)
            target(node.target)
        elif kind is ast.ExceptHandler:
            if node.name:
                names.add(node.name)
        elif kind is ast.FunctionDef:
            names.add(node.name)
            continue
        elif kind in _COMPREHENSIONS:  # own scope: only the iterables are evaluated here
            todo.extend(gen.iter for gen in node.generators)
            continue
        elif kind is ast.Lambda:  # own scope
            continue
        todo.extend(iter_child_nodes(node))
    return names


_BINDS_TARGET = (ast.AugAssign, ast.AnnAssign, ast.NamedExpr, ast.For)
_COMPREHENSIONS = (ast.ListComp, ast.GeneratorExp, ast.SetComp, ast.DictComp)


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
            for n in walk(gen.target):
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

    def visit_Lambda(self, node: ast.Lambda):
        """A lambda's parameters are its own, like a comprehension's variables."""
        scope: dict[str, str] = {}
        for a in node.args.args:
            self.counter += 1
            scope[a.arg] = f"{a.arg}@{self.counter}"
            a.arg = scope[a.arg]
        self.scopes.append(scope)
        node.body = self.visit(node.body)
        self.scopes.pop()
        return node


def prepare_scopes(module: ast.Module):
    """One walk over the module that gives later stages plain, unique local names:
    - key=len, key=f, key=obj.m become key=lambda item: len(item), so that one lowering serves all;
    - comprehension and lambda variables live in their own scope: renamed apart (`x@3`);
    - `except E as e` binds e for the handler only (Python deletes it after): each handler's
      name is its own variable (`e@h2`), so two handlers may bind e to different classes."""
    outermost: list[ast.AST] = []
    handlers: list[ast.ExceptHandler] = []
    inside: set[int] = set()
    groupby_names = names_of_member(import_names(module, "itertools")[1], "groupby")
    for node in walk(module):  # breadth first: an outer scope is met before the ones inside it
        if isinstance(node, ast.Call):
            for kw in node.keywords:
                if kw.arg == "key" and is_name_path(kw.value):  # key=len, key=f, key=self.score
                    kw.value = key_lambda(kw.value)  # kw's children are not queued yet: the walk meets the lambda
            fold_as_lambda(node)
            if len(node.args) == 2 and is_groupby(node.func, groupby_names) and is_name_path(node.args[1]):
                # groupby(xs, f): its key, as key=f.  The walk has queued the name already, so it will
                # not meet the lambda: it is a scope of its own here, unless one around the call holds it
                lam = node.args[1] = key_lambda(node.args[1])
                if id(node) not in inside:
                    outermost.append(lam)
                    inside.update(id(n) for n in walk(lam))
        elif isinstance(node, (ast.ListComp, ast.GeneratorExp, ast.SetComp, ast.DictComp, ast.Lambda)):
            if id(node) not in inside:
                outermost.append(node)
                inside.update(id(n) for n in walk(node))
        elif isinstance(node, ast.ExceptHandler) and node.name:
            handlers.append(node)
    renamer = ComprehensionRenamer()
    for node in outermost:
        renamer.visit(node)
    for n, h in enumerate(reversed(handlers)):  # inner handlers first: their uses are renamed before the outer's
        new = f"{h.name}@h{n}"
        for stmt in h.body:
            for node in walk(stmt):
                if isinstance(node, ast.Name) and node.id == h.name:
                    node.id = new
        h.name = new


def fold_as_lambda(call: ast.Call):
    """reduce(f, ...), accumulate(xs, f) with f a function name: f becomes lambda a, b: f(a, b)."""
    f = fold_function_arg(call)
    if not isinstance(f, ast.Name):
        return
    # the walk may not reach this lambda to rename its parameters apart: name them apart here
    # (named by where the call is, not by id(): the C must not change from one run to the next)
    at = f"{call.lineno}_{call.col_offset}"
    acc, item = f"acc@f{at}", f"item@f{at}"
    params = [ast.arg(arg=acc), ast.arg(arg=item)]
    inner = ast.Call(func=f, args=[ast.Name(id=acc, ctx=ast.Load()), ast.Name(id=item, ctx=ast.Load())], keywords=[])
    lam = ast.Lambda(args=ast.arguments(posonlyargs=[], args=params, kwonlyargs=[], kw_defaults=[], defaults=[]), body=inner)
    for n in params + [inner, inner.args[0], inner.args[1], lam]:
        ast.copy_location(n, f)
    if call.args and call.args[0] is f:
        call.args[0] = lam
    elif len(call.args) > 1 and call.args[1] is f:
        call.args[1] = lam
    else:
        for kw in call.keywords:
            if kw.value is f:
                kw.value = lam


def is_name_path(node) -> bool:
    """A name, or an attribute of one (a.b.c): reading it again has no effect."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name)


def is_groupby(f: ast.expr, names: set[str]) -> bool:
    """itertools.groupby, or a name `from itertools import groupby` bound."""
    if isinstance(f, ast.Attribute):
        return f.attr == "groupby" and isinstance(f.value, ast.Name) and f.value.id == "itertools"
    return isinstance(f, ast.Name) and f.id in names


def key_lambda(f: ast.expr) -> ast.Lambda:
    param = ast.arg(arg="item")
    call = ast.Call(func=f, args=[ast.Name(id="item", ctx=ast.Load())], keywords=[])
    lam = ast.Lambda(args=ast.arguments(posonlyargs=[], args=[param], kwonlyargs=[], kw_defaults=[], defaults=[]),
                     body=call)
    for n in (param, call, call.args[0], lam):
        ast.copy_location(n, f)
    return lam


def resolve(source: SourceFile, module: ast.Module, closures: frozenset = frozenset()) -> Program:
    """closures: the positions of the defs and lambdas whose values leave their frame (frontend/closures.py)."""
    prepare_scopes(module)
    functions: dict[str, FuncInfo] = {}
    classes: dict[str, ClassInfo] = {}
    module_body: list[ast.stmt] = []
    imports: set[str] = set()
    problems: list[CompileError] = []  # those the walks below can go on after; the rest end resolution
    for stmt in module.body:
        if isinstance(stmt, (ast.FunctionDef, ast.ClassDef)) and (stmt.name in functions or stmt.name in classes):
            problems.append(source.error(stmt, f"'{stmt.name}' is defined twice (redefinition is not supported yet)"))
        elif isinstance(stmt, ast.FunctionDef):
            functions[stmt.name] = make_function(stmt)
        elif isinstance(stmt, ast.ClassDef):
            try:
                classes[stmt.name] = make_class(source, stmt, classes)
            except CompileError as e:
                raise CompileError.of(problems + [e])
            module_body.append(stmt)  # runs the class-level assignments where the class statement stands
        else:
            if isinstance(stmt, ast.Import):
                imports.update(a.name for a in stmt.names)
            module_body.append(stmt)
    # Functions defined inside if/while at module level are not reached above.
    for stmt in module_body:
        if isinstance(stmt, ast.ClassDef):
            continue
        for n in walk(stmt):
            if isinstance(n, ast.FunctionDef):
                problems.append(source.error(n, "function definitions inside statements are not supported yet"))
            if isinstance(n, ast.ClassDef):
                problems.append(source.error(n, "class definitions inside statements are not supported yet"))
    globals_ = assigned_names([s for s in module_body if not isinstance(s, ast.ClassDef)])
    for c in classes.values():
        if c.base is not None:
            classes[c.base].subclasses.append(c.name)
            c.ancestors = (c.base,) + classes[c.base].ancestors
    add_late_class_attrs(module, classes)
    problems += check_class_members(source, classes)
    for c in classes.values():
        globals_ |= {attr_global(c.name, a) for a in c.attrs} | {attr_global(c.name, a) for a in c.late_attrs}

    for name in globals_ & (set(functions) | set(classes)):
        for stmt in module_body:
            for n in walk(stmt):
                if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store):
                    what = "function" if name in functions else "class"
                    problems.append(source.error(n, f"'{name}' is a {what}; assigning to it is not supported"))
    if problems:
        raise CompileError.of(problems)
    mod = FuncInfo(MODULE_FUNC, module, [], {}, {}, None, module_body)
    for f in list(functions.values()) + [m for c in classes.values() for m in c.methods.values()]:
        for stmt in f.body:
            for n in walk(stmt):
                if isinstance(n, ast.Global):
                    f.declared_global.update(n.names)
        lift_nested(source, f, functions, closures)
    for f in list(functions.values()) + [m for c in classes.values() for m in c.methods.values()]:
        if "." in f.name and f.owner is None:  # a lifted nested function: lift_nested set its locals
            globals_ |= f.declared_global
            continue
        f.locals = (assigned_names(f.body) | set(f.params)) - f.declared_global
        for name in f.declared_global:
            if name in f.params:
                raise source.error(f.node, f"name '{name}' is parameter and global")
        globals_ |= {g for g in f.declared_global}
    # a closure lambda of the module body reads its comprehension variables (`[lambda: i for i in
    # range(3)]`; the module's other variables are globals, read where it runs): through cells, as
    # a function's closures read its variables (lift_nested)
    mod_lambdas = [n for n in own_scope_nodes(mod.body) if isinstance(n, ast.Lambda) and position(n) in closures]
    if mod_lambdas:
        make_cells(source, mod, [], closure_cells(mod, [], mod_lambdas, set(), closures))
    program = Program(source, mod, functions, globals_, imports, classes)
    lift_lambdas(program, closures)
    return program


own_scope_nodes = own_nodes  # the nodes of a function body that run in its own frame (frontend/closures.py)


def scope_nodes(stmts):
    """The nodes of these statements that run in their scope: not those of the methods in a class body."""
    stack = list(reversed(stmts))
    while stack:
        node = stack.pop()
        yield node
        children = iter_child_nodes(node)  # (a list of its own)
        if isinstance(node, ast.ClassDef):
            children = [c for c in children if not isinstance(c, ast.FunctionDef)]
        children.reverse()
        stack.extend(children)


def lift_lambdas(program: Program, closures: frozenset = frozenset()):
    """Each lambda is also a function of its own, `<lambda>@N`, for where it is used as a value
    (`f = lambda x: x + 1`, `[lambda: 1]`, an argument): types/functions.py gives such a lambda the
    type FuncT.  Where it is applied in place (the key= of sorted(), reduce()'s function) its body
    is inlined instead, and the function is never instantiated.  `captures` lists the variables of
    the enclosing function the body reads: like a nested function's, they are extra parameters,
    passed where the lambda is called (types/functions.py)."""
    for f in [program.module] + program.all_functions():
        enclosing = f.locals if not f.is_module else set()
        for node in scope_nodes(f.body):
            if not isinstance(node, ast.Lambda):
                continue
            name = f"<lambda>{LAMBDA_SEP}{len(program.lambdas) + 1}"
            ret = ast.copy_location(ast.Return(value=node.body), node.body)
            fdef = ast.copy_location(ast.FunctionDef(name="<lambda>", args=node.args, body=[ret], decorator_list=[],
                                                     returns=None, type_comment=None), node)
            info = make_function(fdef)
            info.name = name
            own = set(info.params) | {n.id for n in walk(node.body) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)}
            own |= {a.arg for n in walk(node.body) if isinstance(n, ast.Lambda) for a in n.args.args}
            info.captures = sorted(n for n in loaded_names([node.body]) - own if "@" in n or n in enclosing)
            info.params += info.captures  # read where it is called, as a nested function's (types/functions.py)
            info.locals = set(info.params) | own
            info.enclosing = f.name
            info.qualname = f"{f.python_qualname()}.<locals>.<lambda>" if not f.is_module else "<lambda>"
            info.closure = info.captures != [] and position(node) in closures
            program.functions[name] = info
            program.lambdas[id(node)] = name


def loaded_names(nodes) -> set[str]:
    out = set()
    for n in nodes:
        for x in walk(n):
            if isinstance(x, ast.Name) and isinstance(x.ctx, ast.Load):
                out.add(x.id)
    return out


def lift_nested(source: SourceFile, outer: FuncInfo, functions: dict[str, FuncInfo], closures: frozenset = frozenset()):
    """Nested functions become top-level functions named `outer.inner` whose extra keyword
    parameters are the enclosing variables they read (their values are passed at each call, which
    is when Python reads them too).  Calls to them are rewritten to pass those variables.  A
    default that is not a constant is evaluated where the def runs, into a hidden variable of
    outer (frontend/mutable_defaults.py), which the nested function reads like the others."""
    nested: list[ast.FunctionDef] = []

    def collect(stmts, into):
        keep = []
        for stmt in stmts:
            if isinstance(stmt, ast.FunctionDef):
                into.append(stmt)
                keep.extend(hoist_defaults(stmt, ""))  # evaluated where the def runs, into a local of outer
                continue
            for field_name in ("body", "orelse", "finalbody"):
                if isinstance(getattr(stmt, field_name, None), list):
                    setattr(stmt, field_name, collect(getattr(stmt, field_name), into))
            if isinstance(stmt, ast.Try):
                for h in stmt.handlers:
                    h.body = collect(h.body, into)
            keep.append(stmt)
        return keep

    outer.body = collect(outer.body, nested)
    if isinstance(outer.node, ast.FunctionDef):
        outer.node.body = outer.body
    lambdas = [n for n in own_scope_nodes(outer.body) if isinstance(n, ast.Lambda) and position(n) in closures] \
        if closures else []
    if not nested and not lambdas:
        return
    renamed = {f.name: f"{outer.name}.{f.name}" for f in nested}
    for f in nested:
        if f.decorator_list:
            raise source.error(f.decorator_list[0], "decorators on nested functions are not supported yet")
    outer_vars = (assigned_names(outer.body) | set(outer.params)) - outer.declared_global
    make_cells(source, outer, nested, closure_cells(outer, nested, lambdas, outer_vars, closures))
    outer_vars = (assigned_names(outer.body) | set(outer.params)) - outer.declared_global
    infos = {}
    for f in nested:
        info = make_function(f)
        info.name = renamed[f.name]
        info.owner = None
        info.enclosing = outer.name
        own = assigned_names(f.body) | set(info.params)
        wrapped = f.__dict__.get("pyzc_wraps")  # frontend/decorators.py
        info.captures = sorted((loaded_names(f.body + f.args.defaults + ([wrapped] if wrapped else [])) & outer_vars)
                               - own - set(renamed))
        info.closure = position(f) in closures
        info.qualname = f"{outer.python_qualname()}.<locals>.{info.py_name}"
        if isinstance(wrapped, ast.Name) and wrapped.id in info.captures:
            info.wraps = wrapped.id
        infos[f.name] = info
    changed = True
    while changed:  # a nested function that calls a sibling passes the sibling's variables on
        changed = False
        for f in nested:
            info = infos[f.name]
            for callee in loaded_names(f.body) & set(renamed):
                extra = set(infos[callee].captures) - set(info.captures) - set(info.params)
                if extra:
                    info.captures = sorted(set(info.captures) | extra)
                    changed = True

    def rewrite(stmts):
        for stmt in stmts:
            for n in walk(stmt):
                if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in renamed:
                    for v in infos[n.func.id].captures:
                        value = ast.copy_location(ast.Name(id=v, ctx=ast.Load()), n)
                        n.keywords.append(ast.copy_location(ast.keyword(arg=v, value=value), n))
                if isinstance(n, ast.Name) and n.id in renamed:
                    n.id = renamed[n.id]

    rewrite(outer.body)
    for f in nested:
        info = infos[f.name]
        rewrite(info.body)
        info.params = info.params + info.captures
        if info.name in functions:
            raise source.error(f, f"'{f.name}' is defined twice in '{outer.py_name}' (redefinition is not supported yet)")
        functions[info.name] = info
        info.declared_global = {g for stmt in info.body for n in walk(stmt) if isinstance(n, ast.Global) for g in n.names}
        info.locals = (assigned_names(info.body) | set(info.params)) - info.declared_global
        lift_nested(source, info, functions, closures)
        # the defaults of info's own nested defs, hoisted into its body just now, are its variables too
        info.locals |= {n for n in assigned_names(info.body) if n.startswith(HIDDEN_PREFIX)}


def closure_cells(outer: FuncInfo, nested: list[ast.FunctionDef], lambdas: list[ast.Lambda], outer_vars: set[str],
                  closures: frozenset) -> set[str]:
    """The variables of outer that its closures (nested defs and lambdas in closures) must read through
    cells (frontend/closures.py)."""
    reads: dict[tuple, set[str]] = {}
    first: dict[tuple, int] = {}
    for f in nested:
        # a generator keeps what it reads from its creation (a call) to its end, as a closure does from
        # its creation: a variable assigned meanwhile is read through a cell (CPython reads it as it runs)
        generator = any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in own_scope_nodes(f.body))
        if position(f) in closures or generator:
            own = assigned_names(f.body) | {a.arg for a in f.args.args + f.args.kwonlyargs}
            reads[position(f)] = (loaded_names(f.body + f.args.defaults) & outer_vars) - own
            first[position(f)] = first_value_read(outer.body, f.name, None, calls=generator,
                                                  siblings={g.name for g in nested})
    for lam in lambdas:
        own = {a.arg for a in lam.args.args + lam.args.kwonlyargs}
        reads[position(lam)] = (loaded_names([lam.body]) - own) & (outer_vars | {n for n in loaded_names([lam.body]) if "@" in n})
        first[position(lam)] = first_value_read(outer.body, None, lam)
    return cell_variables(outer.body, outer.params, reads, first)


def make_cells(source: SourceFile, outer: FuncInfo, nested: list[ast.FunctionDef], closure_vars: frozenset[str] | set[str] = frozenset()):
    """`nonlocal x`: x lives in a one-item list (`x@cell`) that the enclosing function creates and the
    nested functions receive like any variable they read, so a write in one is seen by all.  So do
    the variables closure_vars that closures read and cannot hold by value (frontend/closures.py)."""
    cells: set[str] = set(closure_vars)
    outer_assigned = assigned_names(outer.body) | set(outer.params)
    for f in nested:
        for stmt in f.body:
            for n in walk(stmt):
                if isinstance(n, ast.Nonlocal):
                    for name in n.names:
                        if name not in outer_assigned:
                            raise source.error(n, f"no binding for nonlocal '{name}' found")
                    cells.update(n.names)
    if not cells:
        return

    class ToCell(ast.NodeTransformer):
        def __init__(self, names):
            self.names = names

        def cell(self, name, ctx, at):
            return ast.copy_location(ast.Subscript(value=ast.copy_location(ast.Name(id=f"{name}@cell", ctx=ast.Load()), at),
                                                   slice=ast.copy_location(ast.Constant(0), at), ctx=ctx), at)

        def store(self, name, value, at, stmt):
            """`name = value` for a cell: its item replaced, or appended when the cell is still empty."""
            cell = ast.copy_location(ast.Name(id=f"{name}@cell", ctx=ast.Load()), at)
            put = ast.copy_location(ast.Assign(targets=[self.cell(name, ast.Store(), at)], value=value), stmt)
            append = ast.copy_location(ast.Expr(ast.copy_location(ast.Call(
                func=ast.copy_location(ast.Attribute(value=cell, attr="append", ctx=ast.Load()), at),
                args=[value], keywords=[]), stmt)), stmt)
            return ast.copy_location(ast.If(test=cell, body=[put], orelse=[append]), stmt)

        def bind(self, target, stmt):
            """A binding target with its cell names replaced by temporaries, and the stores into the
            cells that follow it (`for i in xs:` is `for i@bind in xs: i = i@bind`)."""
            stores = []
            for n in walk(target):
                if isinstance(n, ast.Name) and n.id in self.names and not isinstance(n.ctx, ast.Load):
                    temp = f"{n.id}@bind"
                    stores.append(self.store(n.id, ast.copy_location(ast.Name(id=temp, ctx=ast.Load()), n), n, stmt))
                    n.id = temp
            return self.visit(target), stores

        def visit_Nonlocal(self, node):
            return ast.copy_location(ast.Pass(), node)

        def visit_Lambda(self, node):
            own = {a.arg for a in node.args.args + node.args.kwonlyargs}
            inner = ToCell(self.names - own)
            node.body = inner.visit(node.body)
            node.args.defaults = [self.visit(d) for d in node.args.defaults]
            return node

        def visit_Name(self, node):
            if node.id not in self.names:
                return node
            if not isinstance(node.ctx, ast.Load):
                raise source.error(node, f"'{node.id.split('@')[0]}' is shared with a nested function; binding it here (in a comprehension, "
                                         "or by del) is not supported yet")
            return self.cell(node.id, ast.Load(), node)

        def visit_Assign(self, node):
            node.value = self.visit(node.value)
            if len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and node.targets[0].id in self.names:
                return self.store(node.targets[0].id, node.value, node.targets[0], node)
            if any(isinstance(n, ast.Name) and n.id in self.names for t in node.targets for n in walk(t)):
                stores = []
                for i, t in enumerate(node.targets):
                    node.targets[i], more = self.bind(t, node)
                    stores += more
                return [node] + stores
            node.targets = [self.visit(t) for t in node.targets]
            return node

        def visit_AnnAssign(self, node):
            if isinstance(node.target, ast.Name) and node.target.id in self.names and node.value is not None:
                return self.store(node.target.id, self.visit(node.value), node.target, node)
            return self.generic_visit(node)

        def visit_For(self, node):
            node.iter = self.visit(node.iter)
            node.target, stores = self.bind(node.target, node)
            node.body = stores + [x for s in node.body for x in self.flat(self.visit(s))]
            node.orelse = [x for s in node.orelse for x in self.flat(self.visit(s))]
            return node

        def visit_With(self, node):
            stores = []
            for item in node.items:
                item.context_expr = self.visit(item.context_expr)
                if item.optional_vars is not None:
                    item.optional_vars, more = self.bind(item.optional_vars, node)
                    stores += more
            node.body = stores + [x for s in node.body for x in self.flat(self.visit(s))]
            return node

        def visit_ExceptHandler(self, node):
            if node.name in self.names:
                raise source.error(node, f"'{node.name.split('@')[0]}' is shared with a nested function; binding it by `except ... as` is "
                                         "not supported yet")
            return self.generic_visit(node)

        @staticmethod
        def flat(x):
            return x if isinstance(x, list) else [x]

        def visit_AugAssign(self, node):
            node.value = self.visit(node.value)
            if isinstance(node.target, ast.Name) and node.target.id in self.names:
                node.target = self.cell(node.target.id, ast.Store(), node.target)
            else:
                node.target = self.visit(node.target)
            return node

    outer.body = [x for s in outer.body for x in ToCell.flat(ToCell(cells).visit(s))]
    start = []
    for name in sorted(cells):
        init: list[ast.expr] = [ast.Name(id=name, ctx=ast.Load())] if name in outer.params else []
        stmt = ast.Assign(targets=[ast.Name(id=f"{name}@cell", ctx=ast.Store())], value=ast.List(elts=init, ctx=ast.Load()))
        for n in walk(stmt):
            ast.copy_location(n, outer.node if hasattr(outer.node, "lineno") else nested[0])
        start.append(stmt)
    outer.body = start + outer.body
    if isinstance(outer.node, ast.FunctionDef):
        outer.node.body = outer.body
    for f in nested:
        own = assigned_names(f.body) | {a.arg for a in f.args.args}
        declared = {name for stmt in f.body for n in walk(stmt) if isinstance(n, ast.Nonlocal) for name in n.names}
        names = (cells - own) | declared
        f.body = [x for s in f.body for x in ToCell.flat(ToCell(names).visit(s))]


DECORATOR_KINDS = {"staticmethod": "staticmethod", "classmethod": "classmethod", "property": "property"}
SETTER_SEP = "#set"  # a property's setter is the method "x#set" of its class (make_class)


def is_setter(stmt: ast.FunctionDef, methods: dict) -> bool:
    """`@x.setter def x(...)` after the getter `@property def x(...)` of the same class body."""
    if len(stmt.decorator_list) != 1:
        return False
    d = stmt.decorator_list[0]
    return (isinstance(d, ast.Attribute) and d.attr == "setter" and isinstance(d.value, ast.Name)
            and d.value.id == stmt.name and stmt.name in methods and methods[stmt.name].kind == "property")


def make_class(source: SourceFile, node: ast.ClassDef, known: dict[str, "ClassInfo"]) -> ClassInfo:
    if node.keywords:
        raise source.error(node.keywords[0], "class keywords (metaclass=...) are not supported yet")
    if node.decorator_list:
        raise source.error(node.decorator_list[0], "class decorators are not supported yet")
    if len(node.bases) > 1:
        raise source.error(node.bases[1], "multiple inheritance is not supported yet")
    base = None
    builtin_base = None
    if node.bases:
        b = node.bases[0]
        if not isinstance(b, ast.Name):
            raise source.error(b, "a base class must be a class defined earlier in this file")
        if b.id in known:
            base = b.id
        elif b.id in EXCEPTION_CLASSES:
            builtin_base = b.id
        elif b.id != "object":
            raise source.error(b, f"deriving from '{b.id}' is not supported yet (a base class must be a class defined earlier in this file)")
    methods: dict[str, FuncInfo] = {}
    attrs: dict[str, ast.expr] = {}
    for stmt in node.body:
        if isinstance(stmt, ast.FunctionDef) and is_setter(stmt, methods):
            # `@x.setter def x(self, v)`: the method `x#set`, which `obj.x = v` calls (types/objects.py store_attr)
            f = make_function(stmt)
            f.name = f"{node.name}.{stmt.name}{SETTER_SEP}"
            f.owner = node.name
            if len(f.params) != 2:
                raise source.error(stmt, "a property setter takes self and the value")
            methods[stmt.name + SETTER_SEP] = f
            continue
        if isinstance(stmt, ast.FunctionDef):
            kind = "method"
            for d in stmt.decorator_list:
                if not (isinstance(d, ast.Name) and d.id in DECORATOR_KINDS) or len(stmt.decorator_list) > 1:
                    raise source.error(d, "decorators other than @staticmethod, @classmethod, @property and @x.setter are not supported yet")
                kind = DECORATOR_KINDS[d.id]
            if stmt.name in methods or stmt.name in attrs:
                raise source.error(stmt, f"'{node.name}.{stmt.name}' is defined twice (redefinition is not supported yet)")
            f = make_function(stmt)
            f.name = f"{node.name}.{stmt.name}"
            f.kind = kind
            f.owner = node.name
            if kind != "staticmethod" and not f.params:
                raise source.error(stmt, f"method '{stmt.name}' needs a first parameter ({'cls' if kind == 'classmethod' else 'self'})")
            if kind == "property" and len(f.params) != 1:
                raise source.error(stmt, "a @property getter takes only self")
            methods[stmt.name] = f
        elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            name = stmt.targets[0].id
            if name in methods or name in attrs:
                raise source.error(stmt, f"'{node.name}.{name}' is defined twice (redefinition is not supported yet)")
            if isinstance(stmt.value, ast.Name) and stmt.value.id in methods:
                methods[name] = methods[stmt.value.id]  # `__rmul__ = __mul__`: one function, two names
                continue
            attrs[name] = class_scope(node.name, stmt.value, attrs)
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value is not None:
            attrs[stmt.target.id] = class_scope(node.name, stmt.value, attrs)
        elif isinstance(stmt, ast.Pass) or (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)
                                            and (isinstance(stmt.value.value, str) or stmt.value.value is Ellipsis)):
            continue
        else:
            raise source.error(stmt, "a class body may hold methods and 'NAME = value' class attributes only (for now)")
    fields: set[str] = set()
    for m in methods.values():
        if not m.takes_self:
            continue
        me = m.params[0]
        for n in walk(m.node):
            if isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Store) and isinstance(n.value, ast.Name) \
                    and n.value.id == me:
                fields.add(n.attr)
    fields -= {name for name in methods if name + SETTER_SEP in methods}  # `self.x = v` calls x's setter
    if node.name in EXCEPTION_CLASSES:
        raise source.error(node, f"redefining the builtin exception class '{node.name}' is not supported")
    return ClassInfo(node.name, node, base, methods, attrs, fields, builtin_base=builtin_base)


def add_late_class_attrs(module: ast.Module, classes: dict):
    """`Cls.x = value` anywhere in the program, where Cls (a class) and its bases have no attribute,
    method or field x: a class attribute that exists once that store runs (read before, CPython's
    AttributeError: passes/check_unbound.py)."""
    for n in walk(module):
        targets = n.targets if isinstance(n, ast.Assign) else [n.target] if isinstance(n, (ast.AugAssign, ast.AnnAssign)) else []
        for t in targets:
            if not (isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id in classes):
                continue
            c = classes[t.value.id]
            chain = [c] + [classes[a] for a in c.ancestors]
            if not any(t.attr in k.attrs or t.attr in k.late_attrs or t.attr in k.methods for k in chain):
                c.late_attrs.add(t.attr)


def class_scope(cls: str, value: ast.expr, attrs: dict) -> ast.expr:
    """A class attribute's value as the class body reads it: a name of an earlier class attribute
    (`q = m // a` after `m = ...` and `a = ...`) is that attribute, `cls.m`.  Lambdas and
    comprehensions do not see the class body's names, as in CPython, but for a comprehension's first
    iterable, which the class body evaluates (`doubled = [x * 2 for x in levels]`)."""
    class Rewrite(ast.NodeTransformer):
        def visit_Name(self, n: ast.Name):
            if isinstance(n.ctx, ast.Load) and n.id in attrs:
                return ast.copy_location(ast.Attribute(value=ast.copy_location(ast.Name(id=cls, ctx=ast.Load()), n),
                                                       attr=n.id, ctx=ast.Load()), n)
            return n

        def visit_Lambda(self, n):
            return n

        def visit_comprehension_node(self, n):
            n.generators[0].iter = self.visit(n.generators[0].iter)
            return n

        visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = visit_comprehension_node

    return Rewrite().visit(value)


def make_function(node: ast.FunctionDef) -> FuncInfo:
    """A def's FuncInfo: its parameters are the positional ones, then `*args` (the tuple of the extra
    positional arguments), then the keyword-only ones, then `**kwargs` (the dict of the extra keyword
    arguments)."""
    args = node.args
    params = [a.arg for a in args.posonlyargs + args.args]
    defaults = dict(zip(params[len(params) - len(args.defaults):], args.defaults))
    vararg = args.vararg.arg if args.vararg is not None else None
    kwonly = tuple(a.arg for a in args.kwonlyargs)
    defaults.update({a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None})
    every = args.posonlyargs + args.args + ([args.vararg] if args.vararg is not None else []) + args.kwonlyargs
    annotations = {a.arg: a.annotation for a in every if a.annotation is not None}
    kwarg = args.kwarg.arg if args.kwarg is not None else None
    if args.kwarg is not None and args.kwarg.annotation is not None:
        annotations[args.kwarg.arg] = args.kwarg.annotation
    params += ([vararg] if vararg else []) + list(kwonly) + ([kwarg] if kwarg else [])
    return FuncInfo(node.name, node, params, defaults, annotations, node.returns, node.body, vararg=vararg, kwonly=kwonly,
                    kwarg=kwarg)
