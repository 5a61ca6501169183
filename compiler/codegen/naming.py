"""Every C name the generated code uses, in one place.

Python identifiers may hold any Unicode letter and may collide with C
keywords or runtime symbols (`int`, `main`, `printf`); prefixing every
user name by its kind keeps them apart:

    v_<name>   local variable        G.v_<name>  module global (one struct, one GC root)
    f_<name>   function instance     t<N>        temporary
    s_<N>      string constant       E<line>     error exit for a line
    L<N>       basic block label
"""

from __future__ import annotations

from ..types.model import ClassT, DictT, ListT, SetT, TupleT, Type, concrete


# Runtime-looking functions that are rendered into the module from templates/, not declared in pyz.h.
RENDERED_PREFIXES = ("pyz_list_", "pyz_tuple_", "pyz_dict_", "pyz_set_", "pyz_class_")


def struct_suffix(t: Type) -> str:
    """The name part of a container's C struct.  Every object is a `PyzObj *`, so a
    list[Circle] and a list[Shape] share one struct (an object value may move from one
    to the other as its static type widens) while their functions stay apart."""
    t = concrete(t)
    if isinstance(t, ClassT):
        return "obj"
    if isinstance(t, ListT):
        return "list_" + struct_suffix(t.elem)
    if isinstance(t, TupleT):
        return f"tup{len(t.elems)}_" + "_".join(struct_suffix(e) for e in t.elems)
    if isinstance(t, DictT):
        return "dict_" + struct_dict_suffix(t)
    if isinstance(t, SetT):
        return "set_" + struct_suffix(t.elem)
    return str(t)


def struct_dict_suffix(t: DictT) -> str:
    return f"{struct_suffix(t.key)}__{struct_suffix(t.value)}"


def type_suffix(t: Type) -> str:
    """The name part of a container specialisation: list[list[int]] -> 'list_int' in PyzList_list_int,
    tuple[int, str] -> 'tup2_int_str' in PyzTuple_tup2_int_str."""
    t = concrete(t)
    if isinstance(t, ListT):
        return "list_" + type_suffix(t.elem)
    if isinstance(t, TupleT):
        return f"tup{len(t.elems)}_" + "_".join(type_suffix(e) for e in t.elems)
    if isinstance(t, DictT):
        return "dict_" + dict_suffix(t)
    if isinstance(t, SetT):
        return "set_" + type_suffix(t.elem)
    if isinstance(t, ClassT):
        return "o_" + mangle(t.name)
    return str(t)


def dict_suffix(t: DictT) -> str:
    """PyzDict_<this>: key and value suffixes, split by a double underscore."""
    return f"{type_suffix(t.key)}__{type_suffix(t.value)}"


def mangle(name: str) -> str:
    out = []
    for ch in name:
        if ch.isascii() and (ch.isalnum() or ch == "_"):
            out.append(ch)
        elif ch == "@":
            out.append("_c")
        else:
            out.append(f"_u{ord(ch):04x}_")
    return "".join(out)


def local_name(reg_name: str) -> str:
    if reg_name.startswith("t") and reg_name[1:].isdigit():
        return reg_name
    return "v_" + mangle(reg_name)


def global_name(name: str) -> str:
    return "G.v_" + mangle(name)


def global_field(name: str) -> str:
    return "v_" + mangle(name)


def class_struct(cls: str) -> str:
    return "O_" + mangle(cls)


def class_id(cls: str) -> str:
    return "PYZ_CLS_" + mangle(cls)


def field_name(attr: str) -> str:
    return "a_" + mangle(attr)


def function_name(ir_name: str) -> str:
    if ir_name == "<module>":
        return "pyz_module_body"
    return "f_" + mangle(ir_name)


def string_const(index: int) -> str:
    return f"s_{index}"


def block_label(label: int) -> str:
    return f"L{label}"


def error_label(line: int) -> str:
    return f"E{line}"

# the C local holding a list index while it is bounds-checked (see emit.FunctionEmitter.checked_index)
INDEX_TEMP = "ix"

# the counter array of an instrumented (--profile pgo) build and its keys (see codegen/pgo.py)
PGO_COUNTERS = "pgo_counts"
PGO_KEYS = "pgo_keys"
