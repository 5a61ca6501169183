"""json.loads() and json.load() given the type of their result, from an annotation.

A JSON document may hold any value, and a typed program needs one type for the result.
The program says which where it annotates the place the result goes:

    cfg: dict[str, int] = json.loads(text)
    def read(f) -> list[str]:
        return json.load(f)
    counts: dict[str, int]            # anywhere in the scope, as Python's annotations hold
    counts = json.loads(text)
    def total(counts: dict[str, int]) -> int: ...
    total(json.loads(text))           # a parameter of a function of the program

The annotation is the variable's (in the same function, or at module level; or, for a
variable with none, the annotation of where the scope uses it: an annotated parameter it
is passed to, `process(data)`, or the function's return annotation, `return data`), a field's
(`self.x = json.loads(s)` in a class with `x: T` or `self.x: T = ...`), the function's
return annotation, or the parameter's of a module-level function the call is an argument
of.  Each such call becomes `json._loads_as(text, proto)` (`_load_as(f, proto)`), where
proto is an expression of the annotated type, built here from the annotation: `0` for
int, `0.0` for float, `False`, `""`, `[p]` for list[T], `{"": p}` for dict[str, T],
`(None, p)` for `T | None` / `Optional[T]`.  pylib/json.py parses the document and
converts it, one instance of its converter per type.  A float place gets a number of
several types (a JSON `1` is an int in CPython too).  The annotation is then dropped (from
the assignment, the declaration, the parameter or the function's return): the value has
the type it says (but for the floats, which the annotation would refuse), and inference
does not check `list[int | None]` yet.

Any other use of json.loads / json.load (unannotated, an annotation of another type, the
function as a value, arguments beyond the document) is refused here by name, and so are
dumps()/dump() with cls= (pylib/json.py has no such parameter).  Runs in the subset check
on the linked module, where every use of json's functions is the name `json:loads`
(modules.py).  A result typed only by how the program uses it (`data["k"] + 1`), with no
annotation on the way, is not inferred: that needs a type that later uses fix, which
inference has only for empty containers.
"""

from __future__ import annotations

import ast

from ..ast_walk import iter_child_nodes, walk
from ..diagnostics import CompileError, SourceFile

MODULE_SEP = ":"  # symbols.MODULE_SEP (symbols imports check, which imports this module)

FUNCTIONS = {"json" + MODULE_SEP + "loads": "_loads_as", "json" + MODULE_SEP + "load": "_load_as"}
ENCODERS = ("json" + MODULE_SEP + "dumps", "json" + MODULE_SEP + "dump")
SUPPORTED = "int, float (or int | float), bool, str, list[T], dict[str, T] and T | None"


class Unsupported(Exception):
    pass


def proto(t: ast.expr) -> tuple[ast.expr, bool]:
    """An expression of the annotated type t, and whether a float is inside it."""
    if isinstance(t, ast.Constant) and isinstance(t.value, str):  # a string annotation
        try:
            return proto(ast.parse(t.value, mode="eval").body)
        except SyntaxError:
            raise Unsupported(t.value)
    if isinstance(t, ast.Name):
        leaf: dict[str, int | float | bool | str] = {"int": 0, "float": 0.0, "bool": False, "str": ""}
        if t.id in leaf:
            return ast.Constant(value=leaf[t.id]), t.id == "float"
        raise Unsupported(t.id)
    if isinstance(t, ast.BinOp) and isinstance(t.op, ast.BitOr) and {name_of(t.left), name_of(t.right)} == {"int", "float"}:
        return ast.Constant(value=0.0), True  # int | float: a float place holds either
    if isinstance(t, ast.BinOp) and isinstance(t.op, ast.BitOr):  # T | None, None | T
        a, b = t.left, t.right
        if is_none(a):
            a, b = b, a
        if not is_none(b):
            raise Unsupported(ast.unparse(t))
        inner, has_float = proto(a)
        return ast.Tuple(elts=[ast.Constant(value=None), inner], ctx=ast.Load()), has_float
    if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name):
        name = t.value.id.removeprefix("typing.")
        args = t.slice.elts if isinstance(t.slice, ast.Tuple) else [t.slice]
        if name in ("list", "List") and len(args) == 1:
            inner, has_float = proto(args[0])
            return ast.List(elts=[inner], ctx=ast.Load()), has_float
        if name in ("dict", "Dict") and len(args) == 2 and isinstance(args[0], ast.Name) and args[0].id == "str":
            inner, has_float = proto(args[1])
            return ast.Dict(keys=[ast.Constant(value="")], values=[inner]), has_float
        if name == "Optional" and len(args) == 1:
            inner, has_float = proto(args[0])
            return ast.Tuple(elts=[ast.Constant(value=None), inner], ctx=ast.Load()), has_float
        if name == "Union" and len(args) == 2 and any(is_none(a) for a in args):
            other = args[1] if is_none(args[0]) else args[0]
            inner, has_float = proto(other)
            return ast.Tuple(elts=[ast.Constant(value=None), inner], ctx=ast.Load()), has_float
    raise Unsupported(ast.unparse(t))


