"""Methods of the builtin types read from the type: `str.lower(s)` is `s.lower()`, and
`str.lower` as a value (`sorted(words, key=str.lower)`, `map(str.strip, lines)`) is
`lambda obj: obj.lower()`, which the rest of the compiler already types, lowers and passes around
(as operator_module.py does for `operator.neg`).  One class method too: `dict.fromkeys(keys, v)` is
`{k: v for k in keys}` where v is a constant or a name (one value for every key, as CPython gives),
else that comprehension inside a lambda called with the two arguments (each evaluated once, in order).

Only a type's own methods are rewritten (what CPython calls a method_descriptor: `str.upper`,
`list.append`, `dict.get`), not its class methods and static methods (`dict.fromkeys`,
`int.from_bytes`, `str.maketrans`: they take no receiver), and only where the type's name is the
builtin's: not where the module, or a function or class around the use, binds it (anywhere in
that scope: a name bound after the use is the program's too).  CPython raises TypeError when the
receiver is not of the type (`str.upper(5)`, `list.count("aab", "a")`); the method's call is
marked (`pyzc_descriptor_of`), and inference refuses such a receiver with that message.
"""

from __future__ import annotations

import ast
from ..ast_walk import iter_child_nodes, walk

TYPES: dict[str, type] = {"str": str, "bytes": bytes, "bytearray": bytearray, "list": list, "dict": dict, "set": set,
                          "frozenset": frozenset, "tuple": tuple, "int": int, "float": float}
OBJ = "_pyz_um_obj"


SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def binds(node: ast.AST) -> set[str]:
    """The names node itself binds (a target, a definition, a parameter, an import, a global)."""
    if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
        return {node.id}
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {node.name}
    if isinstance(node, ast.arg):
        return {node.arg}
    if isinstance(node, ast.alias):
        return {(node.asname or node.name).split(".")[0]}
    if isinstance(node, (ast.Global, ast.Nonlocal)):
        return set(node.names)
    if isinstance(node, ast.ExceptHandler) and node.name:
        return {node.name}
    return set()


def scope_names(node: ast.AST) -> set[str]:
    """The names bound in a scope: a function's or class's (with what the scopes inside it bind, which
    only keeps more names from being rewritten), or the module's (its own statements; the names a
    `global` statement anywhere binds)."""
    out: set[str] = set()
    if isinstance(node, ast.Module):
        todo: list[ast.AST] = list(node.body)
        while todo:
            n = todo.pop()
            out |= binds(n)
            if isinstance(n, SCOPES):
                out |= {g for x in walk(n) if isinstance(x, ast.Global) for g in x.names}
                continue
            todo.extend(iter_child_nodes(n))
        return out
    for n in walk(node):
        out |= binds(n)
    return out


