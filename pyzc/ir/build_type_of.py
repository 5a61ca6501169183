"""Lowering of `type(x).__name__` and comparisons of types (types/type_of_rules.py): a type is
known by its name, computed from the value where its static type does not say it."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from ..frontend.symbols import bare_name
from ..types.model import BOOL, EXC, INT, NONE, NUM, STR, ClassT, GenT, GenU, OptT
from ..types.none_uses import python_type_name
from ..types.type_of_rules import BUILTIN_TYPE_NAMES, type_call_arg
from .ops import Assign, Branch, Const, Value

if TYPE_CHECKING:  # the host's plumbing, as the type checker sees it (build_host.py)
    from .build_host import BuilderHost
else:
    BuilderHost = object


class TypeOfLowering(BuilderHost):
    """Lowering of type(x) (mixed into ir.build.FunctionBuilder)."""

    def type_of_operand(self, node) -> ast.expr | None:
        x = type_call_arg(node)
        if x is None or isinstance(node, ast.Call) and self.is_variable("type"):
            return None
        return x

    def type_name_attribute(self, node: ast.Attribute) -> Value | None:
        """type(x).__name__, x.__class__.__name__; None for other attributes."""
        if node.attr != "__name__":
            return None
        x = self.type_of_operand(node.value)
        return self.type_name(self.expr(x, check=False)) if x is not None else None

    def type_name(self, v: Value, maybe_none: bool = True) -> Value:
        """The name of v's class, as type(v).__name__ gives it."""
        t = v.type
        if maybe_none and isinstance(t, OptT):
            return self.opt_case(v, STR, lambda: Const("NoneType", STR), lambda x: self.type_name(x, maybe_none=False))
        if maybe_none and isinstance(t, ClassT) and self.may_be_none(v):  # an object or None (NULL)
            result = self.temp(STR)
            none, some, done = self.new_block(), self.new_block(), self.new_block()
            self.emit(Branch(self.opt_is_none(v), none, some, self.line))
            self.set_block(none)
            self.emit(Assign(result, Const("NoneType", STR), self.line))
            self.goto(done)
            self.set_block(some)
            self.emit(Assign(result, self.type_name(v, maybe_none=False), self.line))
            self.goto(done)
            self.set_block(done)
            return result
        if t == NUM:
            return self.choose(self.prim("num_is_float", [v], BOOL), Const("float", STR),
                               self.choose(self.prim("num_is_bool", [v], BOOL), Const("bool", STR), Const("int", STR)))
        if t == EXC:
            return self.rt("pyz_exc_type_name", [v], STR)
        if isinstance(t, ClassT):
            classes = [c for c in self.mb.program.subtree(t.name) if c in self.mb.constructed_classes()] or [t.name]
            result = self.temp(STR)
            done = self.new_block()
            for c in classes[:-1]:
                cid = self.mb.class_ids[c]
                this, other = self.new_block(), self.new_block()
                self.emit(Branch(self.prim("obj_class_in", [v, Const(cid, INT), Const(cid, INT)], BOOL), this, other, self.line))
                self.set_block(this)
                self.emit(Assign(result, Const(bare_name(c), STR), self.line))
                self.goto(done)
                self.set_block(other)
            self.emit(Assign(result, Const(bare_name(classes[-1]), STR), self.line))
            self.goto(done)
            self.set_block(done)
            return result
        if isinstance(t, (GenT, GenU)):
            return Const("generator", STR)
        return Const("NoneType" if t == NONE else python_type_name(t), STR)

    def choose(self, test: Value, yes: Value, no: Value) -> Value:
        result = self.temp(yes.type)
        a, b, done = self.new_block(), self.new_block(), self.new_block()
        self.emit(Branch(test, a, b, self.line))
        for block, v in ((a, yes), (b, no)):
            self.set_block(block)
            self.emit(Assign(result, v, self.line))
            self.goto(done)
        self.set_block(done)
        return result

    def type_comparison(self, node: ast.Compare) -> Value | None:
        """type(a) is type(b), type(x) == int...: the two names compared; None for other comparisons."""
        operands = [node.left] + list(node.comparators)
        if not any(self.type_of_operand(o) is not None for o in operands):
            return None
        names = []
        for o in operands:
            x = self.type_of_operand(o)
            if x is not None:
                names.append(self.type_name(self.expr(x, check=False)))
            else:
                name = narrow_name(o)
                info = self.mb.program.namedtuples.get(name)
                names.append(Const(info.typename if info is not None else bare_name(name) if name not in BUILTIN_TYPE_NAMES else name, STR))
        op = ast.Eq() if isinstance(node.ops[0], (ast.Is, ast.Eq)) else ast.NotEq()
        return self.compare(op, names[0], names[1], node)


def narrow_name(node) -> str:
    assert isinstance(node, ast.Name), node
    return node.id
