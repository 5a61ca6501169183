"""Hybrid mode: the Python wrapper of a compiled module (templates/wrapper.py.j2).

In: the IR module's exports and classes.  Out: the text of `hot/__init__.py`, which CPython imports:
it loads the shared library with cffi's ABI mode (`ffi.dlopen`: no compiler and no Python headers at
build or import time, and one library serves CPython 3.10 to 3.13), starts the runtime once, and
defines one Python function per exported function that checks and converts its arguments, calls the
library under a lock, and converts the result or raises the library's exception as the same class
with the same message and the compiled frames in its traceback.

The types are written into the wrapper as small tuples (`descriptor`) read by the wrapper's
encoder and decoder; int, float and bool arguments and results skip them (codegen/exports.py gives
the calling convention).
"""

from __future__ import annotations

import os

from .exports import entry_points
from .emit import load_template
from ..ir.ops import Module
from ..types.exports import python_spelling
from ..types.model import BOOL, FLOAT, INT, NONE, STR, DictT, ListT, OptT, TupleT, Type, VarTupleT

MODULE_MARKER = ".pyzc-module"  # in a package written by build --module: a later build may replace it


def descriptor(t: Type) -> tuple:
    """A type as the wrapper's encoder and decoder read it."""
    if t in (INT, FLOAT, BOOL, STR, NONE):
        return ({INT: "i", FLOAT: "f", BOOL: "b", STR: "s", NONE: "n"}[t],)
    if isinstance(t, VarTupleT):
        return ("vt", descriptor(t.elem))
    if isinstance(t, ListT):
        return ("l", descriptor(t.elem))
    if isinstance(t, TupleT):
        return ("t", tuple(descriptor(e) for e in t.elems))
    if isinstance(t, DictT):
        return ("d", descriptor(t.key), descriptor(t.value))
    if isinstance(t, OptT):
        return ("o", descriptor(t.inner))
    raise AssertionError(f"no descriptor for {t}")


def declarations(module: Module) -> str:
    """The library's entry points as C declarations, for cffi's cdef."""
    entries, _ = entry_points(module.exports)
    return "\n".join(["int32_t pyzx__init(void);", "int32_t *pyzx__attention(void);", "int64_t pyzx__error(const char **out);",
                      "int64_t pyzx__output(const char **out);"]
                     + [f"{e['ret']} {e['name']}({e['params']});" for e in entries])


def ffi_module_text(module_name: str, decls: str) -> str | None:
    """cffi's out-of-line ABI module for decls (`ffi.set_source(name, None)`): the parsed declarations as
    data, so that importing the wrapper does not run cffi's C parser.  None where cffi is not installed
    here (the wrapper then parses them itself at import)."""
    try:
        import cffi  # type: ignore[import-untyped]  # an optional dependency at build time, not typed
    except ImportError:
        return None
    import contextlib
    import io
    ffi = cffi.FFI()
    ffi.cdef(decls)
    ffi.set_source(module_name, None)
    out = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()):  # cffi says "generating <file>" on stdout
        ffi.emit_python_code(out)
    return out.getvalue()


def exception_classes(module: Module) -> list[list[str]]:
    """Each exception class the module defines, as the names the library reports for it: its own, its
    base's... up to a builtin exception (so the wrapper makes them at import, as `hot.Rejected`)."""
    by_name = {c.name: c for c in module.classes}
    out = []
    for c in module.classes:
        if not c.exc_parent:
            continue
        names, k = [], c
        while k is not None:
            names.append(k.traceback_name)
            parent = k.exc_parent
            k = by_name.get(parent) if parent else None
            if k is None and parent:
                names.append(parent)
        out.append(names)
    return out


def render_wrapper(module: Module, templates_dir: str, name: str, lib_name: str, source: str, target: str,
                   ffi_module: str | None = None) -> str:
    """ffi_module: the name of the module ffi_module_text wrote beside the wrapper, or None."""
    from .. import __version__
    entries, _ = entry_points(module.exports)
    functions = []
    for e, entry in zip(module.exports, entries):
        defaults = dict(e.defaults)
        params = [{"name": p, "kind": {INT: "int", FLOAT: "float", BOOL: "bool"}.get(t, "encoded" if t != NONE else "none"),
                   "desc": repr(descriptor(t)), "spelling": python_spelling(t)}
                  for p, t in zip(e.params, e.param_types)]
        signature = ", ".join(p + (f"={defaults[p]}" if p in defaults else "") for p in e.params)
        functions.append({"name": e.name, "entry": entry["name"], "signature": signature, "params": params,
                          "scalar_params": [p for p in params if p["kind"] in ("int", "float", "bool")],
                          "encoded": [p for p in params if p["kind"] == "encoded"],
                          "result": entry["kind"], "result_desc": repr(descriptor(e.return_type)),
                          "cdef": f"{entry['ret']} {entry['name']}({entry['params']});"})
    return load_template(templates_dir, "wrapper.py.j2").render(
        version=__version__, name=name, lib=lib_name, source=source, target=target, functions=functions,
        declarations=declarations(module), ffi_module=ffi_module, exception_classes=exception_classes(module),
        built_in=os.getcwd(), not_exported=module.not_exported)
