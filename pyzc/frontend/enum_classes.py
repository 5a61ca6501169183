"""enum.Enum and enum.IntEnum: an ordinary class whose members are its objects, made once.

`class Color(Enum): RED = 1` becomes a class with the fields `name` and `value`, CPython 3.11's
`__repr__` (`<Color.RED: 1>`) and `__str__` (`Color.RED`; an IntEnum's is its value's), and each
member an object made right after the class (`Color.RED = Color("RED", 1)`, a class attribute
set outside the body).  A name given a value of an earlier member is an alias of that member;
`auto()` gives the last int value plus one (1 first).  Then, in the module:

- `Color(v)` is `Color._pyz_of(v)`: the member with that value, else CPython's
  `ValueError: 5 is not a valid Color`;
- `Color[s]` is `Color._pyz_named(s)`: the member (or alias) of that name, else `KeyError`;
- `Color` iterated (`for c in Color`, a comprehension, `list(Color)`, `len(Color)`, `sorted`...,
  `c in Color`) is the list of its members in definition order, aliases left out; elsewhere it
  stays the class (`print(Color)` is refused, as other classes as values are).

An imported module is checked before it is spliced into the program: its enums are rewritten
then, and found again (by their `_pyz_of`) in the program that imports them, whose uses are
rewritten in turn.

Members are compared by identity (`==`, `is`), as CPython's are; an IntEnum's members operate
as ints, with ints and among themselves (`==`, `<`..., `+ - * // %`, hashed as its value).  Differences
and refusals: an IntEnum member is not an int elsewhere (`xs[N.ONE]`, `int(N.ONE)`: use `.value`); an enum class with its own `__init__` or
`__new__`, a mixin base (`class C(str, Enum)`), `Flag`, `IntFlag`, `StrEnum`, `unique`,
`__members__` and the functional API (`Enum("Color", "RED GREEN")`) are refused.  Runs in the
subset check (check.py), before the class checks.
"""

from __future__ import annotations

import ast

from ..ast_walk import walk
from ..diagnostics import CompileError, SourceFile
from .imports import import_names, imports_module