def name_of(t: ast.expr) -> str:
    return t.id if isinstance(t, ast.Name) else ""


def is_none(t: ast.expr) -> bool:
    return isinstance(t, ast.Constant) and t.value is None


def declared(body: list[ast.stmt], args: ast.arguments | None = None) -> dict[str, ast.expr]:
    """The annotations a scope gives its names: `x: T` anywhere in its body (not in nested functions or
    classes; Python's rule: an annotation holds for the whole scope) and its annotated parameters."""
    out: dict[str, ast.expr] = {}
    if args is not None:
        for a in args.posonlyargs + args.args + args.kwonlyargs:
            if a.annotation is not None:
                out[a.arg] = a.annotation
    todo = list(body)
    while todo:
        stmt = todo.pop()
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            out.setdefault(stmt.target.id, stmt.annotation)
        todo += [c for c in iter_child_nodes(stmt) if isinstance(c, ast.stmt)]
    return out


class DropDeclarations(ast.NodeTransformer):
    """`x: T` with no value, for the names whose annotation a json call used (it has done its work)."""

    def __init__(self, names: set[str]):
        self.names = names

    def visit_FunctionDef(self, node):
        return node  # another scope

    def visit_ClassDef(self, node):
        return node

    def visit_AnnAssign(self, node: ast.AnnAssign):
        if node.value is None and isinstance(node.target, ast.Name) and node.target.id in self.names:
            return ast.copy_location(ast.Pass(), node)
        return node


