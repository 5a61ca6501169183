"""Lowering of user classes: objects, fields, method calls, dispatchers, dunders.

Mixins of the function and module builders (ir/build.py), kept apart
because classes bring their own vocabulary; the type rules they follow are
in types/objects.py.

- An object is created by NewObject, then its `__init__` instance is called.
- A field read or write is GetField/SetField on the class that lays the
  field out; they check for None (AttributeError, CPython's message) unless
  the object is the method's own `self`.
- A call that may reach several overrides calls a dispatcher: an IR
  function that tests the object's class id against each override's id
  range and calls it (class ids are numbered in pre-order, so a class and
  its subclasses form one range).  Dispatchers add no traceback frame.
- Dunders (`a + b`, `a < b`, `len(a)`, `hash(a)`, containers' item
  operations) call the instances inference recorded in `dunder_calls`.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Callable

from ..frontend.symbols import assigned_names, attr_global, bare_name, qualified_name, traceback_name
from ..types.typed_program import CallInfo
from ..primitives.value_ops import ISINSTANCE_BUILTINS, ISINSTANCE_CONTAINERS
from ..types.none_uses import python_type_name
from ..types.operators import ORDERINGS
from ..types.model import BOOL, BOTTOM, EXC, EXC_ARGS, EXC_KIND, FLOAT, INT, NONE, NUM, STR, BYTES, ClassT, DictT, FuncT, GenT, GenU, ListT, OptT, SetT, TupleT, Type, VarTupleT, concrete, narrow
from ..exceptions import is_oserror_call, is_subclass
from ..frontend.check import EXCEPTION_ALIASES, builtin_exception_chain
from ..types.objects import (BINARY_DUNDERS, CLASS_NAMES, COMPARE_DUNDERS, EXC_ARG_FIELDS, EXC_MESSAGE, REFLECTED, class_attr_overrides, reflected_first_pairs, class_name_attribute,
                             field_owner, owner_of)
from ..frontend.dataclass_classes import INIT_STORE, frozen_field
from ..frontend.builtin_subclasses import builtin_base
from .field_presence import PRESENCE_PREFIX, fields_maybe_unset
from .ops import (NewClosure, Assign, Block, Branch, BuildStr, Call, CheckObj, ClassLayout, Const, Function, GetField, Goto, NewObject, Prim,
                  Raise, Reg, Return, SetField, Value, list_fn, tuple_fn)

if TYPE_CHECKING:  # the host's plumbing, as the type checker sees it (build_host.py)
    from .build_host import BuilderHost, ModuleHost
else:
    BuilderHost = object
    ModuleHost = object


def class_name(obj: Value) -> str:
    """The static class of obj, a value of a class type."""
    return narrow(obj.type, ClassT).name


class ObjectLowering(BuilderHost):
    """Lowering of objects (mixed into ir.build.FunctionBuilder)."""

    def reassigns(self, name: str) -> bool:
        return name in assigned_names(self.func.body)

    def may_be_none(self, v: Value) -> bool:
        """Whether an object value may be None; a method's `self` (self_param, when the method never
        reassigns it) cannot."""
        if isinstance(v, Reg) and not v.is_global and v.name == self.self_param:
            return False
        return True

    def stmt_ClassDef(self, s: ast.ClassDef):
        cls = self.mb.program.classes[s.name]
        for name, value in cls.attrs.items():
            self.at(value)
            r = self.mb.global_reg(attr_global(cls.name, name), value)
            # (its type may be wider than the value's: `rate = 0` read where objects are given 0.5)
            self.emit(Assign(r, self.coerce_num(self.expr(value, r.type), r.type), self.line))

    # ------------------------------------------------------------ fields
    def field_owner(self, cls: str, attr: str) -> str:
        owner = field_owner(self.mb.program, self.mb.typed.fields, cls, attr, create=True)
        assert owner is not None  # create=True
        return owner

    def attr_holder(self, cls: str, attr: str) -> str:
        """The class (cls or a base) whose class attribute attr is: inference resolved it."""
        holder = self.mb.program.lookup_attr(cls, attr)
        assert holder is not None, (cls, attr)
        return holder

    def get_field(self, obj: Value, attr: str) -> Reg:
        owner = self.field_owner(class_name(obj), attr)
        dst = self.temp(concrete(self.mb.typed.fields[(owner, attr)]))
        if (owner, attr) in self.mb.maybe_unset():  # an object may lack it yet: CPython's AttributeError
            has = self.temp(BOOL)
            self.emit(GetField(has, obj, owner, PRESENCE_PREFIX + attr, self.line, self.may_be_none(obj)))
            fail, ok = self.new_block(), self.new_block()
            self.emit(Branch(has, ok, fail, self.line))
            self.set_block(fail)
            if self.mb.program.lookup_attr(class_name(obj), attr) is not None \
                    or class_attr_overrides(self.mb.program, class_name(obj), attr):
                # a class attribute of that name stands for it (types/objects.py field_class_attribute)
                done = self.new_block()
                self.emit(Assign(dst, self.class_attribute_of(obj, attr), self.line))
                self.emit(Goto(done))
                self.set_block(ok)
                self.emit(GetField(dst, obj, owner, attr, self.line, self.may_be_none(obj)))
                self.emit(Goto(done))
                self.set_block(done)
                return dst
            self.raise_no_attribute(obj, attr)
            self.set_block(ok)
        self.emit(GetField(dst, obj, owner, attr, self.line, self.may_be_none(obj)))
        return dst

    def has_attribute(self, obj: Value, attr: str, node) -> Value:
        """hasattr(obj, "attr") of an object: its class's method, property or class attribute; its field,
        which it lacks until something assigns it (its presence flag, when some object may lack it);
        None has none of these."""
        program, cls = self.mb.program, class_name(obj)
        if program.lookup_method(cls, attr) is not None or program.lookup_attr(cls, attr) is not None:
            has: Value = Const(True, BOOL)
        else:
            owner = field_owner(program, self.mb.typed.fields, cls, attr)
            others = [c for c in program.subtree(cls)[1:] if (c, attr) in self.mb.typed.fields
                      or program.lookup_method(c, attr) is not None or program.lookup_attr(c, attr) is not None]
            if owner is None and others:
                raise self.source.error(node, f"hasattr() of a '{bare_name(cls)}' object for '{attr}', which only its "
                                              f"subclass '{bare_name(others[0])}' has, is not supported yet")
            if owner is None:
                has = Const(False, BOOL)
            elif (owner, attr) in self.mb.maybe_unset():
                if self.may_be_none(obj):
                    return self.opt_case_object(obj, owner, attr)
                has = self.temp(BOOL)
                self.emit(GetField(has, obj, owner, PRESENCE_PREFIX + attr, self.line, False))
            else:
                has = Const(True, BOOL)
        if not self.may_be_none(obj) or (isinstance(has, Const) and not has.value):
            return has
        return self.prim("bool_and", [self.prim("bool_not", [self.opt_is_none(obj)], BOOL), has], BOOL)

    def opt_case_object(self, obj: Value, owner: str, attr: str) -> Value:
        """The presence flag of attr in obj, False when obj is None (read only when it is not)."""
        dst = self.temp(BOOL)
        some, none, done = self.new_block(), self.new_block(), self.new_block()
        self.emit(Branch(self.opt_is_none(obj), none, some, self.line))
        self.set_block(none)
        self.emit(Assign(dst, Const(False, BOOL), self.line))
        self.emit(Goto(done))
        self.set_block(some)
        self.emit(GetField(dst, obj, owner, PRESENCE_PREFIX + attr, self.line, False))
        self.emit(Goto(done))
        self.set_block(done)
        return dst

    def raise_no_attribute(self, obj: Value, attr: str):
        """AttributeError naming the object's own class (one of the static class's subtree)."""
        classes = [c for c in self.mb.program.subtree(class_name(obj)) if c in self.mb.constructed_classes()] or [class_name(obj)]
        for c in classes[:-1]:
            cid = self.mb.class_ids[c]
            this, other = self.new_block(), self.new_block()
            self.emit(Branch(self.prim("obj_class_in", [obj, Const(cid, INT), Const(cid, INT)], BOOL), this, other, self.line))
            self.set_block(this)
            self.emit(Raise("AttributeError", f"'{bare_name(c)}' object has no attribute '{attr}'", self.line))
            self.set_block(other)
        self.emit(Raise("AttributeError", f"'{bare_name(classes[-1])}' object has no attribute '{attr}'", self.line))

    def delete_field(self, obj: Value, attr: str):
        """del obj.attr: CPython's AttributeError if the object lacks it, else it lacks it from now on."""
        if not isinstance(obj.type, ClassT):  # an item of an always-empty container
            return
        owner = self.field_owner(class_name(obj), attr)
        if (owner, attr) not in self.mb.typed.fields:  # no object ever has it
            self.raise_no_attribute(obj, attr)
            self.set_block(self.new_block())
            return
        self.get_field(obj, attr)  # raises when the object lacks it
        self.emit(SetField(obj, owner, PRESENCE_PREFIX + attr, Const(False, BOOL), self.line, self.may_be_none(obj)))

    def set_field(self, obj: Value, attr: str, v: Value):
        owner = self.field_owner(class_name(obj), attr)
        ft = concrete(self.mb.typed.fields[(owner, attr)])
        self.emit(SetField(obj, owner, attr, self.coerce_num(v, ft), self.line, self.may_be_none(obj)))
        if (owner, attr) in self.mb.maybe_unset():
            self.emit(SetField(obj, owner, PRESENCE_PREFIX + attr, Const(True, BOOL), self.line, self.may_be_none(obj)))

    def field_type(self, target: ast.Attribute) -> Type | None:
        """The type a store to target must give: its field's, or its class attribute's (`T.seen = []`)."""
        cls = self.class_of(target.value)
        if cls is not None and self.mb.program.lookup_attr(cls, target.attr) is not None:
            return self.mb.global_reg(attr_global(self.attr_holder(cls, target.attr), target.attr), target).type
        ot = self.inst.expr_types.get(id(target.value))
        if isinstance(ot, ClassT):
            return concrete(self.mb.typed.fields.get((self.field_owner(ot.name, target.attr), target.attr), BOTTOM))
        return None

    def class_of(self, node) -> str | None:
        """The class a Name denotes (as in `Account.FEE`), if it is not a variable, or a classmethod's `cls`
        (FuncInfo.class_param): the class of this instance, as inference's class_named."""
        if isinstance(node, ast.Name) and node.id in self.mb.program.classes and not self.is_variable(node.id):
            return node.id
        if isinstance(node, ast.Name) and node.id == self.inst.func.class_param and self.inst.argtypes:
            return self.inst.argtypes[0].name
        return None

    def object_attribute(self, node: ast.Attribute) -> Value | None:
        """A read of Class.X or obj.X; None when node is not about a class."""
        program = self.mb.program
        cls = self.class_of(node.value)
        if cls is not None and node.attr in CLASS_NAMES and program.lookup_attr(cls, node.attr) is None:
            return Const(class_name_attribute(cls, node.attr), STR)
        if cls is not None:
            # the value now: a call later in the same expression may assign it (`print(A.n, A().n)`)
            return self.snapshot(self.mb.global_reg(attr_global(self.attr_holder(cls, node.attr), node.attr), node))
        t = self.inst.expr_types.get(id(node.value))
        if not isinstance(t, ClassT):
            return None
        info = self.inst.calls.get(id(node))
        if info is not None:  # a property
            return self.call_method(info, node)
        obj = self.expr(node.value)
        if (self.field_owner(t.name, node.attr), node.attr) in self.mb.typed.fields:
            return self.get_field(obj, node.attr)
        bound = self.inst.expr_types.get(id(node))
        if isinstance(bound, FuncT) and self.mb.program.functions[bound.names[0]].kind == "bound":
            # obj.m as a value: a closure holding obj (types/functions.py)
            if self.may_be_none(obj):
                self.emit(CheckObj(obj, node.attr, self.line))
            name = bound.names[0]
            env = self.closure_env(name)
            dst = self.temp(bound)
            self.emit(NewClosure(dst, name, self.mb.function_ids[name], [self.coerce_num(obj, env[0])], env, self.line))
            return dst
        if node.attr == "args" and program.exception_base(t.name) is not None:
            return self.rt("pyz_exc_args_of", [self.get_field(obj, f) for f, _ in EXC_ARG_FIELDS], EXC_ARGS)
        if self.may_be_none(obj):
            self.emit(CheckObj(obj, node.attr, self.line))
        if program.lookup_attr(t.name, node.attr) is None:
            # no object is ever given it (its only store is in a method never called): CPython's AttributeError
            self.raise_no_attribute(obj, node.attr)
            self.set_block(self.new_block())
            return Const(None, concrete(self.inst.expr_types.get(id(node), BOTTOM)))
        return self.class_attribute_of(obj, node.attr, node)

    def class_attribute_of(self, obj: Value, attr: str, node=None) -> Value:
        """obj.attr where attr is a class attribute of obj's static class: the value now."""
        program = self.mb.program
        t = class_name(obj)
        holder = program.lookup_attr(t, attr)
        overrides = class_attr_overrides(program, t, attr)
        if not overrides:
            return self.snapshot(self.mb.global_reg(attr_global(self.attr_holder(t, attr), attr), node))
        # a subclass's own class attribute of that name: the object's class decides (deepest first;
        # each class's subtree is a range of class ids); none above t (only subclasses give it, to stand for
        # a field an object lacks: get_field): CPython's AttributeError for the other classes' objects
        base = self.mb.global_reg(attr_global(holder, attr), node) if holder is not None else None
        dst = self.temp(base.type if base is not None else self.mb.global_reg(attr_global(overrides[0], attr), node).type)
        done = self.new_block()
        for c in reversed(overrides):
            lo, hi = self.mb.class_range(c)
            this, other = self.new_block(), self.new_block()
            self.emit(Branch(self.prim("obj_class_in", [obj, Const(lo, INT), Const(hi, INT)], BOOL), this, other, self.line))
            self.set_block(this)
            self.emit(Assign(dst, self.mb.global_reg(attr_global(c, attr), node), self.line))
            self.emit(Goto(done))
            self.set_block(other)
        if base is None:
            self.raise_no_attribute(obj, attr)
        else:
            self.emit(Assign(dst, base, self.line))
            self.emit(Goto(done))
        self.set_block(done)
        return dst

    def store_attribute(self, target: ast.Attribute, v: Value):
        cls = self.class_of(target.value)
        if cls is not None:
            holder = self.attr_holder(cls, target.attr)
            r = self.mb.global_reg(attr_global(holder, target.attr), target)
            self.emit(Assign(r, self.coerce_num(v, r.type), self.line))
            return
        obj = self.expr(target.value)
        if self.frozen_store(obj, target):
            return
        setter = self.inst.setters.get(id(target))
        if setter is not None:  # a property's setter (types/objects.py store_attr)
            param = concrete(self.mb.first_instance(setter).argtypes[1])
            if self.may_be_none(obj):
                self.emit(CheckObj(obj, target.attr, self.line))
            self.call_target(setter, [obj, self.coerce_num(v, param)])
            return
        self.set_field(obj, target.attr, v)

    def frozen_store(self, obj: Value, target: ast.Attribute) -> bool:
        """A store to a field of a frozen dataclass outside its __init__ (frontend/dataclass_classes.py):
        CPython's FrozenInstanceError, raised instead of the store."""
        if not isinstance(obj.type, ClassT) or getattr(target, INIT_STORE, False):
            return False
        classes = [self.mb.program.classes[c].node for c in (obj.type.name, *obj.type.ancestors) if c in self.mb.program.classes]
        if not frozen_field(classes, target.attr):
            return False
        self.emit(Raise("FrozenInstanceError", f"cannot assign to field '{target.attr}'", self.line))
        self.set_block(self.new_block())  # nothing reaches what follows
        return True

    def augassign_attribute(self, s: ast.AugAssign):
        target = s.target
        assert isinstance(target, ast.Attribute)  # what build.py sends here
        if self.class_of(target.value) is not None:
            cur = self.object_attribute(target)
            assert cur is not None  # a class's attribute
            res = self.augmented(s, cur)
            if res is not None:
                self.store_attribute(target, res)
            return
        obj = self.expr(target.value)
        setter = self.inst.setters.get(id(target))
        if setter is not None:  # a property with a setter: its getter, then its setter, on the one object
            getter = self.inst.calls[id(target)]
            if self.may_be_none(obj):
                self.emit(CheckObj(obj, target.attr, self.line))
            res = self.augmented(s, self.call_target(getter, [obj]))
            if res is not None:
                param = concrete(self.mb.first_instance(setter).argtypes[1])
                self.call_target(setter, [obj, self.coerce_num(res, param)])
            return
        cur = self.get_field(obj, target.attr)
        res = self.augmented(s, cur)
        if res is not None and not self.frozen_store(obj, target):
            self.set_field(obj, target.attr, res)

    # ------------------------------------------------------------ calls
    def call_method(self, info: CallInfo, node) -> Value:
        """A user method call (info.kind 'user' or 'virtual') or a property read."""
        if info.discard is not None:
            self.expr(info.discard)
        first = self.mb.first_instance(info)
        params = first.argtypes
        values: list[Value] = []
        arg_nodes = list(info.args)
        if info.cls_arg:
            values.append(Const(None, concrete(params[0])))
        if info.self_recv:
            values.append(self.var(self.func.params[0]))
        for a, p in zip(arg_nodes, params[len(values):]):
            v = self.expr(a, concrete(p))
            values.append(self.coerce_num(v, concrete(p)))
        if info.recv_class is not None and not info.self_recv and values and self.may_be_none(values[0]):
            self.emit(CheckObj(values[0], info.name.rsplit(".", 1)[-1], self.line))
        return self.call_target(info, values)

    def call_target(self, info: CallInfo, values: list[Value]) -> Value:
        rt = concrete(info.return_type) if info.kind == "virtual" else concrete(self.mb.typed.instances[info.instance_key()].return_type)
        if rt == BOTTOM:
            rt = NONE
        dst = self.temp(rt)
        self.emit(Call(dst, self.mb.call_target(info), values, self.line))
        return dst

    def construct(self, info: CallInfo) -> Value:
        program = self.mb.program
        cls = program.classes[info.name]
        obj = self.temp(ClassT(cls.name, cls.ancestors))
        self.emit(NewObject(obj, cls.name, self.line))
        values: list[Value] = [obj]
        if info.key is not None:
            params = self.mb.typed.instances[info.key].argtypes
            for a, p in zip(info.args, params[1:]):
                values.append(self.coerce_num(self.expr(a, concrete(p)), concrete(p)))
        else:
            values += [self.expr(a) for a in info.args]
        if program.exception_base(cls.name) is not None:  # BaseException.__new__ keeps the arguments
            given = values[1:] if info.key is None else values[1:1 + info.npositional]
            # OSError.__new__ reads errno, strerror... unless a class below it has an __init__ (then it keeps
            # no arguments, and OSError.__init__ reads those super().__init__ passes: exception_init)
            self.set_exception_message(obj, given, info.args, parsed=program.lookup_method(cls.name, "__init__") is None)
        if info.key is not None:
            self.emit(Call(self.temp(NONE), self.mb.instance_name(info.key), values, self.line))
        return obj

    def set_exception_message(self, obj: Value, args: list[Value], nodes: list, parsed: bool = True):
        """str(e) of an exception: '' for no arguments, str(arg) for one (repr for a KeyError), the
        arguments' tuple for several; parsed, an OSError's from errno, strerror... (oserror_message)."""
        base = self.mb.program.exception_base(class_name(obj))
        if not parsed and base is not None and is_subclass(base, "OSError"):
            args = []  # OSError.__new__ leaves e.args empty for the __init__ to set
        msg: Value
        if parsed and base is not None and is_oserror_call(base, len(args)):
            msg, args = self.oserror_message(args, nodes)
        elif not args:
            msg = Const("", STR)
        elif len(args) == 1:
            msg = self.repr_of(args[0]) if base == "KeyError" else self.to_str(args[0])
        else:
            msg = self.to_str(self.make_tuple(list(args)))
        self.set_field(obj, EXC_MESSAGE, msg)
        args_repr = self.repr_of(self.make_tuple(list(args))) if args else Const("()", STR)
        arg0 = self.to_str(args[0]) if args else Const("", STR)
        for (field, _), v in zip(EXC_ARG_FIELDS, (args_repr, arg0, Const(len(args), INT))):
            self.set_field(obj, field, v)

    def oserror_message(self, args: list[Value], nodes: list) -> tuple[Value, list[Value]]:
        """str(e) of an object of a user class below OSError made from 2 to 5 arguments, and the arguments
        e.args keeps, as CPython's oserror_init and OSError_str: "[Errno e] strerror", then ": " and the
        filename's repr when it is not None (e.args then keeps errno and strerror only), then " -> " and
        filename2's.  (BlockingIOError's characters_written is read only for that class itself.)"""
        parts = [Const("[Errno ", STR), self.to_str(args[0]), Const("] ", STR), self.to_str(args[1])]
        for i in (2, 4):
            if i < len(args) and isinstance(args[i].type, OptT):
                raise self.source.error(nodes[min(i, len(nodes) - 1)], "an OSError with a filename that may be None is not supported: "
                                                   "CPython's message then depends on it")
        if len(args) > 2 and args[2].type != NONE:
            parts += [Const(": ", STR), self.repr_of(args[2])]
            if len(args) == 5 and args[4].type != NONE:
                parts += [Const(" -> ", STR), self.repr_of(args[4])]
            args = args[:2]
        msg = self.temp(STR)
        self.emit(BuildStr(msg, parts, self.line))
        return msg, args

    def exception_init(self, info: CallInfo) -> Value:
        """super().__init__(...) in an exception class: BaseException.__init__ sets the arguments."""
        me = self.var(self.func.params[0])
        self.set_exception_message(me, [self.expr(a) for a in info.args], info.args)
        return Const(None, NONE)

    def raise_object(self, v: Value):
        args = [self.get_field(v, f) for f, _ in EXC_ARG_FIELDS] if self.mb.program.exception_base(class_name(v)) else None
        self.emit(Raise("", self.to_str(v), self.line, obj=v, args=args))

    def dunder(self, cls: ClassT, name: str, values: list[Value]) -> Value | None:
        """Call cls's dunder on values (self first); None when inference recorded no such call."""
        key = (cls.name, name, tuple(concrete(v.type) for v in values[1:]))
        info = self.mb.typed.dunder_calls.get(key)
        if info is None:
            return None
        if self.may_be_none(values[0]):
            self.emit(CheckObj(values[0], name, self.line))
        return self.call_target(info, values)

    def reflected_first_test(self, left: Value, right: Value, name: str, arith: bool) -> Value | None:
        """Whether the right operand's class derives from the left's, so that CPython calls the right
        one's reflected method `name` first (types/objects.py reflected_first_pairs): a test of the two
        objects' classes, over the classes the program constructs; None where it never does."""
        if not (isinstance(left.type, ClassT) and isinstance(right.type, ClassT)):
            return None
        made = self.mb.constructed_classes()
        test: Value | None = None
        for c, r in reflected_first_pairs(self.mb.program, left.type.name, right.type.name, name, arith):
            if c not in made or r not in made:
                continue
            ci, ri = self.mb.class_range(c)[0], self.mb.class_range(r)[0]
            pair = self.prim("bool_and", [self.prim("obj_class_in", [left, Const(ci, INT), Const(ci, INT)], BOOL),
                                          self.prim("obj_class_in", [right, Const(ri, INT), Const(ri, INT)], BOOL)], BOOL)
            test = pair if test is None else self.prim("bool_or", [test, pair], BOOL)
        return test

    def either_value(self, test: Value, t: Type, yes: Callable[[], Value], no: Callable[[], Value]) -> Value:
        """yes() if test else no(), each computed in its own branch, as a value of type t."""
        result = self.temp(t)
        a, b, done = self.new_block(), self.new_block(), self.new_block()
        self.emit(Branch(test, a, b, self.line))
        for block, make in ((a, yes), (b, no)):
            self.set_block(block)
            self.emit(Assign(result, self.coerce_num(make(), t), self.line))
            self.goto(done)
        self.set_block(done)
        return result

    def binop_dunder(self, op, left: Value, right: Value, node) -> Value:
        stem = BINARY_DUNDERS[type(op)]
        if self.only_derived_have(node, left.type, (f"__{stem}__",)):
            self.only_derived_have(node, right.type, (f"__r{stem}__",))
        test = self.reflected_first_test(left, right, f"__r{stem}__", arith=True)
        if test is None:
            return self.binop_dunder_static(op, left, right, node)
        t = self.type_of(node)

        def reflected() -> Value:
            r = self.dunder(narrow(right.type, ClassT), f"__r{stem}__", [right, left])
            assert r is not None  # inference recorded it (reflected_first)
            return r
        return self.either_value(test, t, reflected, lambda: self.binop_dunder_static(op, left, right, node))

    def binop_dunder_static(self, op, left: Value, right: Value, node) -> Value:
        stem = BINARY_DUNDERS[type(op)]
        if isinstance(left.type, ClassT):
            r = self.dunder(left.type, f"__{stem}__", [left, right])
            if r is not None:
                return r
        if isinstance(right.type, ClassT):
            r = self.dunder(right.type, f"__r{stem}__", [right, left])
            if r is not None:
                return r
        raise self.source.error(node, f"internal: no {stem} for {left.type} and {right.type}")

    def only_derived_have(self, node, t: Type, names: tuple[str, ...]) -> bool:
        """False when t's class has one of the dunders `names` (own or inherited); refused when it has none
        but a class derived from it that the program constructs has one (pyzc would use t's behaviour,
        identity for ==, where CPython calls the derived class's method); True when no class has one."""
        if not isinstance(t, ClassT):
            return True
        program = self.mb.program
        if any(program.lookup_method(t.name, n) for n in names):
            return False
        made = self.mb.constructed_classes()
        for c in program.subtree(t.name)[1:]:
            found = next((n for n in names if program.lookup_method(c, n)), None)
            if c in made and found is not None:
                raise self.source.error(node, f"{c} defines {found}, which {t.name} (the class of this operand as pyzc "
                                              f"types it) has not: pyzc does not call it for an object of {c} here yet")
        return True

    def compare_objects(self, op, left: Value, right: Value, node) -> Value:
        name = COMPARE_DUNDERS[type(op)]
        mine = (name, "__eq__") if name == "__ne__" else (name,)
        if self.only_derived_have(node, left.type, mine):
            self.only_derived_have(node, right.type, tuple(REFLECTED[n] for n in mine))
        test = self.reflected_first_test(left, right, REFLECTED[name], arith=False)
        if test is None:
            return self.compare_objects_static(op, left, right, node)
        rt = narrow(right.type, ClassT)

        def reflected() -> Value:
            own = REFLECTED[name]
            if own == "__ne__" and not self.mb.program.lookup_method(rt.name, "__ne__"):
                eq = self.dunder(rt, "__eq__", [right, left])
                assert eq is not None  # inference recorded it (reflected_first)
                return self.prim("bool_not", [self.truth(eq)], BOOL)
            r = self.dunder(rt, own, [right, left])
            assert r is not None  # inference recorded it (reflected_first)
            return self.truth(r)
        return self.either_value(test, BOOL, reflected, lambda: self.compare_objects_static(op, left, right, node))

    def compare_objects_static(self, op, left: Value, right: Value, node) -> Value:
        lt, rt = left.type, right.type
        name = COMPARE_DUNDERS[type(op)]
        r = None
        if isinstance(lt, ClassT):
            r = self.dunder(lt, name, [left, right])
        if r is None and isinstance(rt, ClassT):
            r = self.dunder(rt, REFLECTED[name], [right, left])
        if r is None and name == "__ne__" and isinstance(lt, ClassT):
            eq = self.dunder(lt, "__eq__", [left, right])
            if eq is not None:
                return self.prim("bool_not", [self.truth(eq)], BOOL)
        if r is not None:
            return self.truth(r)
        if name in ("__eq__", "__ne__"):  # identity
            if lt == NONE or rt == NONE:
                obj = right if lt == NONE else left
                same = self.prim("obj_is_none", [obj], BOOL)
            else:
                same = self.prim("obj_same", [left, right], BOOL)
            return same if name == "__eq__" else self.prim("bool_not", [same], BOOL)
        if isinstance(op, (ast.Lt, ast.LtE, ast.Gt, ast.GtE)):  # items of tuples neither of whose classes orders them
            sym = ORDERINGS[type(op)]
            self.emit(Raise("TypeError", f"'{sym}' not supported between instances of '{python_type_name(lt)}' and "
                                         f"'{python_type_name(rt)}'", self.line))
            self.set_block(self.new_block())
            return Const(False, BOOL)
        raise self.source.error(node, f"internal: no {name} for {lt} and {rt}")

    def object_str(self, v: Value, which: str) -> Value:
        return self.rt(f"pyz_class_{which}", [v], STR, raises=True)

    def hash_value(self, v: Value) -> Value:
        t = v.type
        if isinstance(t, ClassT):
            r = self.dunder(t, "__hash__", [v])  # an int of any size: CPython's hash() of it (runtime_c/int.c)
            if r is None:
                return self.prim("hash_ptr", [v], INT)
            # a C integer (a container's hash of the object is it too: codegen/emit.py), as an int word
            return self.prim("int_norm", [self.rt("pyz_hash_of_hash", [r], INT)], INT)
        if t in (INT, BOOL):
            return self.prim("hash_int", [self.as_int(v)], INT)
        if isinstance(t, FuncT):  # by its number (CPython: by its address, so no program prints it)
            return self.prim("hash_int", [v], INT)
        if t == FLOAT:
            return self.prim("hash_float", [v], INT)
        if t == NUM:
            return self.rt("pyz_num_hash", [v], INT)
        if t in (STR, BYTES):
            return self.rt("pyz_str_hash", [v], INT)
        self.mb.use_type(t)
        if isinstance(t, VarTupleT):
            return self.rt(list_fn(t, "tuple_hash"), [v], INT)
        return self.rt(tuple_fn(t, "hash"), [v], INT)

    def handler_may_match(self, spec) -> bool:
        """Can `except spec` catch anything: a builtin class, or a user class of which some subclass is constructed?"""
        program = self.mb.program
        for n in ([spec] if isinstance(spec, ast.Name) else spec.elts):
            if n.id not in program.classes or self.is_variable(n.id):
                return True
            if any(c in self.mb.constructed_classes() for c in program.subtree(n.id)):
                return True
        return False

    def isinstance_of(self, v: Value, names: list) -> Value:
        result: Value = Const(False, BOOL)
        for name in names:
            if v.type == EXC:  # `except Exception as e`: the caught exception's runtime class decides
                kind = Const(EXCEPTION_ALIASES.get(name, name), EXC_KIND)
                test = self.rt("pyz_exc_isinstance", [v, kind], BOOL)
            elif name in self.mb.program.classes and not self.is_variable(name):
                if not isinstance(v.type, ClassT):
                    continue
                lo, hi = self.mb.class_range(name)
                test = self.prim("obj_class_in", [v, Const(lo, INT), Const(hi, INT)], BOOL)
            elif name in ISINSTANCE_BUILTINS and v.type == NUM:  # its type now: a bool is an int too
                want = ISINSTANCE_BUILTINS[name]
                if want in (FLOAT, BOOL):
                    test = self.prim(f"num_is_{want}", [v], BOOL)
                elif want == INT:
                    test = self.prim("bool_not", [self.prim("num_is_float", [v], BOOL)], BOOL)
                else:
                    test = Const(False, BOOL)
            elif name in self.mb.program.namedtuples and not self.is_variable(name):
                test = Const(isinstance(v.type, TupleT) and v.type.name == self.mb.program.namedtuples[name].typename, BOOL)
            elif name in ISINSTANCE_CONTAINERS and isinstance(v.type, ClassT) and builtin_base(v.type.chain()) == name:
                test = self.prim("bool_not", [self.prim("obj_is_none", [v], BOOL)], BOOL)  # class C(list): any object of it
            elif name in ISINSTANCE_CONTAINERS:  # a Counter is a dict, a named tuple a tuple
                test = Const(container_kind(v.type) == name, BOOL)
            elif name in ISINSTANCE_BUILTINS:
                want = ISINSTANCE_BUILTINS[name]
                test = Const(v.type == want or (want == INT and v.type == BOOL), BOOL)
            else:  # a builtin exception class
                base = self.mb.program.exception_base(class_name(v)) if isinstance(v.type, ClassT) else None
                if base is None:
                    continue
                test = (self.prim("obj_truth", [v], BOOL) if EXCEPTION_ALIASES.get(name, name) in builtin_exception_chain(base)
                        else Const(False, BOOL))
            result = test if isinstance(result, Const) and not result.value else self.prim("bool_or", [result, test], BOOL)
        return result


