"""The primitive registry (pyzc/primitives/) agrees with the C it names and with CPython's messages.

Read from the registry itself, not from the compiler's source: each declared
runtime function exists (pyz.h through the runtime table, or the container
template for a `_N_` function) with one parameter per declared parameter plus
the receiver; each declaration's `raises` is what pyzc/runtime_raises.py's
call-graph scan finds in the C; and the arity and keyword errors the typing
rule reports are CPython's own words (compared with CPython, running this test).
"""

from __future__ import annotations

import array
import builtins
import hashlib
import io
import os
import re
import struct

import pytest

from pyzc.runtime_raises import TEMPLATES_DIR, _DEF, _strip_comments, runtime_raisers, template_raisers
from pyzc.driver import runtime_table
from pyzc.primitives import (BUILTINS, ITEMS, MODULES, PYTHON_TYPES, REGISTRY, arity_error, bad_keyword_error,
                             no_keywords_error)
from pyzc.primitives.registry import MANY, NOARGS

SAMPLES = {"int": 7, "float": 2.5, "str": "abc", "bytes": b"abc", "bytearray": b"abc", "list": [1, 2], "tuple": [1, 2], "dict": {}, "Counter": "ab", "OrderedDict": {"a": 1}, "set": {1}, "deque": [1]}


def sample(receiver: str):
    if receiver == "file":  # a text file over bytes in memory
        return io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    if receiver == "binfile":
        return io.BufferedRandom(io.BytesIO())
    if receiver == "array.array":
        return array.array("i", [1, 2])
    if receiver == "hash":
        return hashlib.md5()
    if receiver == "Struct":
        return struct.Struct(">I")
    if receiver == "Pattern":
        return re.compile("(a)")
    if receiver == "Match":
        return re.match("(a)", "a")
    return PYTHON_TYPES[receiver](SAMPLES[receiver])


def python_callable(receiver: str, name: str):
    if receiver == BUILTINS:
        return getattr(builtins, name)
    if receiver in MODULES:
        return getattr(MODULES[receiver], name)
    return getattr(sample(receiver), name)


def call_as_a_program_does(receiver: str, name: str, n: int, item, keyword: str = "") -> None:
    """recv.name(item, ...) written out, as a program calls it: CPython words some errors of a direct
    method call otherwise than those of a bound method object (`set.union()` against `union()`)."""
    args = ", ".join(["item"] * n + ([f"{keyword}=1"] if keyword else []))
    if receiver == BUILTINS:
        eval(f"{name}({args})", {"item": item})
    elif receiver in MODULES:
        eval(f"module.{name}({args})", {"module": MODULES[receiver], "item": item})
    else:
        eval(f"recv.{name}({args})", {"recv": sample(receiver), "item": item})


def item_for(receiver: str, name: str):
    """An argument of a type the function takes, so that only the count of arguments is wrong."""
    if name in ("decode", "encode"):
        return "utf-8"
    if receiver in ("bytes", "bytearray", "binfile") and name not in ("fromhex", "append", "pop", "read"):
        return b"a"
    return "a" if receiver in ("str", "bytes", "file", "os.path") or name == "ord" else 0


# the runtime helpers that only pairs call are checked as the methods are
METHODS = REGISTRY.all_methods() + list(REGISTRY.helpers.values())
NAMES = sorted(k for k in REGISTRY.methods if not k[1].startswith("_") or k[0] not in MODULES)  # not pyzc's own (time._tm_at)


def template_arities() -> dict[str, int]:
    """Each container template function (named with N) and its number of parameters."""
    out: dict[str, int] = {}
    for name in sorted(os.listdir(TEMPLATES_DIR)):
        with open(os.path.join(TEMPLATES_DIR, name)) as f:
            text = f.read()
        text = re.sub(r"\{\{\s*N\s*\}\}", "N", text)
        text = re.sub(r"\{%.*?%\}", " ", text, flags=re.S)
        text = re.sub(r"\{\{.*?\}\}", "X", text, flags=re.S)
        for m in _DEF.finditer(_strip_comments(text)):
            params = [p for p in m.group(2).split(",") if p.strip() not in ("", "void")]
            out[m.group(1)] = len(params)
    return out


@pytest.mark.parametrize("m", METHODS, ids=lambda m: f"{m.receiver}.{m.name}:{m.c}")
def test_runtime_function_exists_with_the_declared_arity(m):
    if not m.c:  # written out in IR by its pair
        pair = REGISTRY.specials.get((m.receiver, m.name))
        assert pair is not None and pair.lowering is not None, f"{m.receiver}.{m.name} has neither a function nor a pair"
        return
    if "_N_" in m.c:
        arities = template_arities()
        assert m.c in arities, f"{m.c} is not defined in templates/"
        assert arities[m.c] == len(m.params) + 1
    else:
        table = runtime_table()
        assert m.c in table, f"{m.c} is not declared in pyz.h"
        assert len(table[m.c].params) == len(m.params) + (0 if m.is_function else 1)


@pytest.mark.parametrize("m", METHODS, ids=lambda m: f"{m.receiver}.{m.name}:{m.c}")
def test_raises_agrees_with_the_scan_of_the_c(m):
    if not m.c:
        assert m.raises is False, "no runtime function: what its pair emits is checked where it is emitted"
        return
    if "_N_" in m.c:
        always, element = template_raisers()
        found = True if m.c in always else ITEMS if m.c in element else False
    else:
        found = m.c in runtime_raisers()
    assert m.raises == found, f"{m.c}: the registry says raises={m.raises!r}, the C says {found!r}"


@pytest.mark.parametrize("key", NAMES, ids=lambda k: f"{k[0]}.{k[1]}")
def test_arity_and_keyword_errors_are_cpythons(key):
    forms = REGISTRY.methods[key]
    pair = REGISTRY.specials.get(key)
    if pair is not None and pair.checks_arguments:
        pytest.skip("its pair checks the arguments")
    item = item_for(*key)
    compared = 0
    for n in range(5):
        ours = arity_error(forms, n)
        if ours is None:
            continue
        try:
            call_as_a_program_does(*key, n, item)
        except TypeError as e:
            assert ours == str(e)
            compared += 1
        # else CPython takes n arguments that pyzc does not (list.index's start/stop): refused either way
    assert compared > 0 or max(f.cpython_max for f in forms) == MANY  # set.union(*others): any count is CPython's
    keyword = any(p.keyword for f in forms for p in f.params)
    try:
        try:
            call_as_a_program_does(*key, 0, item, "zz")
        except TypeError as e:
            if "missing required argument" not in str(e):
                raise
            # round(zz=1): CPython's parser reports the missing argument first; round(0, zz=1) the keyword
            call_as_a_program_does(*key, min(f.min_args for f in forms), item, "zz")
    except TypeError as e:
        assert str(e) == (bad_keyword_error(forms, "zz") if keyword else no_keywords_error(forms, "zz"))


def test_every_name_is_a_python_method_and_has_both_rules():
    for (receiver, name), forms in REGISTRY.methods.items():
        assert (name.startswith("_") and receiver in MODULES) or python_callable(receiver, name)  # pyzc's own
        assert forms[0].arity != NOARGS or all(not f.params for f in forms)
    for key, pair in REGISTRY.specials.items():
        if not key[1].startswith("_"):  # pyzc's own (math._exact_stat, for pylib/statistics.py)
            assert python_callable(*key)
        assert pair.lowering is not None, key
        assert key in REGISTRY.methods or (pair.typing is not None and pair.checks_arguments), key