class JsonTargets(ast.NodeTransformer):
    def __init__(self, source: SourceFile, module: ast.Module):
        self.source = source
        self.errors: list[CompileError] = []
        self.scopes: list[dict[str, ast.expr]] = []  # each enclosing scope's annotated names
        self.used: list[set[str]] = []  # those a json call was rewritten by
        self.functions = {s.name: s for s in module.body if isinstance(s, ast.FunctionDef)}
        self.fields: list[dict[str, ast.expr]] = []  # the enclosing class's annotated fields
        self.used_fields: list[set[str]] = []  # those a json call was rewritten by
        self.selves: list[str | None] = []  # the enclosing method's first parameter
        self.dropped: list[ast.arg] = []  # parameters whose annotation a json call used: dropped at the end
        self.dropped_returns: list[ast.FunctionDef] = []  # functions whose return annotation one used
        self.use_sources: list[dict[str, ast.AST]] = []  # per scope: where a use's annotation is written
        self.returns: list[ast.expr | None] = []  # the return annotation of each enclosing function
        self.rewritten: list[bool] = []  # whether it returns a rewritten call

    def typed_call(self, call: ast.expr, annotation: ast.expr | None) -> tuple[ast.expr, bool] | None:
        """The rewritten call, if call is json.loads(...)/json.load(...), and whether it holds a float."""
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in FUNCTIONS):
            return None
        fn = call.func.id.split(MODULE_SEP)[1]
        if len(call.args) != 1 or call.keywords or isinstance(call.args[0], ast.Starred):
            self.errors.append(self.source.error(call, f"json.{fn}() with arguments other than the document is "
                                                       "not supported yet"))
            return call, False
        if annotation is None:
            return None
        try:
            value, has_float = proto(annotation)
        except Unsupported as e:
            self.errors.append(self.source.error(annotation, f"json.{fn}() into a value of type {e} is not "
                                                             f"supported yet (only {SUPPORTED})"))
            return call, False
        func = ast.Name(id="json" + MODULE_SEP + FUNCTIONS[call.func.id], ctx=ast.Load())
        new = ast.Call(func=func, args=[self.visit(call.args[0]), value], keywords=[])
        return ast.fix_missing_locations(ast.copy_location(new, call)), has_float

    def visit_AnnAssign(self, node: ast.AnnAssign):
        done = self.typed_call(node.value, node.annotation) if node.value is not None else None
        if done is None:
            return self.generic_visit(node)
        # The annotation has done its work: the value has its type, except that a float place holds a
        # number of several types, and `list[int | None]` is beyond what inference checks yet.
        value = done[0]
        return ast.copy_location(ast.Assign(targets=[node.target], value=value, lineno=node.lineno), node)

    def visit_Module(self, node: ast.Module):
        self.in_scope(node, declared(node.body))
        return node

    def annotated_uses(self, node: ast.Module | ast.FunctionDef) -> dict[str, tuple[ast.expr, ast.AST]]:
        """Names of the scope that it passes to an annotated parameter of a module-level function, or
        returns from a function annotated with a type: name -> (the annotation, where it is written).
        A name with two different such annotations has none."""
        found: dict[str, tuple[ast.expr, ast.AST]] = {}
        clash: set[str] = set()

        def note(name: str, annotation: ast.expr, owner: ast.AST) -> None:
            if name in found and ast.dump(found[name][0]) != ast.dump(annotation):
                clash.add(name)
            found.setdefault(name, (annotation, owner))

        todo: list[ast.AST] = list(node.body)
        while todo:
            n = todo.pop()
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
                continue
            if isinstance(n, ast.Return) and isinstance(n.value, ast.Name) and isinstance(node, ast.FunctionDef) \
                    and node.returns is not None:
                note(n.value.id, node.returns, node)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in self.functions:
                f = self.functions[n.func.id]
                params = f.args.posonlyargs + f.args.args
                by_name = {a.arg: a for a in params + f.args.kwonlyargs}
                pairs = [(params[i] if i < len(params) else None, a) for i, a in enumerate(n.args)]
                pairs += [(by_name.get(kw.arg or ""), kw.value) for kw in n.keywords]
                for param, value in pairs:
                    if param is not None and param.annotation is not None and isinstance(value, ast.Name):
                        note(value.id, param.annotation, param)
            todo += list(iter_child_nodes(n))
        return {k: v for k, v in found.items() if k not in clash}

    def in_scope(self, node: ast.Module | ast.FunctionDef, names: dict[str, ast.expr]) -> None:
        uses = self.annotated_uses(node)
        for name, (annotation, _) in uses.items():
            names.setdefault(name, annotation)
        self.use_sources.append({k: owner for k, (_, owner) in uses.items() if names[k] is uses[k][0]})
        self.scopes.append(names)
        self.used.append(set())
        node.body = [self.visit(s) for s in node.body]
        self.scopes.pop()
        used = self.used.pop()
        sources = self.use_sources.pop()
        for name in used & set(sources):  # the annotation of the use has done its work too
            owner = sources[name]
            if isinstance(owner, ast.arg):
                self.dropped.append(owner)
            elif isinstance(owner, ast.FunctionDef):
                self.dropped_returns.append(owner)
        if used:
            node.body = [DropDeclarations(used).visit(s) for s in node.body]
            if isinstance(node, ast.FunctionDef):
                self.dropped += [a for a in node.args.posonlyargs + node.args.args + node.args.kwonlyargs
                                 if a.arg in used]

    def visit_ClassDef(self, node: ast.ClassDef):
        """A class's fields: `x: T` in its body, and `self.x: T` in its methods."""
        fields = {s.target.id: s.annotation for s in node.body
                  if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)}
        for m in node.body:
            if isinstance(m, ast.FunctionDef) and m.args.args:
                me = m.args.args[0].arg
                for n in walk(m):
                    if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Attribute) \
                            and isinstance(n.target.value, ast.Name) and n.target.value.id == me:
                        fields.setdefault(n.target.attr, n.annotation)
        self.fields.append(fields)
        self.used_fields.append(set())
        self.generic_visit(node)
        self.fields.pop()
        used = self.used_fields.pop()
        node.body = [ast.copy_location(ast.Pass(), s) if isinstance(s, ast.AnnAssign) and s.value is None
                     and isinstance(s.target, ast.Name) and s.target.id in used else s for s in node.body]
        return node

    def field_annotation(self, target: ast.expr) -> ast.expr | None:
        """The annotation of `self.x` in a method of a class that annotates x."""
        if not (self.fields and self.selves and isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name) and target.value.id == self.selves[-1]):
            return None
        return self.fields[-1].get(target.attr)

    def visit_FunctionDef(self, node: ast.FunctionDef):
        self.selves.append(node.args.args[0].arg if node.args.args else None)
        self.returns.append(node.returns)
        self.rewritten.append(False)
        node.decorator_list = [self.visit(d) for d in node.decorator_list]
        node.args = self.visit(node.args)
        self.in_scope(node, declared(node.body, node.args))
        self.returns.pop()
        self.selves.pop()
        if self.rewritten.pop():  # as for an assignment: the annotation has done its work
            node.returns = None
        return node

    def visit_Assign(self, node: ast.Assign):
        """`x = json.loads(s)` where the scope annotates x (`x: T` elsewhere, or a parameter `x: T`), and
        `self.x = json.loads(s)` in a method of a class that annotates x."""
        target = node.targets[0] if len(node.targets) == 1 else None
        annotation = self.scopes[-1].get(target.id) if isinstance(target, ast.Name) and self.scopes else None
        if target is not None and annotation is None:
            annotation = self.field_annotation(target)
        done = self.typed_call(node.value, annotation) if annotation is not None else None
        if done is None:
            return self.generic_visit(node)
        if isinstance(target, ast.Name):
            self.used[-1].add(target.id)
        elif isinstance(target, ast.Attribute):
            self.used_fields[-1].add(target.attr)
        node.value = done[0]
        return node

    def call_arguments(self, node: ast.Call) -> None:
        """f(json.loads(s)) where the program's function f annotates that parameter: f's annotation
        gives the type (and goes, as an assignment's does)."""
        f = self.functions.get(node.func.id) if isinstance(node.func, ast.Name) else None
        if f is None:
            return
        params = f.args.posonlyargs + f.args.args
        by_name = {a.arg: a for a in params + f.args.kwonlyargs}
        places = [(i, params[i] if i < len(params) else None, a) for i, a in enumerate(node.args)]
        places += [(-1 - i, by_name.get(kw.arg or ""), kw.value) for i, kw in enumerate(node.keywords)]
        for where, param, value in places:
            if param is None or param.annotation is None:
                continue
            done = self.typed_call(value, param.annotation)
            if done is None:
                continue
            if where >= 0:
                node.args[where] = done[0]
            else:
                node.keywords[-1 - where].value = done[0]
            self.dropped.append(param)

    def visit_Lambda(self, node: ast.Lambda):
        self.returns.append(None)
        self.rewritten.append(False)
        self.generic_visit(node)
        self.returns.pop()
        self.rewritten.pop()
        return node

    def visit_Return(self, node: ast.Return):
        annotation = self.returns[-1] if self.returns else None
        done = self.typed_call(node.value, annotation) if node.value is not None else None
        if done is None:
            return self.generic_visit(node)
        node.value = done[0]
        self.rewritten[-1] = True
        return node

    def visit_Call(self, node: ast.Call):
        self.call_arguments(node)
        if isinstance(node.func, ast.Name) and node.func.id in ENCODERS:
            for kw in node.keywords:
                if kw.arg == "cls":
                    self.errors.append(self.source.error(kw.value, f"json.{node.func.id.split(MODULE_SEP)[1]}() "
                                                                   f"with {kw.arg}= is not supported yet"))
        return self.generic_visit(node)

    def visit_Name(self, node: ast.Name):
        if node.id in FUNCTIONS:
            fn = node.id.split(MODULE_SEP)[1]
            self.errors.append(self.source.error(node, f"json.{fn}() needs the type of its result: assign it to an "
                                                       f"annotated variable (`data: dict[str, int] = json.{fn}(...)`), "
                                                       f"return it from a function annotated with the type, or pass "
                                                       f"it to an annotated parameter ({SUPPORTED})"))
        return node


def rewrite_json_targets(source: SourceFile, module: ast.Module) -> bool:
    """False where nothing could be rewritten (check.py's census stays as it was)."""
    if not any(isinstance(s, ast.FunctionDef) and s.name == "json" + MODULE_SEP + "_loads_as" for s in module.body):
        return False  # json is not imported, or it is the program's own json.py (which CPython imports too)
    if not any(isinstance(n, ast.Name) and (n.id in FUNCTIONS or n.id in ENCODERS) for n in walk(module)):
        return False
    rewriter = JsonTargets(source, module)
    rewriter.visit(module)
    for param in rewriter.dropped:
        param.annotation = None
    for f in rewriter.dropped_returns:
        f.returns = None
    if rewriter.errors:
        raise CompileError.of(rewriter.errors)
    return True
