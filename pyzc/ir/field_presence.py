"""Which fields an object may lack when they are read.

CPython raises AttributeError for `obj.x` until something assigns `obj.x`. A pyzc object is a C
struct whose fields start zeroed, so a field that some object may lack when it is read carries a
flag (`PRESENCE_PREFIX + attr`, a bool field laid out beside it): a store sets it, a read checks
it and raises CPython's AttributeError (ir/build_objects.py, get_field and set_field).

A field that some `del x.attr` of the program may delete always has a flag. Another needs none
when every class that is constructed and lays it out (its owner and the owner's subclasses)
assigns it in the `__init__` it runs, at the top level of that `__init__`, before
anything could read it: before any statement that reads `self.x`, calls a method of `self` or
passes `self` on. `super().__init__(...)` there counts as the base `__init__`'s assignments, and
as its reads: a base `__init__` that calls a method of `self` may read a field that only the
subclass's `__init__` assigns after it (the subclass overrides the method).
"""

from __future__ import annotations

import ast

from ..ast_walk import iter_child_nodes, walk
from ..frontend.symbols import Program

PRESENCE_PREFIX = "pyz_has_"


def fields_maybe_unset(program: Program, fields, constructed: set[str]) -> set[tuple[str, str]]:
    """The (owner, attr) fields that an object may lack when they are read: those some `del x.attr`
    of the program may remove (by name), and those an object may not have been given yet."""
    out = set()
    deleted = deleted_attributes(program)
    for owner, attr in fields:
        if attr in deleted:
            out.add((owner, attr))
            continue
        if program.exception_base(owner) is not None:
            continue  # an exception's fields are set when it is made (types/objects.py EXC_ARG_FIELDS)
        for c in program.subtree(owner):
            if c in constructed and not init_sets(program, c, attr, set()):
                out.add((owner, attr))
                break
    return out


def deleted_attributes(program: Program) -> set[str]:
    """The attribute names some `del x.attr` of the program deletes."""
    out = set()
    for f in [program.module] + program.all_functions():
        for n in walk(f.node):
            if isinstance(n, ast.Delete):
                out |= {t.attr for t in n.targets if isinstance(t, ast.Attribute)}
    return out


def init_sets(program: Program, cls: str, attr: str, seen: set) -> bool:
    """Whether constructing a cls object surely assigns self.attr before anything can read it."""
    m = program.lookup_method(cls, "__init__")
    if m is None or not m.params or m.name in seen:
        return False
    seen.add(m.name)
    me = m.params[0]

    def is_method(name: str) -> bool:  # of any class: a subclass may define what the base init calls
        return any(name in c.methods for c in program.classes.values())

    for s in m.body:
        if sets_self(s, me, attr):
            return not reads_self(s, me, attr, is_method, value_only=True)
        base_init = super_init_call(s, me)
        if base_init is not None:
            if not super_args_pure(base_init, me) or reads_self(base_init, me, attr, lambda name: False):
                return False
            owner = program.classes[m.owner] if m.owner in program.classes else None
            if owner is not None and owner.base is not None and init_sets(program, owner.base, attr, seen):
                return True
            if owner is not None and owner.base is not None and init_reads(program, owner.base, attr, is_method, set()):
                return False  # the base's __init__ may read it first (a method a subclass overrides)
            continue
        if reads_self(s, me, attr, is_method):
            return False
    return False


def init_reads(program: Program, cls: str, attr: str, is_method, seen: set) -> bool:
    """Whether running cls's __init__ (and the base __init__ it calls) may read self.attr: it reads it,
    calls a method of self (which a subclass may override to read it) or passes self on."""
    m = program.lookup_method(cls, "__init__")
    if m is None or not m.params or m.name in seen:
        return False  # object's __init__ reads nothing
    seen.add(m.name)
    me = m.params[0]
    for s in m.body:
        base_init = super_init_call(s, me)
        if base_init is not None:
            if not super_args_pure(base_init, me):
                return True
            owner = program.classes.get(m.owner) if m.owner is not None else None
            if owner is not None and owner.base is not None and init_reads(program, owner.base, attr, is_method, seen):
                return True
            continue
        if reads_self(s, me, attr, is_method):
            return True
    return False


def sets_self(s: ast.stmt, me: str, attr: str) -> bool:
    targets = s.targets if isinstance(s, ast.Assign) else [s.target] if isinstance(s, ast.AnnAssign) and s.value is not None else []
    return any(isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == me and t.attr == attr
               for t in targets)


def super_init_call(s: ast.stmt, me: str) -> ast.Call | None:
    """The call of `super().__init__(...)` that statement s is, or None."""
    if isinstance(s, ast.Expr) and isinstance(s.value, ast.Call):
        f = s.value.func
        if isinstance(f, ast.Attribute) and f.attr == "__init__" and isinstance(f.value, ast.Call) \
                and isinstance(f.value.func, ast.Name) and f.value.func.id == "super":
            return s.value
    return None


def super_args_pure(call: ast.Call, me: str) -> bool:
    """Whether the arguments of super().__init__(...) leave self alone (self.y reads are fine)."""
    return not any(reads_self(a, me, "", lambda name: False) for a in call.args + [k.value for k in call.keywords])


def reads_self(s: ast.AST, me: str, attr: str, is_method=lambda name: True, value_only: bool = False) -> bool:
    """Whether s may read self.attr: it reads it, reads a method or property of self (or calls one),
    or uses self otherwise (value_only: only the assigned value of an assignment counts)."""
    if value_only and isinstance(s, (ast.Assign, ast.AnnAssign)):
        if s.value is None:  # `self.x: int` assigns nothing (and sets_self does not pass it)
            return False
        s = s.value
    parents: dict[int, ast.AST] = {}
    for node in walk(s):
        for c in iter_child_nodes(node):
            parents[id(c)] = node
    for n in walk(s):
        if not (isinstance(n, ast.Name) and n.id == me):
            continue
        p = parents.get(id(n))
        if not isinstance(p, ast.Attribute):
            return True  # self passed on, compared, returned...
        if isinstance(p.ctx, ast.Store):
            augmented = parents.get(id(p))
            if isinstance(augmented, ast.AugAssign) and p.attr == attr:
                return True  # self.x += 1 reads it first
            continue  # self.y = ...
        if p.attr == attr or is_method(p.attr):
            return True  # self.x, self.m(...), self.prop
    return False
