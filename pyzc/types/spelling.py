"""How a type is spelled inside a name: the part of a specialisation's name that says which types it is for.

`list[list[int]]` is `list_int` in `PyzList_list_int`, `tuple[int, str]` is
`tup2_int_str`, a class `C` is `o_C`.  Lowering names a function's instances
with it (`f@int_str`: one instance per argument types); codegen names the
container specialisations' C structs and functions with it
(codegen/naming.py).  Distinct types must give distinct spellings, and every
spelling is an identifier: a Python name that is not plain ASCII is escaped
(`mangle`).
"""

from __future__ import annotations

from .model import MATCH, PatternT, NUM, ArrayT, StructT, ClassT, FuncT, OptT, DequeT, DictT, ListT, SeqIterT, SetT, TupleT, Type, VarTupleT, concrete, GenT, GenU


def is_plain(name: str) -> bool:
    return name.isascii() and name.replace("_", "a").isalnum()


def mangle(name: str) -> str:
    """The C spelling of a Python name, without its prefix: injective together with is_plain (codegen/naming.py says how)."""
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


def suffix(t: Type, classes: bool = True) -> str:
    """The name part of a container specialisation: list[list[int]] -> 'list_int' in PyzList_list_int,
    tuple[int, str] -> 'tup2_int_str' in PyzTuple_tup2_int_str, a class C -> 'o_C'.
    With classes=False every class is 'obj': the name of a container's C struct.  Every object is
    a `PyzObj *`, so list[Circle] and list[Shape] share one struct (an object value may move from
    one to the other as its static type widens) while their functions stay apart."""
    t = concrete(t)
    if t == MATCH:
        return "re_match"
    if isinstance(t, PatternT):  # one C type (PyzRe *); patterns of two group counts are two types
        return f"re_pattern{t.groups}".replace("-", "_")
    if isinstance(t, StructT):  # its format, spelled in hex: Structs of two formats are two types
        return "struct_" + t.fmt.encode("utf-8").hex()
    if isinstance(t, ArrayT):  # a list that prints as an array: the list's struct, functions of its own
        return (f"arr{t.code}_" if classes else "list_") + suffix(t.elem, classes)
    if isinstance(t, VarTupleT):  # a list that prints as a tuple: the list's struct, functions of its own
        return ("vtup_" if classes else "list_") + suffix(t.elem, classes)
    if isinstance(t, ListT):
        return "list_" + suffix(t.elem, classes)
    if isinstance(t, TupleT):
        named = mangle(t.name)  # a named tuple: its own struct and functions (its repr differs)
        head = f"nt{len(t.elems)}_{len(named)}{named}_" if t.name else f"tup{len(t.elems)}_"
        return head + "_".join(suffix(e, classes) for e in t.elems)
    if isinstance(t, DictT):
        # a Counter or defaultdict shares its dict's C functions; the kind keeps instance names apart
        kind = t.kind.replace("defaultdict:", "dd").lower() + "_" if t.kind else ""
        if t.kind.startswith("defaultdict:fn:"):  # its factory's name, as it is spelled
            kind = f"ddfn_{mangle(t.kind[len('defaultdict:fn:'):])}_"
        return f"{kind}dict_{suffix(t.key, classes)}__{suffix(t.value, classes)}"
    if isinstance(t, DequeT):
        return "deque_" + suffix(t.elem, classes)
    if isinstance(t, SetT):
        return "set_" + suffix(t.elem, classes)
    if isinstance(t, ClassT):
        return prefixed("o", t.name) if classes else "obj"
    if isinstance(t, SeqIterT):  # one C type (PyzIter *) whatever it walks; instances stay apart
        return "iter_" + suffix(t.src, classes) if classes else "iter"
    if isinstance(t, GenT):  # one C type (PyzGen *) whatever makes it; instances stay apart
        return "gen_" + mangle(t.func) if classes else "gen"
    if isinstance(t, GenU):
        return "genu_" + "_".join(mangle(g.func) for g in t.gens) if classes else "gen"
    if isinstance(t, FuncT):  # a function's number, whichever functions it may be (types/model.py, concrete)
        return "fn"
    if t == NUM:
        return "num"
    if isinstance(t, OptT):
        return "opt_" + suffix(t.inner, classes)
    return str(t).replace(" ", "_")  # "binary file"
