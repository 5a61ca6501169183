"""Class members pyzc would get wrong rather than refuse: they are refused here, by name.

- A member a subclass redefines as another kind of member: a property over a base's class
  attribute or field (or the other way round), a staticmethod over a method, a classmethod over
  a property...  pyzc resolves a member read in a base's method by the base's kind of member, where
  CPython looks the name up on the object's class.  Methods overriding methods, properties
  overriding properties, and fields over class attributes (the object's own value first) are
  supported, and stay so.
- Special methods CPython calls on its own where pyzc never would (`__new__`, `__setattr__`,
  `__getattr__`, `__del__`, descriptors' `__get__`...): a program defining one behaves otherwise.
  (`__missing__` of a dict subclass is called: builtin_subclasses.py.)

Runs in resolve (symbols.py) once every class knows its ancestors.
"""

from __future__ import annotations

from ..diagnostics import CompileError, SourceFile
from .builtin_subclasses import PREFIX

# special methods that CPython calls implicitly and pyzc does not
UNCALLED_DUNDERS = frozenset({
    "__new__", "__setattr__", "__delattr__", "__getattr__", "__getattribute__", "__init_subclass__", "__set_name__",
    "__get__", "__set__", "__delete__", "__class_getitem__", "__del__", "__missing__", "__instancecheck__",
    "__subclasscheck__", "__length_hint__", "__prepare__", "__mro_entries__",
})
KIND_NAMES = {"method": "method", "staticmethod": "static method", "classmethod": "class method", "property": "property"}


def member_kind(c, name: str) -> str | None:
    """What `name` is in class c itself: a kind of method, "data" (a class attribute or a field its
    methods assign), or None."""
    m = c.methods.get(name)
    if m is not None:
        return KIND_NAMES.get(m.kind, m.kind)
    if name in c.attrs or name in c.late_attrs or name in c.self_fields:
        return "data"
    return None


def described(kind: str) -> str:
    return "a class attribute or field" if kind == "data" else f"a {kind}"


def missing_is_called(c, classes: dict) -> bool:
    """Whether a dict subclass's __getitem__ calls __missing__ (builtin_subclasses.py writes one that
    does when the class deriving from dict defines it; an override in a subclass of that is called)."""
    chain = (c.name,) + tuple(c.ancestors)
    for below, name in zip(chain, chain[1:]):
        if name.split(":")[-1].startswith(PREFIX["dict"]):
            return below in classes and "__missing__" in classes[below].methods
    return False


def check_class_members(source: SourceFile, classes: dict) -> list[CompileError]:
    problems = []
    for c in classes.values():
        for name, m in c.methods.items():
            if name in UNCALLED_DUNDERS and not (name == "__missing__" and missing_is_called(c, classes)):
                problems.append(source.error(m.node, f"the special method {name} is not supported yet: pyzc would not call it "
                                                     "where CPython does"))
        names = [n for n in c.methods if "#" not in n] + list(c.attrs) + sorted(c.late_attrs) + sorted(c.self_fields)
        for name in dict.fromkeys(names):
            mine = member_kind(c, name)
            if mine is None or name.startswith("__") and name.endswith("__"):
                continue
            for a in c.ancestors:
                theirs = member_kind(classes[a], name)
                if theirs is None:
                    continue
                if theirs != mine:
                    m = c.methods.get(name)
                    where = m.node if m is not None else c.attrs.get(name, c.node)
                    problems.append(source.error(where, f"'{c.name}.{name}' is {described(mine)} but '{a}.{name}' is "
                                                        f"{described(theirs)}: a member redefined as another kind of member "
                                                        "is not supported yet"))
                break
    return problems
