"""Hybrid mode: the C entry points a compiled module exports to CPython (templates/exports.c.j2).

In: the IR module's `exports` (ir/ops.py ExportedFunction).  Out: the data exports.c.j2 renders
into the module's C in place of `main`: one entry point per exported function, the decoders and
encoders of the values that cross, and the library's few fixed entry points (init, error, result).

The calling convention, chosen so that the common call is one cffi call with no allocation:
- int, float and bool parameters are C parameters (cffi converts them; an int outside 64 bits is
  cffi's OverflowError before the call);
- every other parameter (str, None, containers) is encoded by the wrapper into one byte string,
  passed as `const char *in` after them, and decoded here into new runtime values (hybrid.c
  gives the format);
- an int, float or bool result is the C result; None is `void`; any other result is encoded into
  the library's result buffer and the entry point returns its length and stores its address in
  `*out`.
After every call the wrapper tests the pending-exception slot (pyz_hy_pending).
"""

from __future__ import annotations

from . import naming
from .ctypes import c_type
from ..ir.ops import ExportedFunction
from ..types.model import BOOL, FLOAT, INT, NONE, STR, DictT, ListT, OptT, TupleT, Type

SCALARS: dict[Type, str] = {INT: "int64_t", FLOAT: "double", BOOL: "bool"}
PREFIX = "pyzx_"  # every symbol the library exports


def is_scalar(t: Type) -> bool:
    return t in SCALARS


class Codecs:
    """The C decoder and encoder of each type that crosses, one function per container type."""

    def __init__(self) -> None:
        self.functions: dict[str, str] = {}  # name -> C text, each after the codecs it calls (inner types first)

    def decode(self, t: Type, p: str) -> str:
        """A C expression reading a t at the cursor p (a `const char **`)."""
        if t == INT:  # an int64 from CPython, as an int word (runtime_c/int.c)
            return f"pyz_int_norm(pyz_hy_get_int({p}))"
        if t == FLOAT:
            return f"pyz_hy_get_float({p})"
        if t == BOOL:
            return f"pyz_hy_get_bool({p})"
        if t == STR:
            return f"pyz_hy_get_str({p})"
        if t == NONE:
            return "0"
        name = f"{PREFIX}dec_{naming.type_suffix(t)}"
        if name not in self.functions:
            text = self.decoder(t, name)  # first: the codecs of its items go in before it
            self.functions[name] = text
        return f"{name}({p})"

    def decoder(self, t: Type, name: str) -> str:
        ct = c_type(t)
        lines = [f"static {ct} {name}(const char **p) {{"]
        if isinstance(t, ListT):
            lines += ["    int64_t n = pyz_hy_get_int(p);",
                      f"    {ct} l = {naming.list_fn(t, 'new')}(n);"]
            if t.elem == FLOAT:  # the same bytes as the list's items
                lines += ["    memcpy(l->items, *p, (size_t)n * 8);", "    *p += n * 8;"]
            else:
                lines.append(f"    for (int64_t i = 0; i < n; i++) l->items[i] = {self.decode(t.elem, 'p')};")
            lines.append("    return l;")
        elif isinstance(t, TupleT):
            lines.append(f"    {ct} v;")
            lines += [f"    v.f{i} = {self.decode(e, 'p')};" for i, e in enumerate(t.elems) if e != NONE]
            lines.append("    return v;")
        elif isinstance(t, DictT):
            lines += ["    int64_t n = pyz_hy_get_int(p);",
                      f"    {ct} d = {naming.dict_fn(t, 'new')}();",
                      "    for (int64_t i = 0; i < n; i++) {",
                      f"        {c_type(t.key)} k = {self.decode(t.key, 'p')};",
                      f"        {c_type(t.value)} v = {self.decode(t.value, 'p')};" if t.value != NONE else "",
                      f"        {naming.dict_fn(t, 'set')}(d, k{', v' if t.value != NONE else ''});",
                      "    }", "    return d;"]
        elif isinstance(t, OptT):
            inner = self.decode(t.inner, "p")
            if c_type(t) == c_type(t.inner):  # a pointer: NULL is None
                lines.append(f"    return pyz_hy_get_bool(p) ? {inner} : NULL;")
            else:
                lines += [f"    {ct} v = {{0}};", f"    if (pyz_hy_get_bool(p)) {{ v.some = true; v.v = {inner}; }}",
                          "    return v;"]
        else:
            raise AssertionError(f"no decoder for {t}")
        lines.append("}")
        return "\n".join(line for line in lines if line)

    def encode(self, t: Type, v: str) -> str:
        """A C statement appending the value v of type t to the result buffer."""
        if t == INT:  # OverflowError for an int past int64 (pyz_hy_int_out)
            return f"pyz_hy_put_int(pyz_hy_int_out({v}));"
        if t == FLOAT:
            return f"pyz_hy_put_float({v});"
        if t == BOOL:
            return f"pyz_hy_put_bool({v});"
        if t == STR:
            return f"pyz_hy_put_str({v});"
        if t == NONE:
            return ";"
        name = f"{PREFIX}enc_{naming.type_suffix(t)}"
        if name not in self.functions:
            text = self.encoder(t, name)  # first: the codecs of its items go in before it
            self.functions[name] = text
        return f"{name}({v});"

    def encoder(self, t: Type, name: str) -> str:
        lines = [f"static void {name}({c_type(t)} v) {{"]
        if isinstance(t, ListT):
            lines.append("    pyz_hy_put_int(v->len);")
            if t.elem == FLOAT:
                lines.append("    pyz_hy_put(v->items, v->len * 8);")
            else:
                lines.append(f"    for (int64_t i = 0; i < v->len; i++) {{ {self.encode(t.elem, 'v->items[i]')} }}")
        elif isinstance(t, TupleT):
            lines += [f"    {self.encode(e, f'v.f{i}')}" for i, e in enumerate(t.elems) if e != NONE]
        elif isinstance(t, DictT):
            lines += ["    pyz_hy_put_int(v->len);",
                      "    for (int64_t i = 0; i < v->nentries; i++) {",
                      "        if (v->entries[i].hash == 0) continue;  /* deleted */",
                      f"        {self.encode(t.key, 'v->entries[i].key')}",
                      f"        {self.encode(t.value, 'v->entries[i].value')}" if t.value != NONE else "",
                      "    }"]
        elif isinstance(t, OptT):
            if c_type(t) == c_type(t.inner):
                lines.append(f"    pyz_hy_put_bool(v != NULL); if (v) {{ {self.encode(t.inner, 'v')} }}")
            else:
                lines.append(f"    pyz_hy_put_bool(v.some); if (v.some) {{ {self.encode(t.inner, 'v.v')} }}")
        else:
            raise AssertionError(f"no encoder for {t}")
        lines.append("}")
        return "\n".join(line for line in lines if line)


