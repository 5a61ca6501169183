"""Narrowing an item: `xs[i]` that a test showed is not None stays so until something may change it.

Inference narrows a local variable after `x is not None` (`Inferencer.narrowed`): only the function
itself can store to it.  An item of a container (`xs[i]`, `d[k]`) is narrowed the same way when the
container is a name and the index a name or a constant (reading them has no effect), and so is a
field read through a name (`node.sym`, not a property), and only until
anything runs that could store to it: a store to a subscript or an attribute (through another name
for the same list), a rebinding of the container's or the index's name, a call, a `yield` (the
consumer runs), and the operators, attribute reads and dict lookups that run the program's own
methods (its operator dunders, `__hash__` and properties).  Those are found here from the AST and a summary of the
program's classes, before the types are known, so the rule is the same in every round of the fixed
point.  A narrowed read needs no None check: lowering reads the item as its inner type.
"""

from __future__ import annotations

import ast

from ..ast_walk import walk
from ..frontend.symbols import Program

# a read of a narrowed item is `'@item:' + ast.unparse(node)`: no variable has such a name
ITEM_PREFIX = "@item:"
# a local a test showed IS None (`x is None`; `isinstance(x, C)` false where every other value of x's
# type is a C): `'@none:' + name`, ended by a store to the name as the other keys are
NONE_PREFIX = "@none:"


def with_none_keys(names: frozenset[str]) -> frozenset[str]:
    """names, and the keys saying each is None: what a store to those names ends."""
    return names | frozenset(NONE_PREFIX + n for n in names)

# dunders that make an operator node run the program's code
BINARY_DUNDERS = frozenset({"add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
                            "and", "or", "xor", "matmul"})
COMPARE_DUNDERS = frozenset({"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__contains__"})
# builtins whose call runs the program's code only through these dunders of its classes (`len(d)`
# stores to nothing unless some class defines __len__)
QUIET_BUILTINS = {
    "len": ("__len__",), "abs": ("__abs__",), "isinstance": (), "ord": (), "id": (),
    "str": ("__str__", "__repr__", "__format__"), "repr": ("__repr__",), "chr": ("__index__",),
    "int": ("__int__", "__index__", "__trunc__"), "float": ("__float__", "__index__"),
    "bool": ("__bool__", "__len__"), "hash": ("__hash__",),
}


def item_key(node) -> str | None:
    """The narrowing key of `name[name]` or `name[constant]`; None for any other expression."""
    if not isinstance(node, ast.Subscript) or not isinstance(node.value, ast.Name):
        return None
    index = node.slice
    if isinstance(index, ast.Name) or (isinstance(index, ast.Constant) and isinstance(index.value, (int, str))
                                       and not isinstance(index.value, bool)):
        return ITEM_PREFIX + ast.unparse(node)
    return None


class UserCode:
    """Which AST nodes may run the program's own code, from its classes (computed once)."""

    def __init__(self, program: Program):
        methods = {m for c in program.classes.values() for m in c.methods}
        self.properties = {m for c in program.classes.values() for m, f in c.methods.items() if f.kind == "property"}
        self.binop = any(m in methods for d in BINARY_DUNDERS for m in (f"__{d}__", f"__r{d}__", f"__i{d}__"))
        self.compare = bool(methods & COMPARE_DUNDERS)
        self.lookup = "__hash__" in methods  # d[obj]: hashes the key
        self.format = bool(methods & {"__str__", "__repr__", "__format__"})
        names = set(program.functions) | program.globals | set(program.classes) \
            | {n for f in program.all_functions() for n in f.locals}
        self.quiet = frozenset(b for b, dunders in QUIET_BUILTINS.items()
                               if b not in names and not methods & set(dunders))

    def item_key(self, node) -> str | None:
        """item_key(node), or the key of `name.field` (not a property's: each read runs it again)."""
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and isinstance(node.ctx, ast.Load) \
                and node.attr not in self.properties:
            return ITEM_PREFIX + ast.unparse(node)
        return item_key(node)

    def runs(self, node) -> bool:
        """Whether evaluating this one node (not its children) may run code that stores to an item."""
        if isinstance(node, ast.Call):
            return not (isinstance(node.func, ast.Name) and node.func.id in self.quiet)
        if isinstance(node, (ast.Yield, ast.YieldFrom, ast.Await, ast.NamedExpr, ast.Lambda)):
            return True
        if isinstance(node, (ast.Subscript, ast.Attribute)) and not isinstance(node.ctx, ast.Load):
            return True
        if isinstance(node, (ast.BinOp, ast.UnaryOp)):
            return self.binop
        if isinstance(node, ast.Compare):
            return self.compare and not all(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops)
        if isinstance(node, ast.Subscript):
            return self.lookup
        if isinstance(node, ast.Attribute):
            return node.attr in self.properties
        if isinstance(node, ast.FormattedValue):
            return self.format
        return False

    def anywhere(self, node) -> bool:
        """Whether evaluating node (with everything inside it) may run such code."""
        return any(self.runs(n) for n in walk(node))


def item_names(key: str) -> set[str]:
    """The names an item key reads (its container, and its index if a name)."""
    node = ast.parse(key[len(ITEM_PREFIX):], mode="eval").body
    return {n.id for n in walk(node) if isinstance(n, ast.Name)}


def ends_items(keys: frozenset[str], stmt, user_code: UserCode, stored: frozenset[str]) -> frozenset[str]:
    """The item keys of keys that stmt may change: all of them if it may run code or store to an item,
    else those whose names it stores to."""
    items = frozenset(k for k in keys if k.startswith(ITEM_PREFIX))
    if not items:
        return items
    if user_code.anywhere(stmt) or any(isinstance(n, (ast.AugAssign, ast.For, ast.AsyncFor, ast.With, ast.Try,
                                                        ast.Delete, ast.Global, ast.Nonlocal))
                                       for n in walk(stmt)):
        return items
    return frozenset(k for k in items if item_names(k) & stored)