class UnboundMethodRewriter(ast.NodeTransformer):
    def __init__(self, types: set[str]):
        self.types = types
        self.scopes: list[set[str]] = []  # the names each enclosing function or class binds
        self.kinds: list[type] = []  # and what each is
        self.changed = False

    def visit_scope(self, node):
        self.scopes.append(scope_names(node))
        self.kinds.append(type(node))
        self.generic_visit(node)
        self.scopes.pop()
        self.kinds.pop()
        return node

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = visit_ClassDef = visit_scope

    def method(self, node: ast.expr) -> str | None:
        """The method `T.m` names, where T is a builtin type's name and m one of its own methods."""
        if not (isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) and isinstance(node.value, ast.Name)
                and node.value.id in self.types and not any(node.value.id in s for s in self.scopes)):
            return None
        member = getattr(TYPES[node.value.id], node.attr, None)
        return node.attr if type(member).__name__ == "method_descriptor" else None

    def fromkeys(self, node: ast.Call) -> ast.expr | None:
        """`dict.fromkeys(keys, value)` as `{k: value for k in keys}` where value is a constant or a name
        (outside a class body, whose names a comprehension does not see), else as
        `(lambda ks, v: {k: v for k in ks})(keys, value)`: the arguments evaluated once, in order, and
        every key given the one value (one list for all, as in CPython)."""
        f = node.func
        if not (isinstance(f, ast.Attribute) and f.attr == "fromkeys" and isinstance(f.value, ast.Name)
                and f.value.id == "dict" and "dict" in self.types and not any("dict" in s for s in self.scopes)
                and 1 <= len(node.args) <= 2 and not node.keywords
                and not any(isinstance(a, ast.Starred) for a in node.args)):
            return None
        ks, v, k = OBJ + "_keys", OBJ + "_value", OBJ + "_key"
        args = [self.visit(x) for x in node.args] + ([ast.Constant(value=None)] if len(node.args) == 1 else [])
        self.changed = True
        in_class = bool(self.kinds) and self.kinds[-1] is ast.ClassDef  # (a comprehension there sees no class attribute)
        if isinstance(args[1], ast.Constant) or isinstance(args[1], ast.Name) and not in_class:
            # read once per key, the same value each time: in place
            # (so that the dict is made where it is used, and may take the item types its later stores give it)
            comp = ast.DictComp(key=ast.Name(id=k, ctx=ast.Load()), value=args[1],
                                generators=[ast.comprehension(target=ast.Name(id=k, ctx=ast.Store()), iter=args[0],
                                                              ifs=[], is_async=0)])
            return ast.fix_missing_locations(ast.copy_location(comp, node))
        a = ast.arguments(posonlyargs=[], args=[ast.arg(arg=ks), ast.arg(arg=v)], vararg=None, kwonlyargs=[],
                          kw_defaults=[], kwarg=None, defaults=[])
        comp = ast.DictComp(key=ast.Name(id=k, ctx=ast.Load()), value=ast.Name(id=v, ctx=ast.Load()),
                            generators=[ast.comprehension(target=ast.Name(id=k, ctx=ast.Store()),
                                                          iter=ast.Name(id=ks, ctx=ast.Load()), ifs=[], is_async=0)])
        call = ast.Call(func=ast.Lambda(args=a, body=comp), args=args, keywords=[])
        return ast.fix_missing_locations(ast.copy_location(call, node))

    def visit_Call(self, node: ast.Call):
        made = self.fromkeys(node)
        if made is not None:
            return made
        name = self.method(node.func)
        if name is None or not node.args or isinstance(node.args[0], ast.Starred):
            return self.generic_visit(node)
        self.changed = True
        args = [self.visit(a) for a in node.args]
        keywords = [self.visit(k) for k in node.keywords]
        func = ast.copy_location(ast.Attribute(value=args[0], attr=name, ctx=ast.Load()), node.func)
        func.pyzc_descriptor_of = node.func.value.id  # type: ignore[attr-defined]  # the receiver's type is checked (types/infer.py)
        return ast.copy_location(ast.Call(func=func, args=args[1:], keywords=keywords), node)

    def visit_Attribute(self, node: ast.Attribute):
        name = self.method(node)
        if name is None:
            return self.generic_visit(node)
        self.changed = True
        a = ast.arguments(posonlyargs=[], args=[ast.arg(arg=OBJ)], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None,
                          defaults=[])
        func = ast.Attribute(value=ast.Name(id=OBJ, ctx=ast.Load()), attr=name, ctx=ast.Load())
        func.pyzc_descriptor_of = node.value.id  # type: ignore[attr-defined]
        body = ast.Call(func=func, args=[], keywords=[])
        return ast.fix_missing_locations(ast.copy_location(ast.Lambda(args=a, body=body), node))


def rewrite_unbound_methods(module: ast.Module) -> bool:
    """False where nothing could be rewritten (check.py's census stays as it was)."""
    mentioned = {n.value.id for n in walk(module)
                 if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id in TYPES}
    if not mentioned:
        return False
    types = mentioned - scope_names(module)
    if not types:
        return False
    r = UnboundMethodRewriter(types)
    module.body = [r.visit(s) for s in module.body]
    return r.changed
