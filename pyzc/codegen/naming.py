"""Every C name the generated code uses, in one place.

Python identifiers may hold any Unicode letter and may collide with C
keywords or runtime symbols (`int`, `main`, `printf`, `pyz_str_concat`);
prefixing every user name by its kind keeps them apart:

    v_<name>   local variable        G.v_<name>  module global (one struct, one GC root)
    f_<name>   function instance     t<N>        temporary (IR name "t.<N>")
    O_<class>  object struct         a_<name>    field        PYZ_CLS_<class>  class id
    o_<class>  a class in container specialisation names (PyzList_o_Point functions)
    s_<N>      string constant       E<line>     error exit for a line
    L<N>       basic block label     FL<N>       a frame list's header (FL<N>_items: its room)

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

from ..ir.ops import TEMP_PREFIX, SpecFn, is_temp
from ..types.model import ArrayT, DequeT, DictT, ListT, SetT, TupleT, Type, VarTupleT
from ..types.spelling import is_plain, mangle, prefixed, suffix  # noqa: F401  (names are spelled there)


# Runtime-looking functions that are rendered into the module from templates/, not declared in pyz.h.
RENDERED_PREFIXES = ("pyz_list_", "pyz_tuple_", "pyz_dict_", "pyz_set_", "pyz_class_", "pyz_deque_", "pyz_copy_N_")


def type_suffix(t: Type) -> str:
    return suffix(t)


def dict_suffix(t: DictT) -> str:
    """PyzDict_<this>: key and value suffixes, split by a double underscore."""
    return f"{suffix(t.key)}__{suffix(t.value)}"


def struct_suffix(t: Type) -> str:
    return suffix(t, classes=False)


def struct_dict_suffix(t: DictT) -> str:
    return f"{struct_suffix(t.key)}__{struct_suffix(t.value)}"


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


def frame_struct(resume_fn: str) -> str:
    """The frame struct of a generator, named for its resume function (codegen/generators.py)."""
    return prefixed("Frame", resume_fn)


def string_const(index: int) -> str:
    return f"s_{index}"


def literal_array(index: int) -> str:
    """The static array a long list display of constants is copied from."""
    return f"lit_{index}"


def frame_list(index: int) -> str:
    """The header of a list kept in its function's C frame (passes/frame_lists.py); its room for
    items is this name + "_items"."""
    return f"FL{index}"


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
def spec_fn(f: SpecFn) -> str:
    """The C name of the IR's container function: its template's name with N spelled for its container."""
    t = f.on
    if f.kind == "copy":  # copy.copy / copy.deepcopy of a t (codegen/copy.py)
        return copy_fn(t, f.verb)
    assert f.kind == {ListT: "list", VarTupleT: "list", ArrayT: "list", TupleT: "tuple", DictT: "dict", SetT: "set", DequeT: "deque"}[type(t)], f
    if isinstance(t, DictT):
        n = dict_suffix(t)
    elif isinstance(t, (ListT, SetT, DequeT)):
        n = type_suffix(t.elem)
    else:
        n = type_suffix(t)
    return f"pyz_{f.kind}_{n}_{f.verb}"


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


def copy_fn(t: Type, verb: str) -> str:
    """The functions codegen/copy.py renders for copies of a t: `shallow`, `deepcopy` (the entry, which
    makes the memo), `deep` (a step, given the memo)."""
    return f"pyz_copy_{type_suffix(t)}_{verb}"


def copy_class_fn(cls: str) -> str:
    """The deep copy of an object of exactly class cls (its dispatcher is copy_fn(ClassT, 'deep'))."""
    return "pyz_copy_" + class_struct(cls)
