"""Type rules for user classes: fields, methods, constructors, dunders.

A mixin of the `Inferencer` (types/infer.py), kept apart because classes
bring their own vocabulary.  The model (DESIGN.md): an object is a pointer
to a C struct whose fields have one static type each; `None` in an object
slot is NULL.

- Fields belong to the topmost class whose methods assign `self.X` (so a
  base's fields come first in every subclass's struct); a field assigned
  only from outside (`obj.X = ...`) belongs to the object's static class.
- A method is monomorphised like a function, with `self` typed as the class
  that defines it.  A call through a variable of static class C can reach
  C's method or any override below C: when those differ, the call goes
  through a dispatcher that switches on the object's class id
  (`CallInfo(kind="virtual")`); otherwise it is a direct call.
- `@staticmethod`/`@classmethod` are plain functions (a classmethod's `cls`
  is the class it is called on, known statically); `@property` getters are
  methods called on attribute reads; class-level `NAME = value` statements
  are module variables named `Class.NAME`.
- Dunders: operators, comparisons, len(), str()/repr()/print, hash() and the
  element operations of containers of objects call `__add__`, `__eq__`,
  `__lt__`, `__len__`, `__str__`, `__repr__`, `__hash__`...  Those calls are
  recorded in `dunder_calls`, keyed by (class, dunder, argument types), where
  lowering and the container templates find them.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from ..ast_walk import walk
from ..diagnostics import article
from ..frontend.check import EXCEPTION_CLASSES
from ..frontend.not_implemented import ORDERING, declining
from ..frontend.symbols import SETTER_SEP, ClassInfo, FuncInfo, attr_global
from ..frontend.python_names import unknown_name_message
from ..frontend.modules import no_attribute_message
from .operators import OP_SYMBOLS
from .typed_program import CallInfo, bind_call, kwargs_check_of
from .model import (BOTTOM, BOOL, EXC, EXC_ARGS, FLOAT, INT, NONE, NUM, RANGE, STR, join_items, ClassT, DequeT, DictT, ListT, SetT, TupleT, Type, TypeConflict, concrete,
                    is_transient, join, join_place, walk_types)

if TYPE_CHECKING:  # the host's rules, as the type checker sees them (infer_host.py)
    from .infer_host import InferHost
else:
    InferHost = object


EXC_MESSAGE = "__msg"  # the hidden field of exception objects: str(e), from the constructor's arguments
# and e.args as the runtime keeps a raised exception's arguments: repr(e.args), str(e.args[0]), len(e.args)
EXC_ARG_FIELDS = (("__args", STR), ("__arg0", STR), ("__nargs", INT))

BINARY_DUNDERS = {ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.Div: "truediv", ast.FloorDiv: "floordiv",
                  ast.Mod: "mod", ast.Pow: "pow", ast.LShift: "lshift", ast.RShift: "rshift", ast.BitAnd: "and",
                  ast.BitOr: "or", ast.BitXor: "xor", ast.MatMult: "matmul"}
COMPARE_DUNDERS = {ast.Eq: "__eq__", ast.NotEq: "__ne__", ast.Lt: "__lt__", ast.LtE: "__le__", ast.Gt: "__gt__",
                   ast.GtE: "__ge__"}
ORDERING_REFLECTED = {"__lt__": "__gt__", "__gt__": "__lt__", "__le__": "__ge__", "__ge__": "__le__"}
REFLECTED = {"__lt__": "__gt__", "__gt__": "__lt__", "__le__": "__ge__", "__ge__": "__le__", "__eq__": "__eq__",
             "__ne__": "__ne__"}


def reflected_first_pairs(program, left: str, right: str, reflected: str, arith: bool) -> list[tuple[str, str]]:
    """The classes (L, R) of a left operand (left's class or one derived from it) and a right one (right's
    or derived) for which CPython calls R's reflected method first: R derives from L (not L itself)
    and has the method (a comparison: its own or inherited, `a < b` asks `b.__gt__(a)`; arithmetic:
    only when it is not L's own, `a + b` asks `b.__radd__(a)` when R overrides __radd__).  `!=`
    asks R's __eq__ when R has no __ne__ (CPython's default __ne__ inverts it)."""
    pairs = []
    rights = program.subtree(right)
    for c in program.subtree(left):
        for r in rights:
            if r == c or c not in program.classes[r].ancestors:
                continue
            m = program.lookup_method(r, reflected)
            if m is None and reflected == "__ne__":
                m = program.lookup_method(r, "__eq__")
            if m is None or arith and m is program.lookup_method(c, reflected):
                continue
            pairs.append((c, r))
    return pairs


PER_OBJECT_DUNDERS = ("__str__", "__repr__", "__hash__", "__len__")  # take only self: compiled for every class


def field_owner(program, fields: dict, cls: str, attr: str, create: bool = False) -> str | None:
    """The class whose struct lays out field attr of a cls object: the topmost class (of cls and its
    bases) whose methods assign self.attr, or that inference gave the field, or that has a class
    attribute attr which objects are given as a field (a method of that class reads `self.attr`, which
    must see the field of an object of any class below it); with create, else cls."""
    chain = (cls,) + program.classes[cls].ancestors
    given = create or any(attr in program.classes[c].self_fields or (c, attr) in fields for c in chain)
    for c in reversed(chain):
        k = program.classes[c]
        if attr in k.self_fields or (c, attr) in fields or given and (attr in k.attrs or attr in k.late_attrs):
            return c
    return cls if create else None


def owner_of(method: FuncInfo) -> str:
    """The class a method is defined in."""
    assert method.owner is not None, method.name
    return method.owner


def class_attr_overrides(program, cls: str, attr: str) -> list[str]:
    """The classes below cls (in pre-order) whose own class body gives the class attribute attr: obj.attr
    for an obj of static class cls is the value of the deepest of them that obj's class derives from
    (or is), else the one lookup_attr finds."""
    return [c for c in program.subtree(cls)[1:] if attr in program.classes[c].attrs or attr in program.classes[c].late_attrs]


NUMBER_TYPES = (INT, FLOAT, BOOL, NUM)  # the overrides' results that make a number of several types


def class_name_attribute(cls: str, attr: str) -> str:
    """`Cls.__name__` or `Cls.__qualname__` of the class named cls (a nested class's name joins its
    enclosing classes' with ':')."""
    return cls.split(":")[-1] if attr == "__name__" else cls.replace(":", ".")


CLASS_NAMES = ("__name__", "__qualname__")  # read from a class (or a classmethod's cls): its names


class ObjectRules(InferHost):
    """Inference of classes (mixed into types.infer.Inferencer)."""

    # ------------------------------------------------------------ classes
    def class_type(self, name: str) -> ClassT:
        return ClassT(name, self.program.classes[name].ancestors)

    def class_named(self, node) -> ClassInfo | None:
        """The class a Name refers to (not shadowed by a variable), or a classmethod's `cls` (FuncInfo.class_param):
        the class of this instance, the one the call is on."""
        if isinstance(node, ast.Name) and node.id in self.program.classes and not self.is_variable_name(node.id):
            return self.program.classes[node.id]
        if isinstance(node, ast.Name) and node.id == self.inst.func.class_param and self.inst.argtypes:
            return self.program.classes[self.inst.argtypes[0].name]
        return None

    def stmt_ClassDef(self, s: ast.ClassDef):
        cls = self.program.classes[s.name]
        for name, value in cls.attrs.items():
            t = self.expr(value)
            self.assign_var(attr_global(cls.name, name), t, value)

    def add_exception_fields(self):
        for cls in self.program.classes.values():
            if cls.builtin_base is not None:
                self.fields[(cls.name, EXC_MESSAGE)] = STR
                for name, t in EXC_ARG_FIELDS:
                    self.fields[(cls.name, name)] = t

    def handler_type(self, h: ast.ExceptHandler) -> Type:
        """What `except X as e` binds: the object for user exception classes, else the caught exception."""
        if h.type is None:
            return EXC
        names = h.type.elts if isinstance(h.type, ast.Tuple) else [h.type]
        user: list[Type] = []
        for n in names:
            assert isinstance(n, ast.Name)  # check.py accepts names of classes only
            cls = self.class_named(n)
            if cls is not None:
                if self.program.exception_base(cls.name) is None:
                    raise self.source.error(n, f"catching classes that do not inherit from BaseException is not allowed ('{cls.name}')")
                user.append(self.class_type(cls.name))
            elif n.id not in EXCEPTION_CLASSES or self.is_variable_name(n.id):
                known = self.is_variable_name(n.id) or n.id in self.program.functions
                raise self.source.error(n, f"except clauses name exception classes; '{n.id}' is not one" if known
                                        else unknown_name_message(n.id))
        if user and len(user) == len(names):
            t = user[0]
            for u in user[1:]:
                try:
                    t = join(t, u)
                except TypeConflict:
                    return EXC
            return t
        return EXC

    def instantiate_printers(self):
        """str() and repr() of an object dispatch on its class at run time, so every __str__ and
        __repr__ of the program is compiled (they take only self), once some code constructs an object
        of the class or of a subclass: until then its fields may have no types."""
        for cls in self.program.classes.values():
            live = any(c in self.constructed() for c in self.program.subtree(cls.name))
            for name in PER_OBJECT_DUNDERS:
                m = cls.methods.get(name)
                if m is not None and m.kind == "method":
                    if len(m.params) != 1:
                        raise self.source.error(m.node, f"{name}() takes only self")
                    if live:
                        self.instance(m, (self.class_type(cls.name),))

    def printer_keys(self) -> list:
        return [(m.name, (self.class_type(c.name),)) for c in self.program.classes.values()
                for name, m in c.methods.items() if name in PER_OBJECT_DUNDERS
                and m.kind == "method" and (m.name, (self.class_type(c.name),)) in self.instances]

    def check_printers(self):
        for cls in self.program.classes.values():
            for name, want in (("__str__", STR), ("__repr__", STR), ("__hash__", INT), ("__len__", INT)):
                m = cls.methods.get(name)
                if m is None:
                    continue
                inst = self.instances.get((m.name, (self.class_type(cls.name),)))
                if inst is None:  # no object of the class is ever made
                    continue
                rt = inst.return_type
                if rt not in (want, BOTTOM) and not (want == INT and rt == BOOL):
                    raise self.source.error(m.node, f"{name} returned non-{'string' if want == STR else 'int'} (type {rt})")

    # ------------------------------------------------------------ fields
    def hoist_field(self, cls: str, attr: str, node):
        """A field only subclasses of cls set, read through a cls value (`shape.radius` where only Circle
        sets radius): cls lays it out instead, for all its subclasses, so the read compiles to one load.
        An object whose class never sets it lacks it: its presence flag makes the read raise CPython's
        AttributeError (ir/field_presence.py)."""
        self.program.classes[cls].self_fields.add(attr)
        t = self.fields.get((cls, attr), BOTTOM)
        for c in self.program.subtree(cls)[1:]:
            if (c, attr) in self.fields:
                ct = self.fields.pop((c, attr))
                try:
                    t = join(t, ct)
                except TypeConflict:
                    raise self.source.error(node, f"'{attr}' is {t} in one subclass of '{cls}' and {ct} in '{c}'; read "
                                                  f"through a '{cls}' it needs one type")
                if (c, attr) in self.field_origin:
                    self.field_origin.setdefault((cls, attr), self.field_origin[(c, attr)])
        self.fields[(cls, attr)] = t
        self.changed = True

    def field_owner(self, cls: str, attr: str, create: bool = False) -> str | None:
        return field_owner(self.program, self.fields, cls, attr, create)

    def assign_field(self, owner: str, attr: str, t: Type, node):
        if t == BOTTOM:
            self.fields.setdefault((owner, attr), BOTTOM)
            return
        old = self.fields.get((owner, attr), BOTTOM)
        if (owner, attr) not in self.fields:
            # a subclass's objects given it first (`c.size = 3` before a base object's `a.size = 1` was seen):
            # one field, laid out by the base, holds both (field_owner finds it there from now on)
            for sub in self.program.subtree(owner)[1:]:
                if (sub, attr) in self.fields:
                    sub_t = self.fields.pop((sub, attr))
                    origin = self.field_origin.pop((sub, attr), None)
                    if origin is not None:
                        self.field_origin.setdefault((owner, attr), origin)
                    try:
                        old = join_place(old, sub_t)
                    except TypeConflict:
                        raise self.source.error(node, f"field '{owner}.{attr}' is assigned a {t} here, where objects "
                                                      f"of its subclass '{sub}' hold {sub_t}; a field must keep one type")
                    self.fields[(owner, attr)] = old
                    self.changed = True
        try:
            new = join_place(old, t)
        except TypeConflict:
            notes = []
            first = self.field_origin.get((owner, attr))
            if first is not None:
                notes.append((self.source.location(first), f"'{attr}' was given type {old} here"))
            raise self.source.error(node, f"field '{owner}.{attr}' is {old} but is assigned a {t} here; a field must keep one type", notes)
        if new != old:
            self.fields[(owner, attr)] = new
            self.field_origin.setdefault((owner, attr), node)
            self.changed = True

    def store_attr(self, target: ast.Attribute, t: Type, stmt):
        cls = self.class_named(target.value)
        if cls is not None:
            owner = self.program.lookup_attr(cls.name, target.attr)
            if owner is None:
                raise self.source.error(target, f"adding class attributes outside the class body is not supported yet ('{cls.name}' has no attribute '{target.attr}')")
            if owner != cls.name:  # CPython gives the subclass an attribute of its own; the base's stays
                raise self.source.error(target, f"assigning the class attribute '{target.attr}' of '{cls.name}', which it inherits "
                                                f"from '{owner}', is not supported yet (it would give '{cls.name}' its own)")
            self.assign_var(attr_global(owner, target.attr), t, target)
            self.set_type(target, t)
            return
        ot = self.expr(target.value)
        if ot == BOTTOM:
            return
        if ot == NONE:
            self.none_receiver(target.value, target, target.attr)
            return
        if not isinstance(ot, ClassT):
            raise self.source.error(target, f"'{ot}' object attribute '{target.attr}' is read-only")
        if self.program.lookup_method(ot.name, target.attr + SETTER_SEP) is not None:
            # a property's setter: a method call (a getter of `obj.x += 1` keeps the target's own call)
            getter = self.inst.calls.pop(id(target), None)
            self.call_method(target, ot, target.attr + SETTER_SEP, [], receiver=target.value, argtypes=[t])
            info = self.inst.calls.pop(id(target), None)
            if info is not None:
                self.inst.setters[id(target)] = info
            if getter is not None:
                self.inst.calls[id(target)] = getter
            return
        if self.program.lookup_method(ot.name, target.attr) is not None:
            raise self.source.error(target, f"assigning to '{target.attr}', a method or property of '{ot.name}', is not supported")
        owner = self.field_owner(ot.name, target.attr, create=True)
        assert owner is not None  # create=True
        self.assign_field(owner, target.attr, t, target)
        self.set_type(target, t)

    def object_attr(self, node: ast.Attribute, t: ClassT) -> Type:
        """obj.attr read: a field, a property, or a class attribute."""
        attr = node.attr
        owner = self.field_owner(t.name, attr)
        if owner is None and self.program.lookup_attr(t.name, attr) is not None \
                and any(attr in self.program.classes[c].self_fields for c in self.program.subtree(t.name)[1:]):
            # a class attribute that a subclass's objects are given a field for (`self.kind = 'open'` in
            # Door.open, kind a class attribute of Tile): read through a Tile, the field is Tile's, and
            # stands for the class attribute until an object is given it (field_class_attribute)
            self.hoist_field(t.name, attr, node)
            owner = self.field_owner(t.name, attr)
        if owner is not None:
            self.inst.calls.pop(id(node), None)
            self.field_class_attribute(t.name, owner, attr, node)
            return self.fields.get((owner, attr), BOTTOM)
        if attr == "args" and self.program.exception_base(t.name) is not None:
            return EXC_ARGS
        m = self.program.lookup_method(t.name, attr)
        if m is not None:
            if m.kind == "property":
                return self.call_method(node, t, attr, [], receiver=node.value)
            if m.kind == "method":
                return self.bound_method_value(node, t, m)  # types/functions.py
            raise self.source.error(node, f"using the {m.kind} '{t.name}.{attr}' as a value is not supported yet; call it")
        holder = self.program.lookup_attr(t.name, attr)
        if holder is not None:
            got = self.global_types.get(attr_global(holder, attr), BOTTOM)
            for c in class_attr_overrides(self.program, t.name, attr):  # the object's class decides (ir/build_objects.py)
                other = self.global_types.get(attr_global(c, attr), BOTTOM)
                if BOTTOM not in (got, other) and other != got:
                    raise self.source.error(node, f"the class attribute '{attr}' is a {got} in '{holder}' and a {other} in its "
                                                  f"subclass '{c}'; reading it through an object needs one type")
                got = other if got == BOTTOM else got
            return got
        below = [c for c in self.program.subtree(t.name)[1:] if attr in self.program.classes[c].self_fields]
        if below:
            self.hoist_field(t.name, attr, node)
            return self.fields.get((t.name, attr), BOTTOM)
        if attr in self.stored_attributes():  # `o.late = 1` further on may give the class the field
            self.unknown_fields[id(node)] = (self.inst.key, node, t.name)
            return BOTTOM
        raise self.source.error(node, no_attribute_message(t.name, attr))

    def stored_attributes(self) -> set[str]:
        """The names of every attribute the program assigns (`x.name = ...`)."""
        if getattr(self, "_stored_attributes", None) is None:
            self._stored_attributes = {n.attr for n in walk(self.program.module.node)
                                       if isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Store)}
        return self._stored_attributes

    def check_unknown_fields(self, live: set):
        """A field read that no store ever gave the class (object_attr left it to the end)."""
        for key, node, cls in self.unknown_fields.values():
            if key in live and self.field_owner(cls, node.attr) is None:
                raise self.source.error(node, no_attribute_message(cls, node.attr))

    def field_class_attribute(self, cls: str, owner: str, attr: str, node) -> None:
        """A field that a class attribute of the same name stands for until an object is given its own
        (`color = 'white'` in the class body, `self.color = 'black'` in a method): the field and the
        class attributes (the holder's and its overrides below cls) keep one type, so that reading an
        object that lacks the field reads the class attribute, as CPython does (ir/build_objects.py
        get_field)."""
        holder = self.program.lookup_attr(cls, attr)
        # (none above: a subclass's class attribute still stands for the field of its objects)
        names = [attr_global(c, attr) for c in ([holder] if holder else []) + class_attr_overrides(self.program, cls, attr)]
        if not names:
            return
        for g in names:
            self.assign_field(owner, attr, self.global_types.get(g, BOTTOM), node)
        joined = self.fields.get((owner, attr), BOTTOM)
        for g in names:
            gt = self.global_types.get(g, BOTTOM)
            if isinstance(gt, (ListT, DictT, SetT, DequeT)) and gt != joined and not gt.has_bottom():
                # (its display is made in the class body with its own items: not converted there yet)
                raise self.source.error(self.field_origin.get((owner, attr), node),
                                        f"the class attribute '{attr}' is a {gt} and an object is given a "
                                              f"{joined} '{attr}' here: a class attribute standing for a field of "
                                              "another item type is not supported yet")
            self.assign_var(g, joined, node)

    def class_attribute_global(self, node: ast.Attribute) -> str | None:
        """The module variable of the class attribute that node reads (`C.x`, `cls.x`, `obj.x` where x is
        no field of obj's class), or None."""
        cls = self.class_named(node.value)
        if cls is not None:
            name = cls.name
        else:
            ot = self.inst.expr_types.get(id(node.value))
            if not isinstance(ot, ClassT) or self.field_owner(ot.name, node.attr) is not None:
                return None
            name = ot.name
        holder = self.program.lookup_attr(name, node.attr)
        return attr_global(holder, node.attr) if holder is not None else None

    def class_attr(self, node: ast.Attribute, cls: ClassInfo) -> Type:
        holder = self.program.lookup_attr(cls.name, node.attr)
        if holder is None and node.attr in CLASS_NAMES:  # `Cls.__name__`, `cls.__name__` in a classmethod
            return STR
        if holder is None:
            if self.program.lookup_method(cls.name, node.attr) is not None:
                raise self.source.error(node, f"using the method '{cls.name}.{node.attr}' as a value is not supported yet; call it")
            raise self.source.error(node, f"type object '{cls.name.replace(':', '.')}' has no attribute '{node.attr}'")
        return self.global_types.get(attr_global(holder, node.attr), BOTTOM)

    # ------------------------------------------------------------ calls
    def constructed(self) -> set[str]:
        """The classes whose objects some inferred code constructs (grows while inference runs)."""
        return self.__dict__.setdefault("_constructed", set())

    def note_constructed(self, cls: str):
        if cls not in self.constructed():
            self.constructed().add(cls)
            self.changed = True  # calls through a base class gain a target

    def method_targets(self, cls: str, name: str) -> list[tuple[str, FuncInfo]]:
        """For each class an object of static class `cls` may be, the method `name` it runs: only the
        classes some code constructs (the methods of the others may read fields that have no type)."""
        out = []
        for c in self.program.subtree(cls):
            m = self.program.lookup_method(c, name)
            if m is not None:
                out.append((c, m))
        made = [(c, m) for c, m in out if c in self.constructed()]
        return made or out

    def bind_args(self, func: FuncInfo, node: ast.Call, skip: int) -> list[ast.expr]:
        shown = FuncInfo(func.py_name, func.node, func.params[skip:], func.defaults, func.annotations,
                         func.returns, func.body, vararg=func.vararg, kwonly=func.kwonly, kwarg=func.kwarg)
        args = bind_call(self.source, shown, node, self.tuple_length, qualname=func.python_qualname(), offset=skip)
        if kwargs_check_of(node, func, args) is not None:
            raise self.source.error(node, f"{func.py_name}(**...) where the call gives every parameter itself is not supported yet")
        return args

    def arg_types(self, args: list[ast.expr]) -> list[Type] | None:
        types = []
        for a in args:
            t = self.expr_or_none(a)  # a name a test showed is not None: passed as its value
            if is_transient(t) and t != RANGE:  # a range is passed as its start, stop and step
                raise self.source.error(a, "passing iterator objects to functions is not supported yet; pass list(...)")
            types.append(t)
        return None if BOTTOM in types else types

    def check_override_defaults(self, node, name: str, funcs: list[FuncInfo], call_args: list[ast.expr]) -> None:
        """A call dispatched to one of several overrides passes each the same arguments (ir/build_objects.py
        `dispatcher`): a parameter the call leaves to its default must have the same default in every
        override, and a list spread `f(*xs)` (checked against one signature) must not reach several."""
        for i, a in enumerate(call_args):
            if any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "__pyz_spread_check" for n in walk(a)):
                raise self.source.error(node, f"{name}(*xs) of a list, calling a method that subclasses override, is not supported yet")
            for f in funcs:
                if i + 1 >= len(f.params):
                    continue
                p = f.params[i + 1]
                d = f.defaults.get(p)
                if d is None or a is not d:
                    continue
                for g in funcs:
                    q = g.params[i + 1] if i + 1 < len(g.params) else None
                    e = g.defaults.get(q) if q is not None else None
                    if e is None or ast.dump(e) != ast.dump(d):
                        raise self.source.error(node, f"the overrides of '{name}' have different defaults for its parameter"
                                                      f" '{p.split('@')[0]}'; a call that leaves it out is not supported yet (pass it)")

    def call_method(self, node, cls: ClassT, name: str, call_args: list[ast.expr], receiver, virtual=True,
                    argtypes: list[Type] | None = None) -> Type:
        """Call method `name` of an object of static class cls (receiver is its expression)."""
        if argtypes is None:
            argtypes = self.arg_types(call_args)
            if argtypes is None:
                return BOTTOM
        if virtual:
            targets = self.method_targets(cls.name, name)
        else:
            method = self.program.lookup_method(cls.name, name)
            assert method is not None  # both callers found it
            targets = [(cls.name, method)]
        funcs = list({m.name: m for _, m in targets}.values())
        if len(funcs) > 1 and not isinstance(node, tuple):
            self.check_override_defaults(node, name, funcs, call_args)
        result: Type = BOTTOM
        keys = {}
        for m in funcs:
            if not isinstance(node, tuple):  # rng.seed("text") on a pyzc/pylib object: refused at the call
                self.check_library_call(m, [None] + list(call_args), [cls] + list(argtypes))
            inst = self.call_instance(m, (self.class_type(owner_of(m)),) + tuple(argtypes),
                                      None if isinstance(node, tuple) else call_args, skip=1)
            keys[m.name] = inst.key
            try:
                result = join_items(result, inst.return_type)  # one C type
            except TypeConflict:
                if result in NUMBER_TYPES and inst.return_type in NUMBER_TYPES:
                    result = NUM  # an int from one override, a float from another: a number of several types
                    continue  # (the dispatcher makes each override's result one: ir/build_objects.py)
                raise self.source.error(node, f"the overrides of '{name}' return different types ({result} and {inst.return_type}); a call must have one type")
        args = [receiver] + list(call_args) if receiver is not None else list(call_args)
        lacking = [c for c in self.program.subtree(cls.name) if c in self.constructed()
                   and self.program.lookup_method(c, name) is None] if virtual else []
        if len(funcs) == 1 and not lacking:
            info = CallInfo("user", funcs[0].name, keys[funcs[0].name], args)
        else:
            info = CallInfo("virtual", name, None, args)
            info.targets = [(c, keys[m.name]) for c, m in targets]
            info.lacking = lacking
        info.recv_class = cls.name
        info.return_type = result
        if isinstance(node, tuple):
            self.dunder_calls[node] = info
        else:
            self.inst.calls[id(node)] = info
        return result

    def object_method_call(self, node: ast.Call, recv, rt: ClassT, attr: str) -> Type:
        m = self.program.lookup_method(rt.name, attr)
        if m is None:
            if self.field_owner(rt.name, attr) is not None:
                return self.value_call(node)  # a field holding a function (types/functions.py)
            if self.program.lookup_attr(rt.name, attr) is not None:
                raise self.source.error(node, f"calling the class attribute '{attr}' through a '{rt.name}' object (a function "
                                              "in a class body called as a method) is not supported yet; define it with def")
            below = [bm for _, bm in self.method_targets(rt.name, attr)]
            if not below:
                raise self.source.error(node.func, no_attribute_message(rt.name, attr))
            # a method only the subclasses define (an abstract method): the call dispatches on the
            # object's class, and an object of a class without it raises AttributeError at run time
            m = below[0]
            if m.kind != "method":
                raise self.source.error(node.func, f"'{rt}' object has no attribute '{attr}' (only its subclasses define it, as a {m.kind}; not supported yet)")
        if m.kind == "property":
            raise self.source.error(node, f"'{attr}' is a property of '{rt.name}'; read it without calling")
        if m.kind == "classmethod":
            return self.classmethod_of_object(node, recv, rt, attr)
        if m.kind == "staticmethod":
            return self.static_call(node, rt.name, m, discard=recv)
        args = self.bind_args(m, node, 1)
        return self.call_method(node, rt, attr, args, receiver=recv)

    def classmethod_of_object(self, node: ast.Call, recv, rt: ClassT, attr: str) -> Type:
        """obj.m(...) with m a classmethod: cls is obj's own class, so the call dispatches on it as a
        method call does, to an instance per class; the object itself is passed for cls (a classmethod
        reads cls only as a class: FuncInfo.class_param)."""
        targets = self.method_targets(rt.name, attr)
        args = self.bind_args(targets[0][1], node, 1)
        types = self.arg_types(args)
        if types is None:
            return BOTTOM
        result: Type = BOTTOM
        keys = []
        for c, m in targets:
            inst = self.call_instance(m, (self.class_type(c),) + tuple(types), args, skip=1)
            keys.append((c, inst.key))
            try:
                result = join_items(result, inst.return_type)
            except TypeConflict:
                raise self.source.error(node, f"the classmethod '{attr}' returns different types for different classes "
                                              f"({result} and {inst.return_type}); a call must have one type")
        if len(keys) == 1:
            info = CallInfo("user", targets[0][1].name, keys[0][1], [recv] + list(args))
        else:
            info = CallInfo("virtual", attr, None, [recv] + list(args))
            info.targets = keys
        info.recv_class = rt.name
        info.return_type = result
        self.inst.calls[id(node)] = info
        return result

    def static_call(self, node: ast.Call, cls: str, m: FuncInfo, discard=None, cls_type: Type | None = None) -> Type:
        """A staticmethod or classmethod (a classmethod's cls is the class it is called on: cls, or
        cls_type where that is not the class m is looked up in, as for super().make())."""
        if m.kind == "classmethod":
            args = self.bind_args(m, node, 1)
            types = self.arg_types(args)
            if types is None:
                return BOTTOM
            inst = self.call_instance(m, (cls_type or self.class_type(cls),) + tuple(types), args, skip=1)
        else:
            args = self.bind_args(m, node, 0)
            types = self.arg_types(args)
            if types is None:
                return BOTTOM
            inst = self.call_instance(m, tuple(types), args)
        info = CallInfo("user", m.name, inst.key, args)
        info.cls_arg = m.kind == "classmethod"
        info.discard = discard
        if discard is not None:
            self.expr(discard)
        self.inst.calls[id(node)] = info
        return inst.return_type

    def class_call(self, node: ast.Call, cls: ClassInfo, attr: str) -> Type:
        """Class.method(...): a static or class method, or a method called with an explicit self."""
        m = self.program.lookup_method(cls.name, attr)
        if m is None and self.program.lookup_attr(cls.name, attr) is not None:
            return self.value_call(node)  # Class.attr(...): a function stored in a class attribute (types/functions.py)
        if m is None:
            raise self.source.error(node.func, f"type object '{cls.name.replace(':', '.')}' has no attribute '{attr}'")
        if m.kind in ("staticmethod", "classmethod"):
            return self.static_call(node, cls.name, m)
        args = self.bind_args(m, node, 0)
        if not args:
            raise self.source.error(node, f"{attr}() needs its self argument when called on the class")
        st = self.expr(args[0])
        if st == BOTTOM:
            return BOTTOM
        if not (isinstance(st, ClassT) and cls.name in st.chain()):
            raise self.source.error(args[0], f"{cls.name}.{attr}() needs a {cls.name} object as self, not {st}")
        return self.call_method(node, self.class_type(cls.name), attr, args[1:], receiver=args[0], virtual=False)

    def super_call(self, node: ast.Call, attr: str) -> Type:
        func = self.inst.func
        if func.owner is None or func.kind == "staticmethod":
            raise self.source.error(node.func, "super() is supported inside methods only")
        base = self.program.classes[func.owner].base
        m = self.program.lookup_method(base, attr) if base is not None else None
        if m is None:
            if attr == "__init__" and self.program.exception_base(func.owner) is not None:
                if node.keywords or self.arg_types(node.args) is None:
                    return NONE  # BaseException.__init__(*args): sets the message
                self.inst.calls[id(node)] = CallInfo("exc_init", "BaseException.__init__", None, list(node.args))
                return NONE
            if attr == "__init__" and node.args == [] and not node.keywords:
                self.inst.calls[id(node)] = CallInfo("nothing", "object.__init__")
                return NONE
            raise self.source.error(node.func, f"'super' object has no attribute '{attr}'")
        assert base is not None  # m was looked up in it
        if m.kind in ("staticmethod", "classmethod"):
            # super().make() passes on the class this call is for: the classmethod's own cls (its instance's),
            # or self's class, known here only where no class derives from the method's
            here = self.inst.argtypes[0] if self.inst.argtypes and isinstance(self.inst.argtypes[0], ClassT) else None
            if m.kind == "classmethod" and func.kind != "classmethod" and here is not None \
                    and any(here.name in c.ancestors for c in self.program.classes.values()):
                raise self.source.error(node.func, f"super().{attr}() in a method of {here.name}, a class other classes derive"
                                                   " from, is not supported yet (its cls is the object's own class)")
            return self.static_call(node, base, m, cls_type=here)
        args = self.bind_args(m, node, 1)
        result = self.call_method(node, self.class_type(base), attr, args, receiver=None, virtual=False)
        info = self.inst.calls.get(id(node))
        if info is not None:
            info.self_recv = True  # the receiver is this method's own self
        return result

    def construct(self, node: ast.Call | ast.Name, cls: str) -> Type:
        self.note_constructed(cls)
        t = self.class_type(cls)
        init = self.program.lookup_method(cls, "__init__")
        orig = node  # a Call, or the Name of `raise AppError`
        call_args = node.args if isinstance(node, ast.Call) else []
        keywords = node.keywords if isinstance(node, ast.Call) else []
        if init is None:
            if self.program.exception_base(cls) is not None:  # BaseException.__init__(*args)
                if keywords:
                    raise self.source.error(node, f"{cls}() takes no keyword arguments")
                if self.arg_types(call_args) is None:
                    return t
                self.inst.calls[id(node)] = CallInfo("new", cls, None, list(call_args))
                return t
            if call_args or keywords:
                raise self.source.error(node, f"{cls}() takes no arguments")
            self.inst.calls[id(node)] = CallInfo("new", cls, None, [])
            return t
        if not isinstance(node, ast.Call):
            node = ast.Call(func=node, args=[], keywords=[], lineno=node.lineno, col_offset=node.col_offset,
                            end_lineno=node.end_lineno, end_col_offset=node.end_col_offset)
        args = self.bind_args(init, node, 1)
        types = self.arg_types(args)
        if types is None:
            return t
        self.check_library_call(init, [None] + list(args), [t] + list(types))  # random.Random("text")
        inst = self.call_instance(init, (self.class_type(owner_of(init)),) + tuple(types), args, skip=1)
        info = CallInfo("new", cls, inst.key, args)
        info.npositional = len(node.args)
        self.inst.calls[id(orig)] = info
        return t

    # ------------------------------------------------------------ dunders
    def has_method(self, cls: str, name: str) -> bool:
        return self.program.lookup_method(cls, name) is not None

    def dunder(self, cls: ClassT, name: str, argtypes: tuple, node=None) -> Type | None:
        """Call a dunder of cls; None when the class does not define it."""
        if not self.has_method(cls.name, name):
            return None
        if BOTTOM in argtypes:
            return BOTTOM
        if len(argtypes) == 1:
            self.declines(cls, name, argtypes[0], node)
        key = (cls.name, name, tuple(concrete(a) for a in argtypes))
        return self.call_method(key, cls, name, [], receiver=None, argtypes=list(argtypes))

    def declines(self, cls: ClassT, name: str, other: Type, node) -> None:
        """Refuse an operator method of cls that may return NotImplemented (frontend/not_implemented.py
        wrote out what CPython does next) where CPython would next try a method of other that pyzc's
        dispatch does not: other's __eq__, its reflected arithmetic method, or, for an ordering method
        (or one total_ordering derived from it), any operand but an object of a related class (its
        reflected method, or a TypeError naming the operator as written)."""
        method = self.program.lookup_method(cls.name, name)
        assert method is not None  # dunder() found it
        ordering = name in ORDERING
        mine = [method] if not ordering else [m for m in (self.program.lookup_method(cls.name, o) for o in ORDERING) if m]
        if not any(declining(m.node) for m in mine):
            return
        related = isinstance(other, ClassT) and (other.name in cls.chain() or cls.name in other.chain())
        if name in ("__eq__", "__ne__"):
            theirs = "__eq__" if isinstance(other, ClassT) and not related and self.has_method(other.name, "__eq__") else None
        elif ordering:
            theirs = None if related else ORDERING_REFLECTED[name]
        elif name.startswith("__r"):
            theirs = None  # reached as the reflected method: the other operand has no forward one
        else:
            reflected = "__r" + name[2:]
            # (operands of one class: CPython does not try the reflected method)
            theirs = reflected if isinstance(other, ClassT) and other.name != cls.name and self.has_method(other.name, reflected) else None
        if theirs is not None:
            where = node if node is not None else method.node
            raise self.source.error(where, f"{cls.name}.{name} may return NotImplemented, and CPython would then try the "
                                           f"{theirs} of the other operand ({other}); pyzc does not try it yet")

    def formats_itself(self, t: Type) -> bool:
        """An object whose class defines __format__(spec) returning a str: a format spec calls it
        (f"{when:%Y-%m-%d}" of pylib/datetime.py's date and datetime)."""
        if not isinstance(t, ClassT):
            return False
        r = self.dunder(t, "__format__", (STR,))
        if r is None:
            return False
        if r not in (STR, BOTTOM):
            method = self.program.lookup_method(t.name, "__format__")
            assert method is not None  # dunder() found it
            raise self.source.error(method.node, f"__format__ must return a str, not {r}")
        return True

    def library_operand(self, cls: ClassT, name: str, other: Type, node) -> None:
        """An operator of a pyzc/pylib class whose `other` is annotated takes only that type: another is
        refused at the operator (`2 ** Fraction(1, 2)`: fractions' __rpow__ takes a float), as a call is."""
        m = self.program.lookup_method(cls.name, name)
        if m is not None and other != BOTTOM:
            self.check_library_call(m, [None, node], [cls, other])

    def reflected_first(self, lt: Type, rt: Type, name: str, node, arith: bool) -> Type | None:
        """The result type of the right operand's reflected method `name` where CPython may call it first
        (the right operand's class derives from the left's: reflected_first_pairs); None where it never
        does.  A reflected method that may decline (NotImplemented: CPython then asks the left operand)
        is refused, as is one only a class derived from the right operand's class has."""
        if not (isinstance(lt, ClassT) and isinstance(rt, ClassT)):
            return None
        pairs = reflected_first_pairs(self.program, lt.name, rt.name, name, arith)
        if not pairs:
            return None
        own = name if name != "__ne__" or self.has_method(rt.name, "__ne__") else "__eq__"
        for c, r in pairs:
            m = self.program.lookup_method(r, own)
            if m is None or not self.has_method(rt.name, own):
                raise self.source.error(node, f"an object of {r} (derived from {c}) as the right operand: CPython calls "
                                              f"its {own} first, which {rt.name} has not; pyzc does not support that yet")
            if declining(m.node):
                raise self.source.error(node, f"{r}.{own} may return NotImplemented, and CPython, which calls it first when "
                                              f"the left operand is {article(c)}, would then try the left operand's method; pyzc "
                                              "does not try it yet")
        return self.dunder(rt, own, (lt,), node)

    def binop_dunder(self, op, lt: Type, rt: Type, node) -> Type:
        stem = BINARY_DUNDERS[type(op)]
        first = self.reflected_first(lt, rt, f"__r{stem}__", node, arith=True)
        r = self.binop_dunder_static(op, lt, rt, node)
        if first is None or first == r or BOTTOM in (first, r):
            return r
        try:
            return join(r, first)  # lowering converts each result to this
        except TypeConflict:
            raise self.source.error(node, f"this {OP_SYMBOLS[type(op)]} gives {r}, or {first} where the right operand's "
                                          f"class derives from the left's (CPython then calls its __r{stem}__ first); "
                                          "pyzc needs one type") from None

    def binop_dunder_static(self, op, lt: Type, rt: Type, node) -> Type:
        stem = BINARY_DUNDERS[type(op)]
        if isinstance(lt, ClassT):
            self.library_operand(lt, f"__{stem}__", rt, node)
            r = self.dunder(lt, f"__{stem}__", (rt,), node)
            if r is not None:
                return r
        if isinstance(rt, ClassT):
            self.library_operand(rt, f"__r{stem}__", lt, node)
            r = self.dunder(rt, f"__r{stem}__", (lt,), node)
            if r is not None:
                return r
        raise self.source.error(node, f"unsupported operand type(s) for {OP_SYMBOLS[type(op)]}: '{lt}' and '{rt}'")

    def compare_dunder(self, op, lt: Type, rt: Type, node) -> None:
        """Check that a comparison of objects is defined (the dunder calls are recorded for lowering)."""
        name = COMPARE_DUNDERS[type(op)]
        self.reflected_first(lt, rt, REFLECTED[name], node, arith=False)
        if isinstance(lt, ClassT) and self.dunder(lt, name, (rt,), node) is not None:
            return
        if isinstance(rt, ClassT) and self.dunder(rt, REFLECTED[name], (lt,), node) is not None:
            return
        if name == "__ne__" and isinstance(lt, ClassT) and self.dunder(lt, "__eq__", (rt,), node) is not None:
            return
        if name in ("__eq__", "__ne__"):
            if isinstance(lt, ClassT) and isinstance(rt, ClassT) or NONE in (lt, rt):
                return  # identity
        raise self.source.error(node, f"'{OP_SYMBOLS[type(op)]}' not supported between instances of '{lt}' and '{rt}'")

    def order_dunder(self, op, lt: Type, rt: Type, node) -> None:
        """Record the dunder an ordering of two items calls (compare_dunder), if either class has one."""
        name = COMPARE_DUNDERS[type(op)]
        if isinstance(lt, ClassT) and self.dunder(lt, name, (rt,), node) is not None:
            return
        if isinstance(rt, ClassT):
            self.dunder(rt, REFLECTED[name], (lt,), node)

    def ordered_classes(self) -> frozenset:
        return frozenset(c for c in self.program.classes if self.has_method(c, "__lt__"))

    def check_object_hashable(self, t: Type, node):
        for part in walk_types(t):
            if isinstance(part, ClassT):
                why = self.unhashable_why(part.name)
                if why is not None:
                    raise self.source.error(node, f"unhashable type: '{part.name}' ({why})")
                self.derived_dunders(part, ("__hash__", "__eq__"), node)

    def derived_dunders(self, t: ClassT, names: tuple[str, ...], node) -> None:
        """Refuse objects typed as class t, which has none of the dunders `names` (own or inherited), where
        a class derived from t defines one: its objects hash and compare by it in CPython, and pyzc would
        use t's (identity) for every object typed t (a set of shapes, some of them squares with __eq__)."""
        if any(self.has_method(t.name, n) for n in names):
            return
        for c in self.program.subtree(t.name)[1:]:
            found = next((n for n in names if self.has_method(c, n)), None)
            if found is not None:
                raise self.source.error(node, f"{c} defines {found}, which {t.name} (the class of these objects as pyzc "
                                              f"types them) has not: pyzc would hash and compare an object of {c} here "
                                              f"as one of {t.name}; not supported yet")

    def unhashable_why(self, cls: str) -> str | None:
        """Why objects of cls have no hash, as CPython decides: the nearest class (cls, then its bases)
        that defines __hash__ or __eq__ decides; one that defines __eq__ alone, or sets `__hash__ = None`,
        makes its objects unhashable.  None when they hash."""
        for c in (cls,) + self.program.classes[cls].ancestors:
            info = self.program.classes[c]
            if "__hash__" in info.attrs:
                value = info.attrs["__hash__"]
                if isinstance(value, ast.Constant) and value.value is None:
                    return f"{c} sets __hash__ to None"
                raise self.source.error(value, "a class attribute __hash__ other than None is not supported yet")
            if "__hash__" in info.methods:
                return None
            if "__eq__" in info.methods:
                return "it defines __eq__ but not __hash__" if c == cls else f"{c} defines __eq__ but not __hash__"
        return None

    def close_container_ops(self):
        """Containers of objects compare, order and hash their items with the items' dunders:
        compile those for every class that appears inside a container."""
        types = list(self.global_types.values()) + list(self.fields.values())
        for inst in self.instances.values():
            types += list(inst.var_types.values()) + list(inst.expr_types.values())
        seen = {part for t in set(types) if isinstance(t, (ListT, SetT, DictT, TupleT))
                for part in walk_types(t) if isinstance(part, ClassT)}
        for cls in sorted(seen, key=str):  # in a fixed order: the C must not depend on str hashing
            self.dunder(cls, "__eq__", (cls,))
            self.dunder(cls, "__lt__", (cls,))
            self.dunder(cls, "__hash__", ())