KINDS = ("Enum", "IntEnum")
OF, NAMED, MEMBERS = "_pyz_of", "_pyz_named", "_pyz_members"
MADE = "pyzc_enum_member"  # on the call that makes a member: not a lookup by value
INT_OPERATORS = (("__eq__", "=="), ("__ne__", "!="), ("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">="),
                 ("__add__", "+"), ("__sub__", "-"), ("__mul__", "*"), ("__floordiv__", "//"), ("__mod__", "%"))
REFLECTED = (("__radd__", "+"), ("__rsub__", "-"), ("__rmul__", "*"), ("__rfloordiv__", "//"), ("__rmod__", "%"))


def enum_names(module: ast.Module) -> tuple[set[str], dict[str, str]]:
    return import_names(module, "enum")


class Enums:
    def __init__(self, source: SourceFile, module: ast.Module):
        self.source = source
        self.module = module
        self.modules, self.members = enum_names(module)
        self.errors: list[CompileError] = []
        self.enums: dict[str, str] = {}  # enum class -> its kind

    def member(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in self.modules:
            return node.attr
        if isinstance(node, ast.Name) and node.id in self.members:
            return self.members[node.id]
        return None

    def error(self, node: ast.AST, message: str) -> None:
        self.errors.append(self.source.error(node, message))

    def rewrite(self) -> None:
        out: list[ast.stmt] = []
        after: dict[int, list[ast.stmt]] = {}
        for stmt in self.module.body:
            out.append(stmt)
            if isinstance(stmt, ast.ClassDef) and any(self.member(b) is not None for b in stmt.bases):
                made = self.rewrite_class(stmt)
                if made:
                    after[id(stmt)] = made
        if self.errors:
            raise CompileError.of(self.errors)
        # the enums of a module spliced in (rewritten already, when it was checked): used here too
        for stmt in out:
            if isinstance(stmt, ast.ClassDef) and stmt.name not in self.enums and any(
                    isinstance(s, ast.FunctionDef) and s.name == OF for s in stmt.body):
                self.enums[stmt.name] = "spliced"
        if not self.enums:
            return
        uses = Uses(self.enums)
        self.module.body = [uses.visit(s) for s in out]
        body: list[ast.stmt] = []
        for stmt in self.module.body:
            body.append(stmt)
            body.extend(after.get(id(stmt), []))
        self.module.body = body

    def rewrite_class(self, cls: ast.ClassDef) -> list[ast.stmt]:
        kinds = [self.member(b) for b in cls.bases]
        if len(cls.bases) != 1 or kinds[0] not in KINDS:
            self.error(cls.bases[0], f"enum.{kinds[0] or 'Enum'} with these bases is not supported yet (Enum and IntEnum"
                                     " alone are)")
            return []
        kind = kinds[0]
        assert kind is not None
        name = cls.name
        members: list[tuple[str, ast.expr]] = []  # (name, value) of each member, aliases too
        body: list[ast.stmt] = []
        last_int = 0
        for stmt in cls.body:
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                    and not stmt.targets[0].id.startswith("_"):
                value = stmt.value
                if isinstance(value, ast.Call) and self.member(value.func) == "auto" and not value.args:
                    value = ast.copy_location(ast.Constant(last_int + 1), value)
                if isinstance(value, ast.Constant) and isinstance(value.value, int) and not isinstance(value.value, bool):
                    last_int = value.value
                members.append((stmt.targets[0].id, value))
            elif isinstance(stmt, ast.FunctionDef) and stmt.name in ("__init__", "__new__"):
                self.error(stmt, f"an enum with its own {stmt.name} is not supported yet")
            elif isinstance(stmt, ast.FunctionDef):
                body.append(stmt)
            elif isinstance(stmt, ast.Pass) or isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
                body.append(stmt)
            else:
                self.error(stmt, "an enum class body may hold members (NAME = value) and methods only (for now)")
        if kind == "IntEnum" and any(not (isinstance(v, ast.Constant) and isinstance(v.value, int)) for _, v in members):
            self.error(cls, "an IntEnum's members must have int values")
        self.enums[name] = kind
        defined = {s.name for s in body if isinstance(s, ast.FunctionDef)}
        texts = ["def __init__(self, _pyz_name, _pyz_value):\n    self.name = _pyz_name\n    self.value = _pyz_value"]
        if "__repr__" not in defined:
            texts.append(f"def __repr__(self):\n    return '<{name}.' + self.name + ': ' + repr(self.value) + '>'")
        if "__str__" not in defined:
            texts.append("def __str__(self):\n    return str(self.value)" if kind == "IntEnum"
                         else f"def __str__(self):\n    return '{name}.' + self.name")
        if kind == "IntEnum":  # as its int value with ints and with members (which reflect onto their values)
            for dunder, op in INT_OPERATORS:
                if dunder not in defined:
                    texts.append(f"def {dunder}(self, other):\n    return self.value {op} other")
            for dunder, op in REFLECTED:
                if dunder not in defined:
                    texts.append(f"def {dunder}(self, other):\n    return other {op} self.value")
            if "__hash__" not in defined:
                texts.append("def __hash__(self):\n    return hash(self.value)")
        texts.append(f"@staticmethod\ndef {OF}(value):\n    for m in {name}.{MEMBERS}:\n        if m.value == value:\n"
                     f"            return m\n    raise ValueError(repr(value) + ' is not a valid {name}')")
        texts.append(f"@staticmethod\ndef {NAMED}(key):\n    for m in {name}.{MEMBERS}:\n        if m.name == key:\n"
                     "            return m\n" + "".join(f"    if key == {alias!r}:\n        return {name}.{alias}\n"
                                                        for alias in self.aliases(members)) + "    raise KeyError(key)")
        for text in texts:
            fn = ast.parse(text).body[0]
            for n in walk(fn):
                if "lineno" in n._attributes:
                    ast.copy_location(n, cls)
            body.append(fn)
        cls.bases = []
        cls.keywords = []
        cls.body = body
        made: list[ast.stmt] = []
        aliases = self.aliases(members)
        for member, value in members:
            target = ast.Attribute(value=ast.Name(id=name, ctx=ast.Load()), attr=member, ctx=ast.Store())
            if member in aliases:
                made_value: ast.expr = ast.Attribute(value=ast.Name(id=name, ctx=ast.Load()), attr=aliases[member],
                                                     ctx=ast.Load())
            else:
                made_value = ast.Call(func=ast.Name(id=name, ctx=ast.Load()), args=[ast.Constant(member), value], keywords=[])
                setattr(made_value, MADE, True)
            made.append(ast.Assign(targets=[target], value=made_value))
        listed = ast.List(elts=[ast.Attribute(value=ast.Name(id=name, ctx=ast.Load()), attr=m, ctx=ast.Load())
                                for m, _ in members if m not in aliases], ctx=ast.Load())
        made.append(ast.Assign(targets=[ast.Attribute(value=ast.Name(id=name, ctx=ast.Load()), attr=MEMBERS,
                                                      ctx=ast.Store())], value=listed))
        for stmt in made:
            ast.copy_location(stmt, cls)
            ast.fix_missing_locations(stmt)
            for n in walk(stmt):
                if "lineno" in n._attributes:
                    ast.copy_location(n, cls)
        return made

    def aliases(self, members: list[tuple[str, ast.expr]]) -> dict[str, str]:
        """The members whose constant value an earlier member has: alias -> that member."""
        firsts: dict[object, str] = {}
        out: dict[str, str] = {}
        for member, value in members:
            key = constant_key(value)
            if key is None:
                continue
            if key in firsts:
                out[member] = firsts[key]
            else:
                firsts[key] = member
        return out


def constant_key(value: ast.expr) -> object:
    """A constant's identity as an enum value (1 and 1.0 and True are one value, as in CPython's dict)."""
    if isinstance(value, ast.Constant):
        return ("v", value.value)
    if isinstance(value, ast.Tuple) and all(isinstance(e, ast.Constant) for e in value.elts):
        return ("t", tuple(e.value for e in value.elts if isinstance(e, ast.Constant)))
    return None


ITERATING = frozenset({"list", "tuple", "set", "frozenset", "sorted", "len", "reversed", "enumerate", "zip", "min",
                       "max", "sum", "any", "all", "iter"})


class Uses(ast.NodeTransformer):
    """`Color(v)`, `Color[s]`, and `Color` iterated (its members), in the module.  Elsewhere `Color`
    read as a value stays the class (which the rest of the compiler refuses: `print(Color)`)."""

    def __init__(self, enums: dict[str, str]):
        self.enums = enums

    def members(self, node: ast.expr) -> ast.expr:
        if isinstance(node, ast.Name) and node.id in self.enums and isinstance(node.ctx, ast.Load):
            return ast.copy_location(ast.Attribute(value=ast.Name(id=node.id, ctx=ast.Load()), attr=MEMBERS,
                                                   ctx=ast.Load()), node)
        return node

    def visit_For(self, node: ast.For):
        node.iter = self.members(node.iter)
        self.generic_visit(node)
        return node

    def visit_comprehension(self, node: ast.comprehension):
        node.iter = self.members(node.iter)
        self.generic_visit(node)
        return node

    def visit_Compare(self, node: ast.Compare):  # `c in Color`
        node.comparators = [self.members(c) if isinstance(op, (ast.In, ast.NotIn)) else c
                            for op, c in zip(node.ops, node.comparators)]
        self.generic_visit(node)
        return node

    def visit_Call(self, node: ast.Call):
        if isinstance(node.func, ast.Name) and node.func.id in ITERATING:
            node.args = [self.members(a) for a in node.args]
        if isinstance(node.func, ast.Name) and node.func.id in self.enums and not getattr(node, MADE, False):
            node.func = ast.copy_location(ast.Attribute(value=node.func, attr=OF, ctx=ast.Load()), node.func)
        self.generic_visit(node)
        return node

    def visit_Subscript(self, node: ast.Subscript):
        if isinstance(node.value, ast.Name) and node.value.id in self.enums and isinstance(node.ctx, ast.Load):
            call = ast.Call(func=ast.Attribute(value=node.value, attr=NAMED, ctx=ast.Load()), args=[node.slice],
                            keywords=[])
            self.generic_visit(call)
            return ast.copy_location(call, node)
        self.generic_visit(node)
        return node


def rewrite_enums(source: SourceFile, module: ast.Module) -> bool:
    """False where nothing could be rewritten (check.py's census stays as it was)."""
    if not imports_module(module, "enum") and not any(isinstance(s, ast.ClassDef) and any(
            isinstance(f, ast.FunctionDef) and f.name == OF for f in s.body) for s in module.body):
        return False
    Enums(source, module).rewrite()
    return True
