"""Named tuples: `P = namedtuple("P", "x y")` and `class P(NamedTuple): x: int`.

A named tuple class defines no behaviour of its own: its values are tuples whose items also
have names.  So pyzc makes no class of it.  This pass, run on the linked module before the
subset check, takes each module-level definition out of the module body and records it
(`NamedTupleInfo`); inference types `P(1, 2)` as a tuple of the arguments' types that
carries P's name and fields (types/model.TupleT), reads `p.x` as `p[0]`, and lowering builds
the tuple.  What CPython gives that is not here yet gets a diagnostic: methods in the class
`rename=`, defaults that are not constants, and of the class form's methods the dunders and the
decorated ones.

A plain method of the class form (`def total(self): return self.x + self.y`) becomes a module
function named `total#P` (what follows `#` is not shown: tracebacks say `total`, as CPython's),
put where the class was; inference types `p.total()` as a call of it with p first.

Defaults (`defaults=[0]`, `y: float = 0.5`) are constants, so evaluating them at each call
that leaves them out gives what CPython's stored default gives.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from ..diagnostics import CompileError, SourceFile

NAMEDTUPLE_CALL = "collections.namedtuple"  # how the linked module spells the function
NAMEDTUPLE_BASE = "typing.NamedTuple"  # and the base class (frontend/modules.py)


@dataclass
class NamedTupleInfo:
    name: str  # the module-level name it is bound to (the class's name, for the class form)
    typename: str  # the name its values print with: P(x=1, y=2)
    fields: tuple[str, ...]
    defaults: dict[str, ast.expr] = field(default_factory=dict)  # the fields that have one, each a constant
    methods: dict[str, str] = field(default_factory=dict)  # the class form's methods: name -> its module function


def dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = dotted(node.value)
        return inner + "." + node.attr if inner is not None else None
    return None


def is_constant(node: ast.expr) -> bool:
    """A literal constant, maybe negated, or a tuple of such."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        node = node.operand
    if isinstance(node, ast.Tuple):
        return all(is_constant(e) for e in node.elts)
    return isinstance(node, ast.Constant)


def field_names(source: SourceFile, spec: ast.expr) -> tuple[str, ...]:
    """The fields of namedtuple("P", spec): "x y", "x, y", or a list or tuple of strs."""
    if isinstance(spec, ast.Constant) and isinstance(spec.value, str):
        names = spec.value.replace(",", " ").split()
    elif isinstance(spec, (ast.List, ast.Tuple)) and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in spec.elts):
        names = [e.value for e in spec.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    else:
        raise source.error(spec, "namedtuple() field names are supported as a str or a list of strs written out")
    seen: set[str] = set()
    for n in names:
        if not n.isidentifier() or n.startswith("_"):
            raise source.error(spec, f"Type names and field names must be valid identifiers: {n!r}" if not n.isidentifier()
                               else f"Field names cannot start with an underscore: {n!r}")
        if n in seen:
            raise source.error(spec, f"Encountered duplicate field name: {n!r}")
        seen.add(n)
    if not names:
        raise source.error(spec, "a namedtuple without fields is not supported yet")
    return tuple(names)


def from_call(source: SourceFile, target: str, call: ast.Call) -> NamedTupleInfo:
    if len(call.args) != 2:
        raise source.error(call, "namedtuple() takes a type name and the field names")
    typename = call.args[0]
    if not (isinstance(typename, ast.Constant) and isinstance(typename.value, str) and typename.value.isidentifier()):
        raise source.error(typename, "namedtuple()'s type name is supported as a str literal")
    fields = field_names(source, call.args[1])
    info = NamedTupleInfo(target, typename.value, fields)
    for kw in call.keywords:
        if kw.arg == "defaults":
            if not isinstance(kw.value, (ast.List, ast.Tuple)) or not all(is_constant(e) for e in kw.value.elts):
                raise source.error(kw.value, "namedtuple() defaults are supported as a list or tuple of constants")
            if len(kw.value.elts) > len(fields):
                raise source.error(kw.value, "Got more default values than field names")
            info.defaults = dict(zip(fields[len(fields) - len(kw.value.elts):], kw.value.elts))
        elif kw.arg == "module":
            continue
        else:
            raise source.error(kw, f"namedtuple() with {kw.arg}= is not supported yet")
    return info


def from_class(source: SourceFile, cls: ast.ClassDef, functions: list[ast.stmt]) -> NamedTupleInfo:
    """The class's named tuple; its methods, as module functions, are added to functions."""
    fields: list[str] = []
    defaults: dict[str, ast.expr] = {}
    methods: dict[str, str] = {}
    for i, stmt in enumerate(cls.body):
        if i == 0 and isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str):
            continue  # the docstring
        if isinstance(stmt, ast.Pass):
            continue
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            name = stmt.target.id
            if name.startswith("_"):
                raise source.error(stmt.target, f"Field names cannot start with an underscore: {name!r}")
            if stmt.value is not None:
                if not is_constant(stmt.value):
                    raise source.error(stmt.value, "NamedTuple field defaults are supported as constants")
                defaults[name] = stmt.value
            elif defaults:
                raise source.error(stmt, f"Non-default namedtuple field {name} cannot follow default field"
                                   f"{'s' if len(defaults) > 1 else ''} {', '.join(defaults)}")
            fields.append(name)
            continue
        if isinstance(stmt, ast.FunctionDef) and not stmt.decorator_list and not stmt.name.startswith("__") \
                and (stmt.args.posonlyargs or stmt.args.args):
            methods[stmt.name] = f"{stmt.name}#{cls.name}"
            stmt.name = methods[stmt.name]
            functions.append(stmt)
            continue
        what = ("dunder methods" if stmt.name.startswith("__") else "decorated methods") if isinstance(stmt, ast.FunctionDef) \
            else "statements other than fields and methods"
        raise source.error(stmt, f"{what} in a NamedTuple class are not supported yet")
    if cls.decorator_list or cls.keywords or len(cls.bases) != 1:
        raise source.error(cls, "a NamedTuple class is supported with NamedTuple as its only base, no decorators")
    if not fields:
        raise source.error(cls, "a NamedTuple without fields is not supported yet")
    return NamedTupleInfo(cls.name, cls.name, tuple(fields), defaults, methods)


def take_namedtuples(source: SourceFile, module: ast.Module) -> dict[str, NamedTupleInfo]:
    """Remove the module-level named tuple definitions from the module's body; return them by name."""
    found: dict[str, NamedTupleInfo] = {}
    body: list[ast.stmt] = []
    problems: list[CompileError] = []
    for stmt in module.body:
        try:
            info = None
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                    and isinstance(stmt.value, ast.Call) and dotted(stmt.value.func) == NAMEDTUPLE_CALL:
                info = from_call(source, stmt.targets[0].id, stmt.value)
            elif isinstance(stmt, ast.ClassDef) and any(dotted(b) == NAMEDTUPLE_BASE for b in stmt.bases):
                functions: list[ast.stmt] = []
                info = from_class(source, stmt, functions)
                body.extend(functions)
        except CompileError as e:
            problems.append(e)
            continue
        if info is None:
            body.append(stmt)
        elif info.name in found:
            problems.append(source.error(stmt, f"'{info.name}' is defined twice (redefinition is not supported yet)"))
        else:
            found[info.name] = info
    module.body = body  # a definition refused is taken out too: the later stages would only refuse it again
    if problems:
        raise CompileError.of(problems)
    return found
