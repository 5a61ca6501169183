"""Type rules for `type(x)`: its name and its identity, the two ways programs use it.

A mixin of the `Inferencer` (types/infer.py).  `type(x).__name__` and
`x.__class__.__name__` are strs; `type(a) is type(b)`, `type(x) == int`,
`type(x) is not C` (with `is`, `is not`, `==`, `!=`) are bools.  A class is
known by its name: lowering compares the names of the two types (ir/build_type_of.py),
which is the class's identity as long as no two classes of the program share a
name.  Other uses of `type(x)` (calling it, storing it) get a diagnostic.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from .model import BOOL, STR, Type

if TYPE_CHECKING:
    from .infer_host import InferHost
else:
    InferHost = object

# the builtin types a program may compare type(x) with, by the name type(x).__name__ gives
BUILTIN_TYPE_NAMES = ("int", "float", "bool", "str", "bytes", "bytearray", "list", "dict", "set", "frozenset", "tuple")
TYPE_USES = "type() is supported as type(x).__name__ and in comparisons (type(x) is T, type(a) == type(b)) for now"


def type_call_arg(node) -> ast.expr | None:
    """x, when node is `type(x)` or `x.__class__` (with `type` not rebound: checked by the caller)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "type" \
            and len(node.args) == 1 and not node.keywords and not isinstance(node.args[0], ast.Starred):
        return node.args[0]
    if isinstance(node, ast.Attribute) and node.attr == "__class__":
        return node.value
    return None


class TypeOfRules(InferHost):
    def type_of_value(self, node) -> ast.expr | None:
        """x, when node is type(x) or x.__class__ and the builtin type is meant."""
        x = type_call_arg(node)
        if x is None or isinstance(node, ast.Call) and self.is_variable_name("type"):
            return None
        return x

    def type_name_type(self, node: ast.Attribute) -> Type | None:
        """type(x).__name__: a str (None when node is not that)."""
        if node.attr != "__name__":
            return None
        x = self.type_of_value(node.value)
        if x is None:
            return None
        self.expr_keep(x)
        return STR

    def type_operand(self, node) -> bool:
        """Whether node may stand in a comparison of types: type(x), a builtin type's name or a class's."""
        if self.type_of_value(node) is not None:
            return True
        if isinstance(node, ast.Name) and not self.is_variable_name(node.id):
            return node.id in BUILTIN_TYPE_NAMES or node.id in self.program.classes or node.id in self.program.namedtuples
        return False

    def type_comparison(self, node: ast.Compare) -> Type | None:
        """type(a) is type(b), type(x) == int: a bool (None when node is no comparison of types)."""
        operands = [node.left] + list(node.comparators)
        if not any(self.type_of_value(o) is not None for o in operands):
            return None
        if not all(isinstance(op, (ast.Is, ast.IsNot, ast.Eq, ast.NotEq)) for op in node.ops) or len(node.ops) != 1:
            raise self.source.error(node, "type(x) is supported in one comparison with is, is not, == or != for now")
        for o in operands:
            if not self.type_operand(o):
                raise self.source.error(o, "type(x) is compared with another type(...), a builtin type or a class here")
            x = self.type_of_value(o)
            if x is not None:
                self.expr_keep(x)
        return BOOL

    def type_call(self, node: ast.Call) -> Type:
        """type(x) anywhere else."""
        raise self.source.error(node, TYPE_USES)