def container_kind(t) -> str | None:
    """Which of list, tuple, dict and set a value of type t is an instance of (isinstance)."""
    if isinstance(t, (TupleT, VarTupleT)):
        return "tuple"
    if isinstance(t, ListT):
        return "list"
    if isinstance(t, DictT):
        return "dict"
    if isinstance(t, SetT):
        return "set"
    return None


class ClassTable(ModuleHost):
    """Class ids, dispatchers and layouts (mixed into ir.build.ModuleBuilder)."""

    def number_classes(self):
        self.class_ids: dict[str, int] = {}
        for name, cls in self.program.classes.items():
            if cls.base is None:
                for c in self.program.subtree(name):
                    self.class_ids[c] = len(self.class_ids) + 1
        self.dispatchers: dict[tuple, str] = {}
        self.extra_functions: list[Function] = []

    def maybe_unset(self) -> set[tuple[str, str]]:
        """The fields an object may lack when read: each has a presence flag (ir/field_presence.py)."""
        if getattr(self, "_maybe_unset", None) is None:
            self._maybe_unset = fields_maybe_unset(self.program, list(self.typed.fields), self.constructed_classes())
        return self._maybe_unset

    def constructed_classes(self) -> set[str]:
        """The classes that some call of the program constructs (`C(...)`, `raise C`)."""
        if getattr(self, "_constructed", None) is None:
            self._constructed = {info.name for inst in self.typed.instances.values()
                                 for info in inst.calls.values() if info.kind == "new"}
        return self._constructed

    def class_range(self, cls: str) -> tuple[int, int]:
        first = self.class_ids[cls]
        return first, first + len(self.program.subtree(cls)) - 1

    def first_instance(self, info: CallInfo):
        key = info.instance_key() if info.kind != "virtual" else info.targets[0][1]
        return self.typed.instances[key]

    def call_target(self, info: CallInfo) -> str:
        if info.kind != "virtual":
            return self.instance_name(info.instance_key())
        return self.dispatcher(info)

    def dispatcher(self, info: CallInfo) -> str:
        """An IR function choosing the override by the receiver's class id."""
        dkey = (info.recv_class, info.name, tuple(k for _, k in info.targets), tuple(info.lacking))
        name = self.dispatchers.get(dkey)
        if name is not None:
            return name
        name = f"{info.recv_class}.{info.name}@dispatch{len(self.dispatchers)}"
        self.dispatchers[dkey] = name
        first = self.first_instance(info)
        cls = self.program.classes[info.receiver_class()]
        ptypes = [ClassT(cls.name, cls.ancestors)] + [concrete(t) for t in first.argtypes[1:]]
        params = [Reg(f"a{i}", t) for i, t in enumerate(ptypes)]
        rt = concrete(info.return_type)
        if rt == BOTTOM:
            rt = NONE
        fn = Function(name, info.name, params, rt, adds_frame=False)
        fn.regs.extend(params)
        fn.first_line = getattr(cls.node, "lineno", 1)
        groups: list[list] = []  # [lo id, hi id, instance key]
        for c, key in info.targets:
            cid = self.class_ids[c]
            if groups and groups[-1][2] == key and groups[-1][1] == cid - 1:
                groups[-1][1] = cid
            else:
                groups.append([cid, cid, key])
        block = Block(0)
        fn.blocks.append(block)
        for i, c in enumerate(info.lacking):  # an object of a class without the method: AttributeError
            test = Reg(f"m{i}", BOOL)
            fn.regs.append(test)
            fail, nxt = Block(len(fn.blocks)), Block(len(fn.blocks) + 1)
            fn.blocks += [fail, nxt]
            cid = self.class_ids[c]
            block.ops.append(Prim(test, "obj_class_in", [params[0], Const(cid, INT), Const(cid, INT)], fn.first_line))
            block.ops.append(Branch(test, fail, nxt, fn.first_line))
            fail.ops.append(Raise("AttributeError", f"'{bare_name(c)}' object has no attribute '{info.name}'", fn.first_line))
            block = nxt
        for i, (lo, hi, key) in enumerate(groups):
            call = Block(len(fn.blocks))
            fn.blocks.append(call)
            last = i == len(groups) - 1
            if not last:
                test = Reg(f"c{i}", BOOL)
                fn.regs.append(test)
                nxt = Block(len(fn.blocks))
                fn.blocks.append(nxt)
                block.ops.append(Prim(test, "obj_class_in", [params[0], Const(lo, INT), Const(hi, INT)], fn.first_line))
                block.ops.append(Branch(test, call, nxt, fn.first_line))
                block = nxt
            else:
                block.ops.append(Goto(call, fn.first_line))
            target_rt = concrete(self.typed.instances[key].return_type)
            dst = Reg(f"r{i}", target_rt if target_rt not in (BOTTOM,) else NONE)
            fn.regs.append(dst)
            call.ops.append(Call(dst, self.instance_name(key), list(params), fn.first_line))
            # an override's generator where generators of several overrides are expected: one PyzGen *
            same_c = isinstance(dst.type, (GenT, GenU)) and isinstance(rt, GenU)
            # an override's object of a subclass where the base's objects are expected: one pointer
            same_c = same_c or isinstance(dst.type, ClassT) and isinstance(rt, ClassT) and rt.name in dst.type.chain()
            if rt == NUM and dst.type in (INT, FLOAT, BOOL):  # overrides giving ints and floats: a number of several types
                num = Reg(f"n{i}", NUM)
                fn.regs.append(num)
                call.ops.append(Prim(num, f"num_from_{dst.type}", [dst], fn.first_line))
                call.ops.append(Return(num, fn.first_line))
            elif rt == NONE or dst.type != rt and not same_c:  # an override that only raises
                call.ops.append(Return(Const(None, rt), fn.first_line))
            else:
                call.ops.append(Return(dst, fn.first_line))
        self.extra_functions.append(fn)
        return name

    def class_layouts(self) -> list[ClassLayout]:
        typed = self.typed
        own: dict[str, list] = {c: [] for c in self.program.classes}
        for (owner, attr), t in typed.fields.items():
            own[owner].append((owner, attr, concrete(t)))
            if (owner, attr) in self.maybe_unset():
                own[owner].append((owner, PRESENCE_PREFIX + attr, BOOL))
        layouts = []
        for name in sorted(self.class_ids, key=lambda c: self.class_ids[c]):
            cls = self.program.classes[name]
            fields = []
            for c in reversed((name,) + cls.ancestors):
                fields += own[c]
            lo, hi = self.class_range(name)
            layout = ClassLayout(name, lo, hi, fields, self.printer(name, "__str__") or self.printer(name, "__repr__"),
                                 self.printer(name, "__repr__"), qualified_name=qualified_name(name),
                                 bare_name=bare_name(name), traceback_name=traceback_name(name))
            builtin = self.program.exception_base(name)
            if builtin is not None:
                layout.exc_parent = cls.base or EXCEPTION_ALIASES.get(builtin, builtin)
                layout.exc_root = ((name,) + cls.ancestors)[-1]
                layout.str_func = self.printer(name, "__str__")  # without __str__, an exception's str() is its message
            layouts.append(layout)
        return layouts

    def printer(self, cls: str, dunder: str) -> str | None:
        m = self.program.lookup_method(cls, dunder)
        if m is None:
            return None
        owner = self.program.classes[owner_of(m)]
        key = (m.name, (ClassT(owner.name, owner.ancestors),))
        if key not in self.typed.instances:  # no object of the class is ever made
            return None
        return self.instance_name(key)

    def container_item_ops(self) -> dict:
        """(class, dunder) -> IR function for the item operations of containers of objects."""
        ops = {}
        for (cls, name, argtypes), info in self.typed.dunder_calls.items():
            if name in ("__eq__", "__lt__") and len(argtypes) == 1 and isinstance(argtypes[0], ClassT) \
                    and argtypes[0].name == cls:
                ops[(cls, name)] = self.call_target(info)
            elif name == "__hash__" and not argtypes:
                ops[(cls, name)] = self.call_target(info)
        return ops
