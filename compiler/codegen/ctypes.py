"""C types of pyzc types (DESIGN.md: int is int64_t, float double, bool bool; str and lists are pointers)."""

from __future__ import annotations

from ..types.model import BOOL, BUILDER, FLOAT, INT, NONE, STR, ListT, Type, concrete


def list_suffix(t: Type) -> str:
    t = concrete(t)
    if isinstance(t, ListT):
        return "list_" + list_suffix(t.elem)
    return str(t)


def c_type(t: Type) -> str:
    t = concrete(t)
    if t == INT:
        return "int64_t"
    if t == FLOAT:
        return "double"
    if t == BOOL:
        return "bool"
    if t == STR:
        return "PyzStr *"
    if t == NONE:
        return "int8_t"
    if t == BUILDER:
        return "PyzStrBuilder"
    if isinstance(t, ListT):
        return f"PyzList_{list_suffix(t.elem)} *"
    raise AssertionError(f"no C type for {t}")


def is_pointer(t: Type) -> bool:
    return concrete(t) == STR or isinstance(concrete(t), ListT)


def zero(t: Type) -> str:
    if t == BUILDER:
        return "{0}"
    return "NULL" if is_pointer(t) else "0"
