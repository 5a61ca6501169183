"""Which runtime functions can raise, read from their C source.

A runtime call the compiler believes cannot raise gets no pending-exception
test after it, so an exception it raises is lost until the program ends
(math.gcd(-2**63, 0) printed 0).  Rather than trusting a flag written by hand
at each call site, this module scans the C itself: runtime_c/*.c and pyz.h,
and the container templates (templates/*.c.j2, with `{{ N }}` read as `N`,
so `pyz_list_{{ N }}_get` is `pyz_list_N_get`).  A function can raise when
its body calls a `pyz_raise*` function, or calls a function that can
(a simple call graph, closed to a fixed point).

A runtime file's own static helpers (`fill_ok`, `pad`, `str_try_alloc` in
str.c) are followed too, each within its file: pyz_str_center raises through
fill_ok, which a scan of pyz_* names alone did not see.

Two more things make a function raise in a template:
- an *element operation* (`elem_eq`, `elem_lt`, `key_repr`, `hash`...) runs
  the items' own code when the items are objects (`__eq__`, `__lt__`,
  `__hash__`, `__repr__`), and that code can raise: the functions that reach
  one are `ELEMENT` functions, raising only for such element types;
- a tuple's functions compare, print and hash their fields inline.

`pyz_oom` is not a root: running out of memory is reported by its own path.
Calls through function pointers are not seen; none of the runtime's raising
paths go through one today.

The answer is a table keyed by function name (templates by their `N` name,
as the IR names a container's functions: ir/ops.SpecFn).  The primitive
registry states each primitive's `raises` by hand, and tests/test_primitives.py
checks it against this scan.  A leaf module: passes/mark_raising.py reads it
without importing codegen.
"""

from __future__ import annotations

import functools
import glob
import hashlib
import json
import os
import re

from .cache import root as cache_dir, touch
from .package_data import RUNTIME_DIR, TEMPLATES_DIR

# template functions that run the items' code (the template's own element hooks)
ELEMENT_HOOKS = ("elem_eq", "elem_lt", "elem_cmp", "elem_repr", "elem_hash", "key_eq", "value_eq", "key_repr",
                 "value_repr", "hash", "failed")

# a definition at the start of a line: static / inline / __attribute__((noinline)), a return type, the
# pyz_ name, its parameters, "{".  Only pyz_ names are followed: a static helper that raises is named
# pyz_ too (str.c's pyz_str_try_alloc), so that its callers are found raising.
_DEF = re.compile(r"^(?:static\s+)?(?:inline\s+)?(?:__attribute__\s*\(\([^()]*\)\)\s*)?[A-Za-z_][\w \t\*]*?\b(pyz_\w+)\s*\(([^;{]*?)\)\s*\{", re.M)
_CALL = re.compile(r"\b(pyz_\w+)\s*\(")

# Functions the scan finds reaching a raise that need no check after each call, each with its reason
# (the scan does not follow flag arguments or the runtime's own error protocols).
UNCHECKED = {
    **{f"pyz_write_{k}": "a print statement's writes: once one fails the rest write nothing, and the statement's "
                         "last write is checked" for k in ("str", "int", "float", "bool", "none", "bytes", "cstr")},
    "pyz_int_to_str": "raises only for a big int past 4300 digits: passes/guard_big_ints.py marks a call raising "
                      "where its operand may be big",
    "pyz_exc_restore": "a finally's way out with the exception it saved: it makes that exception pending again for the "
                       "Propagate after it, which keeps the line where the exception entered (ir/build_exceptions.py); "
                       "a test after it jumped on from the finally's last line instead",
}
# a file's own helpers: any top-level `static ... name(...) {`, an __attribute__ after `inline` too
# (`static inline __attribute__((always_inline)) ... split_into(`); pyz_* functions are found by _DEF
_STATIC_DEF = re.compile(r"^static\s+(?:inline\s+)?(?:__attribute__\s*\(\([^()]*\)\)\s*)?[A-Za-z_][\w \t\*]*?\b([A-Za-z_]\w*)\s*\(([^;{]*?)\)\s*\{", re.M)
_ANY_CALL = re.compile(r"\b([A-Za-z_]\w*)\s*\(")


_BRACE = re.compile(r"[{}]")


def _bodies(text: str, pattern: re.Pattern = _DEF) -> dict[str, str]:
    """Each function defined in text, with its body (brace matching over the text with comments and
    strings blanked, which keeps the braces balanced)."""
    out: dict[str, str] = {}
    for m in pattern.finditer(text):
        depth, end = 0, len(text)
        for b in _BRACE.finditer(text, m.end() - 1):
            depth += 1 if b.group() == "{" else -1
            if depth == 0:
                end = b.start()
                break
        # two static helpers of one name in two files: one entry holding both bodies (either may raise)
        out[m.group(1)] = out.get(m.group(1), "") + text[m.end():end]
    return out


def _strip_comments(text: str) -> str:
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r"//[^\n]*", " ", text)
    return re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', text)


def _closure(bodies: dict[str, str], roots, calls: dict[str, set[str]] | None = None) -> set[str]:
    if calls is None:
        calls = {name: set(_CALL.findall(body)) for name, body in bodies.items()}
    found: set[str] = set()
    changed = True
    while changed:
        changed = False
        for name, callees in calls.items():
            if name not in found and callees & (roots | found):
                found.add(name)
                changed = True
    return found


