"""@dataclasses.dataclass: the methods it generates, written into the class.

`@dataclass` (or `@dataclass(...)`) on a module-level class reads the annotated names of its body
as fields, in order, after those of a dataclass it derives from, and adds what CPython's
dataclasses module adds, unless the class defines it itself:

- `__init__(self, <fields>)`, defaults as in the class body (a field without one may not follow
  one with one: CPython's TypeError, at compile time), `field(default_factory=f)` made by f() for
  each object, `field(init=False)` set from its default or factory, then `__post_init__()`;
- `__repr__`: `Point(x=1, y=2)` (`type(self).__name__`, each field's repr; `field(repr=False)` left out);
- `__eq__`: objects of the same class with equal fields (as tuples; `field(compare=False)` left out);
- with `order=True`, `__lt__`, `__le__`, `__gt__`, `__ge__` comparing the tuples of fields;
- with `frozen=True`, `__hash__` of the fields' tuple, and an assignment to a field outside
  `__init__` raising `dataclasses.FrozenInstanceError: cannot assign to field 'x'`: the class is
  marked (`pyzc_frozen`), the stores of the generated `__init__` too (`pyzc_init_store`), and
  lowering raises for any other store to a field of an object of the class.

An annotated name with `ClassVar` is a class attribute.  Differences from CPython: a
`default_factory` field's parameter defaults to None (given None, the factory makes the value),
and `==` or `<` between objects of two different classes is not CPython's NotImplemented dance
(`==` is False, `<` compares the fields).  Refused by name: `InitVar`, `kw_only`, `slots`,
`unsafe_hash`, `match_args`, `field(kw_only=...)`, a mutable default (`[]`, `{}`, `set()`: CPython's
ValueError, at compile time), and the module's functions (`asdict`, `astuple`, `replace`, `fields`...).
Runs in the subset check (check.py), before the class checks.
"""

from __future__ import annotations

import ast
import copy
from dataclasses import dataclass

from ..ast_walk import walk
from ..diagnostics import CompileError, SourceFile
from .imports import import_names, imports_module

OPTIONS = {"init": True, "repr": True, "eq": True, "order": False, "frozen": False}
REFUSED_OPTIONS = ("unsafe_hash", "kw_only", "slots", "match_args", "weakref_slot")
FIELD_OPTIONS = ("default", "default_factory", "init", "repr", "compare")
INIT_STORE = "pyzc_init_store"  # on an Attribute target: a store of the generated __init__ (frozen classes)
FIELDS = "pyzc_dataclass_fields"  # on a ClassDef: its fields (a program importing its module derives from it)
FROZEN = "pyzc_frozen"  # on a ClassDef: its fields (stored only by its __init__: frozen_field)


@dataclass
class Field:
    name: str
    default: ast.expr | None = None
    factory: ast.expr | None = None
    init: bool = True
    repr: bool = True
    compare: bool = True


def dataclass_names(module: ast.Module) -> tuple[set[str], dict[str, str]]:
    return import_names(module, "dataclasses")


def is_mutable_display(node: ast.expr) -> str | None:
    if isinstance(node, (ast.List, ast.ListComp)):
        return "list"
    if isinstance(node, (ast.Dict, ast.DictComp)):
        return "dict"
    if isinstance(node, (ast.Set, ast.SetComp)) or (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                                                     and node.func.id in ("set", "list", "dict") and not node.args):
        return node.func.id if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) else "set"
    return None


