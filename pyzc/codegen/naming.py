"""Every C name the generated code uses, in one place.

Python identifiers may hold any Unicode letter and may collide with C
keywords or runtime symbols (`int`, `main`, `printf`, `pyz_str_concat`);
prefixing every user name by its kind keeps them apart:

    v_<name>   local variable        G.v_<name>  module global (one struct, one GC root)
    f_<name>   function instance     t<N>        temporary (IR name "t.<N>")
    O_<class>  object struct         a_<name>    field        PYZ_CLS_<class>  class id
    o_<class>  a class in container specialisation names (PyzList_o_Point functions)
    s_<N>      string constant       E<line>     error exit for a line
    L<N>       basic block label

Distinct Python names must stay distinct in C.  A name of ASCII letters,
digits and underscores is used as it is after the prefix.  Any other name
(non-ASCII letters, or the `x@3` the front end gives comprehension
variables) is escaped: `_` becomes `__`, `@` becomes `_c`, any other
character `_u<hex>_`; and its prefix gains an `x` (`vx_`, `fx_`), so an
escaped name can never equal a plain one (`é` is `vx__ue9_`, the variable
`_ue9_` is `v__ue9_`).  Temporaries are `t<N>` and every user name starts
with a prefix and an underscore, so the two never meet either.
"""

from __future__ import annotations

from ..ir.ops import TEMP_PREFIX, is_temp
from ..types.model import NUM, ClassT, DequeT, DictT, ListT, SeqIterT, SetT, TupleT, Type, concrete


# Runtime-looking functions that are rendered into the module from templates/, not declared in pyz.h.
RENDERED_PREFIXES = ("pyz_list_", "pyz_tuple_", "pyz_dict_", "pyz_set_", "pyz_class_", "pyz_deque_")


def suffix(t: Type, classes: bool = True) -> str:
    """The name part of a container specialisation: list[list[int]] -> 'list_int' in PyzList_list_int,
    tuple[int, str] -> 'tup2_int_str' in PyzTuple_tup2_int_str, a class C -> 'o_C'.
    With classes=False every class is 'obj': the name of a container's C struct.  Every object is
    a `PyzObj *`, so list[Circle] and list[Shape] share one struct (an object value may move from
    one to the other as its static type widens) while their functions stay apart."""
    t = concrete(t)
    if isinstance(t, ListT):
        return "list_" + suffix(t.elem, classes)
    if isinstance(t, TupleT):
        return f"tup{len(t.elems)}_" + "_".join(suffix(e, classes) for e in t.elems)
    if isinstance(t, DictT):
        # a Counter or defaultdict shares its dict's C functions; the kind keeps instance names apart
        kind = t.kind.replace("defaultdict:", "dd").lower() + "_" if t.kind else ""
        return f"{kind}dict_{suffix(t.key, classes)}__{suffix(t.value, classes)}"
    if isinstance(t, DequeT):
        return "deque_" + suffix(t.elem, classes)
    if isinstance(t, SetT):
        return "set_" + suffix(t.elem, classes)
    if isinstance(t, ClassT):
        return prefixed("o", t.name) if classes else "obj"
    if isinstance(t, SeqIterT):  # one C type (PyzIter *) whatever it walks; instances stay apart
        return "iter_" + suffix(t.src, classes) if classes else "iter"
    if t == NUM:
        return "num"
    return str(t)


def type_suffix(t: Type) -> str:
    return suffix(t)


def dict_suffix(t: DictT) -> str:
    """PyzDict_<this>: key and value suffixes, split by a double underscore."""
    return f"{suffix(t.key)}__{suffix(t.value)}"


def struct_suffix(t: Type) -> str:
    return suffix(t, classes=False)


def struct_dict_suffix(t: DictT) -> str:
    return f"{struct_suffix(t.key)}__{struct_suffix(t.value)}"


def is_plain(name: str) -> bool:
    return name.isascii() and name.replace("_", "a").isalnum()


def mangle(name: str) -> str:
    """The C spelling of a Python name, without its prefix: injective together with is_plain (see above)."""
    if is_plain(name):
        return name
    out = []
    for ch in name:
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif ch == "_":
            out.append("__")
        elif ch == "@":
            out.append("_c")
        else:
            out.append(f"_u{ord(ch):x}_")
    return "".join(out)


def prefixed(kind: str, name: str) -> str:
    return f"{kind}_{name}" if is_plain(name) else f"{kind}x_{mangle(name)}"


def local_name(reg_name: str) -> str:
    if is_temp(reg_name):
        return "t" + reg_name[len(TEMP_PREFIX):]
    return prefixed("v", reg_name)


def global_name(name: str) -> str:
    return "G." + global_field(name)


def global_field(name: str) -> str:
    return prefixed("v", name)


def class_struct(cls: str) -> str:
    return prefixed("O", cls)


def class_id(cls: str) -> str:
    return prefixed("PYZ_CLS", cls)


def field_name(attr: str) -> str:
    return prefixed("a", attr)


def function_name(ir_name: str) -> str:
    if ir_name == "<module>":
        return "pyz_module_body"
    return prefixed("f", ir_name)


def string_const(index: int) -> str:
    return f"s_{index}"


def literal_array(index: int) -> str:
    """The static array a long list display of constants is copied from."""
    return f"lit_{index}"


def block_label(label: int) -> str:
    return f"L{label}"


def error_label(line: int) -> str:
    return f"E{line}"

# the C local holding a list index while it is bounds-checked (see emit.FunctionEmitter.checked_index)
INDEX_TEMP = "ix"

# the counter array of an instrumented (--profile pgo) build and its keys (see codegen/pgo.py)
PGO_COUNTERS = "pgo_counts"
PGO_KEYS = "pgo_keys"


# The functions rendered for each container specialisation (templates/list.c.j2, dict.c.j2, ...).
def list_fn(t: ListT, verb: str) -> str:
    return f"pyz_list_{type_suffix(t.elem)}_{verb}"


def tuple_fn(t: TupleT, verb: str) -> str:
    return f"pyz_tuple_{type_suffix(t)}_{verb}"


def dict_fn(t: DictT, verb: str) -> str:
    return f"pyz_dict_{dict_suffix(t)}_{verb}"


def set_fn(t: SetT, verb: str) -> str:
    return f"pyz_set_{type_suffix(t.elem)}_{verb}"


def deque_fn(t: DequeT, verb: str) -> str:
    return f"pyz_deque_{type_suffix(t.elem)}_{verb}"
