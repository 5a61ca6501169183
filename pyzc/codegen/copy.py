"""C for copy.copy of objects and copy.deepcopy of every type: one function per static type.

In: the (type, deep) pairs lowering recorded (ir.Module.copy_types) and the class
layouts.  Out: the C text of templates/copy.c.j2: prototypes first (the functions
of a recursive type call each other), then the bodies.

types/copying.py says what a copy of each type is.  The functions:
- `pyz_copy_<T>_shallow(x)`, copy.copy of an object of static class T: a switch on
  the object's class id gives the size of its struct, which pyz_obj_clone copies;
- `pyz_copy_<T>_deepcopy(x)`, the entry of copy.deepcopy: it makes the memo (runtime_c/copy.c)
  in its frame and calls the step; a container of atomic items (numbers, strs) needs
  no memo, since nothing below it can be reached twice;
- `pyz_copy_<T>_deep(x, memo)`, one step per non-atomic type met below the value
  (through lists, dicts, sets, deques, tuples and the fields of every class an object
  may be): it returns the copy already in the memo, or makes one, records it and copies
  the parts (a set records its copy after its items, as CPython);
- `pyz_copy_O_<C>(x, memo)`, the deep copy of an object of exactly class C, called by the
  step of each static class C's object may have (a switch on the class id).
A step that copies parts tests the stack first, as a recursive Python function does
(a deep structure, or a cycle through a set, raises RecursionError), and stops at a
pending exception (MemoryError, RecursionError, an object key's __hash__ or __eq__).
"""

from __future__ import annotations

from typing import Any, Callable

from ..types.copying import copy_atomic
from ..types.model import ClassT, DequeT, DictT, ListT, OptT, SetT, TupleT, Type, concrete, parts
from . import naming
from .ctypes import c_type, is_pointer


# the container functions each kind of step calls (the template's s.new_fn, s.copy_fn...)
VERBS = {ListT: ("new", "copy", "append"), DequeT: ("new", "copy", "append", "at"), SetT: ("new", "add", "next")}


class CopyRenderer:
    def __init__(self, copy_types: set, classes: list):
        self.roots = sorted(copy_types, key=lambda r: (str(r[0]), r[1]))
        self.classes = classes
        self.layouts = {c.name: c for c in classes}
        self.steps: list[dict] = []
        self.object_fns: list[dict] = []
        self.seen: set = set()
        self.seen_classes: set = set()

    def deep(self, t: Type, x: str) -> str:
        """The C expression for a deep copy of x, of type t, with the memo `m`."""
        t = concrete(t)
        if copy_atomic(t):
            return x
        if isinstance(t, OptT) and is_pointer(t.inner):  # None is NULL, which every step gives back as it is
            return self.deep(t.inner, x)
        self.need(t)
        return f"{naming.copy_fn(t, 'deep')}({x}, m)"

    def concrete_classes(self, t: ClassT) -> list:
        top = self.layouts[t.name]
        return [c for c in self.classes if top.id <= c.id <= top.last_id]

    def need(self, t: Type):
        """Render the step for t (and, through deep(), for every type below it)."""
        if t in self.seen:
            return
        self.seen.add(t)
        step: dict[str, Any] = {"name": naming.copy_fn(t, "deep"), "ctype": c_type(t)}  # the template's context
        if isinstance(t, ClassT):
            step["kind"] = "object"
            step["cases"] = [{"id": naming.class_id(c.name), "fn": self.object_fn(c)} for c in self.concrete_classes(t)]
        elif isinstance(t, TupleT):
            step["kind"] = "tuple"
            step["fields"] = [{"name": f"f{i}", "deep": self.deep(e, f"x.f{i}")}
                              for i, e in enumerate(t.elems) if not copy_atomic(e)]
        elif isinstance(t, OptT):  # a struct {some, v}: v is zeroed when it is None, so copying it is harmless
            step["kind"] = "tuple"
            step["fields"] = [{"name": "v", "deep": self.deep(t.inner, "x.v")}]
        elif isinstance(t, DictT):
            step.update(kind="dict", flat=all(copy_atomic(p) for p in parts(t)), key_ctype=c_type(t.key),
                        value_ctype=c_type(t.value), key=self.deep(t.key, "x->entries[i].key"),
                        value=self.deep(t.value, "x->entries[i].value"),
                        **{verb + "_fn": naming.dict_fn(t, verb) for verb in ("new", "copy", "next", "set")})
        else:
            assert isinstance(t, (ListT, SetT, DequeT)), t  # parts() of a container type
            kind = ListT if isinstance(t, ListT) else type(t)  # a tuple of any length is copied as its list
            fns: dict[type, Callable[[Any, str], str]] = {ListT: naming.list_fn, SetT: naming.set_fn, DequeT: naming.deque_fn}
            fn = fns[kind]
            item = f"*{naming.deque_fn(t, 'at')}(x, i)" if isinstance(t, DequeT) else {ListT: "x->items[i]", SetT: "x->table[i].key"}[kind]
            step.update(kind={ListT: "list", SetT: "set", DequeT: "deque"}[kind], flat=copy_atomic(t.elem),
                        elem_ctype=c_type(t.elem), item=self.deep(t.elem, item),
                        **{verb + "_fn": fn(t, verb) for verb in VERBS[kind]})
        self.steps.append(step)

    def object_fn(self, layout) -> str:
        name = naming.copy_class_fn(layout.name)
        if layout.name not in self.seen_classes:
            self.seen_classes.add(layout.name)
            fields = [{"name": naming.field_name(attr), "deep": self.deep(t, f"src->{naming.field_name(attr)}")}
                      for _, attr, t in layout.fields if not copy_atomic(t)]
            self.object_fns.append({"name": name, "struct": naming.class_struct(layout.name), "fields": fields})
        return name

    def entries(self) -> tuple[list[dict], list[dict]]:
        deep, shallow = [], []
        for t, is_deep in self.roots:
            t = concrete(t)
            if not is_deep:
                assert isinstance(t, ClassT)  # copy.copy is compiled for objects only
                shallow.append({"name": naming.copy_fn(t, "shallow"),
                                "cases": [{"id": naming.class_id(c.name), "struct": naming.class_struct(c.name)}
                                          for c in self.concrete_classes(t)]})
                continue
            self.need(t)
            flat = isinstance(t, (ListT, DictT, SetT, DequeT)) and all(copy_atomic(p) for p in parts(t))
            deep.append({"name": naming.copy_fn(t, "deepcopy"), "step": naming.copy_fn(t, "deep"), "ctype": c_type(t),
                         "flat": flat})
        return deep, shallow


def render_copies(template, copy_types: set, classes: list) -> str:
    """The C of every copy function the program calls."""
    r = CopyRenderer(copy_types, classes)
    deep, shallow = r.entries()
    return template.render(entries=deep, shallow=shallow, steps=r.steps, objects=r.object_fns)