class Dataclasses:
    def __init__(self, source: SourceFile, module: ast.Module):
        self.source = source
        self.module = module
        self.modules, self.members = dataclass_names(module)
        self.fields: dict[str, list[Field]] = {}  # dataclass -> its fields, inherited ones first
        self.errors: list[CompileError] = []

    def member(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in self.modules:
            return node.attr
        if isinstance(node, ast.Name) and node.id in self.members:
            return self.members[node.id]
        return None

    def error(self, node: ast.AST, message: str) -> None:
        self.errors.append(self.source.error(node, message))

    def rewrite(self) -> None:
        for stmt in self.module.body:  # the dataclasses of a module spliced in: their fields, for subclasses here
            if isinstance(stmt, ast.ClassDef) and hasattr(stmt, FIELDS):
                self.fields[stmt.name] = getattr(stmt, FIELDS)
        for stmt in self.module.body:
            if isinstance(stmt, ast.ClassDef):
                for d in list(stmt.decorator_list):
                    target = d.func if isinstance(d, ast.Call) else d
                    if self.member(target) == "dataclass":
                        stmt.decorator_list.remove(d)
                        self.rewrite_class(stmt, d)
        if self.errors:
            raise CompileError.of(self.errors)

    def options(self, d: ast.expr) -> dict[str, bool]:
        opts = dict(OPTIONS)
        if not isinstance(d, ast.Call):
            return opts
        if d.args:
            self.error(d, "dataclass() takes no positional arguments")
        for kw in d.keywords:
            if kw.arg in REFUSED_OPTIONS:
                if not (isinstance(kw.value, ast.Constant) and kw.value.value is False):
                    self.error(kw, f"dataclass({kw.arg}=...) is not supported yet")
            elif kw.arg in opts and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, bool):
                opts[kw.arg] = kw.value.value
            else:
                self.error(kw, f"dataclass() with {kw.arg}= is not supported yet (init, repr, eq, order and frozen,"
                               " as True or False, are)")
        return opts

    def is_classvar(self, ann: ast.expr) -> bool:
        target = ann.value if isinstance(ann, ast.Subscript) else ann
        return (isinstance(target, ast.Name) and target.id in ("ClassVar", "typing.ClassVar")) or (
            isinstance(target, ast.Attribute) and target.attr == "ClassVar")  # (the linker names typing's `typing.X`)

    def field_of(self, name: str, value: ast.expr | None) -> Field:
        f = Field(name)
        if value is None:
            return f
        if isinstance(value, ast.Call) and self.member(value.func) == "field":
            if value.args:
                self.error(value, "field() takes no positional arguments")
            for kw in value.keywords:
                if kw.arg == "default":
                    f.default = kw.value
                elif kw.arg == "default_factory":
                    f.factory = kw.value
                elif kw.arg in ("init", "repr", "compare") and isinstance(kw.value, ast.Constant) \
                        and isinstance(kw.value.value, bool):
                    setattr(f, kw.arg, kw.value.value)
                else:
                    self.error(kw, f"field() with {kw.arg}= is not supported yet (default, default_factory, init, repr"
                                   " and compare are)")
            if f.default is not None and f.factory is not None:
                self.error(value, "cannot specify both default and default_factory")
        else:
            f.default = value
        if f.default is not None:
            kind = is_mutable_display(f.default)
            if kind is not None:
                self.error(f.default, f"mutable default <class '{kind}'> for field {name} is not allowed: use default_factory")
        return f

    def rewrite_class(self, cls: ast.ClassDef, d: ast.expr) -> None:
        opts = self.options(d)
        base = cls.bases[0].id if cls.bases and isinstance(cls.bases[0], ast.Name) else None
        fields = [copy.copy(f) for f in self.fields.get(base, [])] if base else []
        body: list[ast.stmt] = []
        for stmt in cls.body:
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                if self.is_classvar(stmt.annotation):
                    if stmt.value is not None:
                        body.append(ast.copy_location(ast.Assign(targets=[stmt.target], value=stmt.value), stmt))
                    continue
                if isinstance(stmt.annotation, ast.Subscript) and self.member(stmt.annotation.value) == "InitVar" \
                        or self.member(stmt.annotation) == "InitVar":
                    self.error(stmt, "dataclasses.InitVar is not supported yet")
                    continue
                f = self.field_of(stmt.target.id, stmt.value)
                fields = [g for g in fields if g.name != f.name] + [f] if all(g.name != f.name for g in fields) else \
                    [f if g.name == f.name else g for g in fields]
                continue
            body.append(stmt)
        self.fields[cls.name] = fields
        setattr(cls, FIELDS, fields)
        seen_default = None
        for f in fields:
            if not f.init:
                continue
            if f.default is not None or f.factory is not None:
                seen_default = f
            elif seen_default is not None:
                self.error(cls, f"non-default argument '{f.name}' follows default argument")
                return
        defined = {s.name for s in body if isinstance(s, ast.FunctionDef)}
        made: list[str] = []
        if opts["init"] and "__init__" not in defined:
            made.append(self.init_text(fields, "__post_init__" in defined))
        if opts["repr"] and "__repr__" not in defined:
            shown = ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in fields if f.repr)
            made.append(f"def __repr__(self):\n    return f\"{{type(self).__name__}}({shown})\"")
        compared = [f.name for f in fields if f.compare]
        mine = tuple_text("self", compared)
        theirs = tuple_text("other", compared)
        if opts["eq"] and "__eq__" not in defined:
            made.append(f"def __eq__(self, other):\n    return type(self) is type(other) and {mine} == {theirs}")
        if opts["order"]:
            if not opts["eq"]:
                self.error(d, "eq must be true if order is true")
            for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
                if name in defined:
                    self.error(cls, f"Cannot overwrite attribute {name} in class {cls.name}. Consider using"
                                    " functools.total_ordering")
                made.append(f"def {name}(self, other):\n    return {mine} {op} {theirs}")
        if opts["frozen"]:
            setattr(cls, FROZEN, tuple(f.name for f in fields))
            if opts["eq"] and "__hash__" not in defined:
                made.append(f"def __hash__(self):\n    return hash({mine})")
        for text in made:
            fn = ast.parse(text).body[0]
            for n in walk(fn):
                if "lineno" in n._attributes:
                    ast.copy_location(n, cls)
                if isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Store):
                    setattr(n, INIT_STORE, True)
            body.append(fn)
        self.put_defaults(body, fields)
        cls.body = body or [ast.copy_location(ast.Pass(), cls)]

    def init_text(self, fields: list[Field], post_init: bool) -> str:
        params = ["self"]
        lines = []
        for i, f in enumerate(fields):
            if f.init:
                if f.default is not None:
                    params.append(f"{f.name}=_pyz_default_{i}")
                elif f.factory is not None:
                    params.append(f"{f.name}=None")
                else:
                    params.append(f.name)
            value: str | None
            if f.factory is not None and f.init:  # a statement, so that the else branch narrows the parameter
                lines.append(f"    if {f.name} is None:\n        self.{f.name} = _pyz_factory_{i}()\n"
                             f"    else:\n        self.{f.name} = {f.name}")
                continue
            if f.factory is not None:
                value = f"_pyz_factory_{i}()"
            elif not f.init:
                value = f"_pyz_default_{i}" if f.default is not None else None
            else:
                value = f.name
            if value is not None:
                lines.append(f"    self.{f.name} = {value}")
        if post_init:
            lines.append("    self.__post_init__()")
        return f"def __init__({', '.join(params)}):\n" + ("\n".join(lines) or "    pass")

    def put_defaults(self, body: list[ast.stmt], fields: list[Field]) -> None:
        """Replace the placeholders `_pyz_default_i` / `_pyz_factory_i` by the field's expressions."""
        by_name: dict[str, ast.expr] = {}
        for i, f in enumerate(fields):
            if f.default is not None:
                by_name[f"_pyz_default_{i}"] = f.default
            if f.factory is not None:
                by_name[f"_pyz_factory_{i}"] = f.factory

        class Put(ast.NodeTransformer):
            def visit_Name(self, node: ast.Name):
                if node.id in by_name:
                    return ast.copy_location(copy.deepcopy(by_name[node.id]), node)
                return node

        for stmt in body:
            if isinstance(stmt, ast.FunctionDef) and stmt.name == "__init__":
                Put().visit(stmt)
                ast.fix_missing_locations(stmt)


def frozen_field(classes: list[ast.ClassDef], attr: str) -> bool:
    """Whether a store to attr of an object of the first of classes (then its bases) raises
    FrozenInstanceError: any attribute of a frozen dataclass, a field of one for its subclasses."""
    for i, cls in enumerate(classes):
        fields = getattr(cls, FROZEN, None)
        if fields is not None and (i == 0 or attr in fields):
            return True
    return False


def tuple_text(obj: str, names: list[str]) -> str:
    items = ", ".join(f"{obj}.{n}" for n in names)
    return f"({items},)" if len(names) == 1 else f"({items})"


def rewrite_dataclasses(source: SourceFile, module: ast.Module) -> bool:
    """False where nothing could be rewritten (check.py's census stays as it was)."""
    if not imports_module(module, "dataclasses"):
        return False  # (a dataclass derives only from one of a module that imports dataclasses itself)
    Dataclasses(source, module).rewrite()
    return True