def entry_points(exports: list[ExportedFunction]) -> tuple[list[dict], list[str]]:
    """What exports.c.j2 renders for each exported function, and the codec functions they call."""
    codecs = Codecs()
    entries = []
    for e in exports:
        params, args, decodes = [], [], []
        for i, (p, t) in enumerate(zip(e.params, e.param_types)):
            if is_scalar(t):
                params.append(f"{SCALARS[t]} a{i}")
                args.append(f"pyz_int_norm(a{i})" if t == INT else f"a{i}")  # an int word (runtime_c/int.c)
            elif t == NONE:
                args.append("0")
            else:
                decodes.append(f"{c_type(t)} a{i} = {codecs.decode(t, '&in')};")
                args.append(f"a{i}")
        if decodes:
            params.append("const char *in")
        r = e.return_type
        if is_scalar(r):
            ret, kind = SCALARS[r], "scalar"
        elif r == NONE:
            ret, kind = "void", "none"
        else:
            ret, kind = "int64_t", "encoded"
            params.append("const char **out")
        entries.append({"name": PREFIX + naming.function_name(e.func),
                        "py_name": e.name, "params": ", ".join(params) or "void", "ret": ret, "kind": kind,
                        "decodes": decodes, "call": f"{naming.function_name(e.func)}({', '.join(args)})",
                        "encode": codecs.encode(r, "r") if kind == "encoded" else "",
                        "int_out": r == INT,
                        "result_ctype": c_type(r) if r != NONE else "", "cdef_params": ", ".join(params) or "void"})
    return entries, [text for text in codecs.functions.values()]