def _is_raise(name: str) -> bool:
    return name.startswith("pyz_raise")


def _sources(runtime_dir: str, templates_dir: str) -> tuple[list[str], list[str]]:
    runtime, templates = [], []
    for path in sorted(glob.glob(os.path.join(runtime_dir, "*.c"))) + [os.path.join(runtime_dir, "pyz.h")]:
        with open(path, encoding="utf-8") as f:
            runtime.append(f.read())
    for path in sorted(glob.glob(os.path.join(templates_dir, "*.c.j2"))):
        with open(path, encoding="utf-8") as f:
            templates.append(f.read())
    return runtime, templates


@functools.lru_cache(maxsize=None)
def _scan(runtime_dir: str, templates_dir: str) -> tuple[frozenset, frozenset, frozenset, frozenset]:
    """The four sets, cached on disk by the sources' content (the scan costs ~50 ms, a build's
    whole front end about as much)."""
    runtime_src, template_src = _sources(runtime_dir, templates_dir)
    digest = hashlib.sha256("\0".join(runtime_src + ["--"] + template_src + ["--"] + sorted(UNCHECKED))
                            .encode()).hexdigest()[:16]
    cache_root = cache_dir()
    cache = os.path.join(cache_root, f"runtime-raises-v6-{digest}.json")
    try:
        with open(cache) as f:
            touch(cache)
            a, b, c, d = json.load(f)
        return frozenset(a), frozenset(b), frozenset(c), frozenset(d)
    except (OSError, ValueError):
        pass
    result = _scan_sources(runtime_src, template_src)
    try:
        os.makedirs(cache_root, exist_ok=True)
        tmp = f"{cache}.{os.getpid()}.tmp"
        with open(tmp, "w") as f:
            json.dump([sorted(x) for x in result], f)
        os.replace(tmp, cache)
    except OSError:
        pass
    return result


def _scan_sources(runtime_src: list[str], template_src: list[str]) -> tuple[frozenset, frozenset, frozenset, frozenset]:
    texts = [_strip_comments(t) for t in runtime_src]
    bodies: dict[str, str] = {}
    calls: dict[str, set[str]] = {}
    for i, t in enumerate(texts):
        own = {name: body for name, body in _bodies(t, _STATIC_DEF).items() if not name.startswith("pyz_")}
        local = {name: f"{i}:{name}" for name in own}  # a static helper is known only in its own file

        def callees(body: str) -> set[str]:
            return {local.get(n, n) for n in _ANY_CALL.findall(body) if n in local or n.startswith("pyz_")}
        for name, body in _bodies(t).items():  # a name defined in two files (per target): both bodies
            bodies[name] = bodies.get(name, "") + body
            calls[name] = calls.get(name, set()) | callees(body)
        for name, body in own.items():
            bodies[local[name]] = body
            calls[local[name]] = callees(body)
    raise_roots = {n for n in set(_CALL.findall(" ".join(texts))) if _is_raise(n)} | {n for n in bodies if _is_raise(n)}
    runtime = {n for n in _closure(bodies, raise_roots, calls) | raise_roots
               if n.startswith("pyz_") and n not in UNCHECKED}
    tbodies: dict[str, str] = {}
    for text in template_src:
        text = re.sub(r"\{\{\s*N\s*\}\}", "N", text)
        text = re.sub(r"\{%.*?%\}", " ", text, flags=re.S)
        text = re.sub(r"\{\{.*?\}\}", "X", text, flags=re.S)  # other substitutions: types, inline expressions
        for name, body in _bodies(_strip_comments(text)).items():
            tbodies[name] = tbodies.get(name, "") + body
    always = _closure(tbodies, raise_roots | runtime)
    hooks = {n for n in tbodies if n.split("_N_", 1)[-1] in ELEMENT_HOOKS}
    element = _closure(tbodies, hooks) | hooks
    tuple_fns = {n for n in tbodies if n.startswith("pyz_tuple_N_")}
    repr_hooks = {n for n in tbodies if n.endswith("_N_repr_failed")}
    reprs = _closure(tbodies, repr_hooks)
    return frozenset(runtime), frozenset(always), frozenset(element | tuple_fns), frozenset(reprs)


def runtime_raisers(runtime_dir: str = RUNTIME_DIR) -> frozenset:
    """Runtime C functions (pyz.h, runtime_c/*.c) that can raise."""
    return _scan(runtime_dir, TEMPLATES_DIR)[0]


def template_raisers() -> tuple[frozenset, frozenset]:
    """Template functions (named with N for the specialisation) that can raise whatever the element type,
    and those that run the elements' own code (raising when that code can)."""
    _, always, element, _ = _scan(RUNTIME_DIR, TEMPLATES_DIR)
    return always, element


def template_reprs() -> frozenset:
    """Template functions that write their items' reprs and test after each (repr_failed): they raise when
    an item holds an int (its text past 4,300 digits), whatever else the items are."""
    return _scan(RUNTIME_DIR, TEMPLATES_DIR)[3]
