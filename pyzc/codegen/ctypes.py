"""C types of pyzc types (DESIGN.md: int is int64_t, float double, bool bool; str and lists are pointers)."""

from __future__ import annotations

from ..types.model import RESUB, MATCH, PatternT, BOOL, BUILDER, EXC, EXC_ARGS, FILE, FSUM, DIST, HASH, ITEMS_PTR, STATS, FLOAT, INT, NONE, NUM, STR, BYTES, BYTEARRAY, BINFILE, ClassT, OptT, DequeT, DictT, FuncT, ListT, SeqIterT, SetT, StructT, TupleT, Type, concrete, GenT, GenU
from .naming import struct_dict_suffix, struct_suffix



def c_type(t: Type) -> str:
    t = concrete(t)
    if t == INT or isinstance(t, FuncT):  # a function value: its number (ir/build_functions.py)
        return "int64_t"
    if t == FLOAT:
        return "double"
    if t == BOOL:
        return "bool"
    if t == NUM:
        return "PyzNum"
    if t in (STR, BYTES, BYTEARRAY):
        return "PyzStr *"
    if t == NONE:
        return "int8_t"
    if t == BUILDER:
        return "PyzStrBuilder"
    if t in (EXC, EXC_ARGS):
        return "PyzExc *"
    if t == ITEMS_PTR:
        return "void *"
    if t == RESUB:
        return "PyzReSub *"
    if t == FSUM:
        return "PyzFsum *"
    if t == DIST:
        return "PyzDist *"
    if t == STATS:
        return "PyzStats *"
    if t in (FILE, BINFILE):
        return "PyzFile *"
    if t == MATCH:
        return "PyzMatch *"
    if isinstance(t, PatternT):
        return "PyzRe *"
    if t == HASH:
        return "PyzHash *"
    if isinstance(t, StructT):  # its format
        return "PyzStr *"
    if isinstance(t, ClassT):
        return "PyzObj *"
    if isinstance(t, SeqIterT):
        return "PyzIter *"
    if isinstance(t, (GenT, GenU)):  # every generator: its frame struct starts with a PyzGen (codegen/generators.py)
        return "PyzGen *"
    if isinstance(t, ListT):
        return f"PyzList_{struct_suffix(t.elem)} *"
    if isinstance(t, TupleT):
        return f"PyzTuple_{struct_suffix(t)}"
    if isinstance(t, DictT):
        return f"PyzDict_{struct_dict_suffix(t)} *"
    if isinstance(t, SetT):
        return f"PyzSet_{struct_suffix(t.elem)} *"
    if isinstance(t, DequeT):
        return f"PyzDeque_{struct_suffix(t.elem)} *"
    if isinstance(t, OptT):  # None is NULL where the value is a pointer; else a struct with a `some` flag
        return c_type(t.inner) if is_pointer(t.inner) else f"PyzOpt_{struct_suffix(t.inner)}"
    raise AssertionError(f"no C type for {t}")


def is_pointer(t: Type) -> bool:
    if isinstance(t, OptT):
        return is_pointer(t.inner)
    return concrete(t) in (STR, BYTES, BYTEARRAY, BINFILE, EXC, EXC_ARGS, FSUM, DIST, STATS, ITEMS_PTR, FILE, HASH, MATCH, RESUB) or isinstance(concrete(t), (PatternT, StructT, ListT, DictT, SetT, DequeT, ClassT, SeqIterT, GenT, GenU))


def has_pointers(t: Type) -> bool:
    """Whether a value of this type holds GC pointers (so memory holding it must be scanned)."""
    t = concrete(t)
    if isinstance(t, TupleT):
        return any(has_pointers(e) for e in t.elems)
    if isinstance(t, OptT):
        return has_pointers(t.inner)
    if isinstance(t, FuncT):  # a closure is the address of its environment (ir/ops.py NewClosure)
        return True
    if t in (INT, NUM):  # a big int's word holds the address of its digits (runtime_c/int.c)
        return True
    return is_pointer(t)


def zero(t: Type) -> str:
    if t == BUILDER:
        return "{0}"
    if isinstance(concrete(t), TupleT) or t == NUM or (isinstance(t, OptT) and not is_pointer(t)):
        return f"({c_type(t)}){{0}}"
    return "NULL" if is_pointer(t) else "0"
