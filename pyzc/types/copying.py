"""What copy.copy and copy.deepcopy do with a value of each static type (CPython 3.11's copy module).

Read by the typing rule (primitives/copy_ops.py), the lowering (ir/build_stdlib.py)
and the C that codegen renders per type (codegen/copy.py, templates/copy.c.j2):
- a number, a str, None, and a tuple of those are atomic: CPython gives back the
  very object, shallow or deep (`copy(s) is s`), and so does pyzc;
- copy.copy of any tuple is the tuple itself (tuples are immutable); of a list,
  dict (Counter, defaultdict), set or deque, the container's own copy (a new
  container holding the same items, as `xs.copy()`); of an object, a new object of
  the same class, its fields holding the same values;
- copy.deepcopy copies everything mutable below the value, once: a memo maps
  each container and object met to its copy, so a value reached twice is copied
  once and a cycle through lists, dicts, deques or objects ends and is kept.
  A set (or a Counter) is memoized only after its items are copied, as CPython's
  copy of an object through __reduce_ex__ does, so a cycle through a set recurses
  until RecursionError there as here.
"""

from __future__ import annotations

from .model import BOOL, FLOAT, INT, NONE, NUM, STR, BYTES, TupleT, Type, concrete

# what a class may define that changes how CPython copies its objects: pyzc refuses such a copy
COPY_HOOKS = ("__copy__", "__deepcopy__", "__reduce__", "__reduce_ex__", "__getstate__", "__setstate__",
              "__getnewargs__", "__getnewargs_ex__")


def copy_atomic(t: Type) -> bool:
    """Whether a value of type t is its own copy and its own deep copy."""
    t = concrete(t)
    if t in (INT, FLOAT, BOOL, NUM, STR, BYTES, NONE):
        return True
    return isinstance(t, TupleT) and all(copy_atomic(e) for e in t.elems)
