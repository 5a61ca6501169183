"""The compiler's table of runtime functions comes from runtime_c/pyz.h (pycparser), and agrees with its uses."""

from __future__ import annotations

import glob
import os
import re

import pytest

from pyzc.codegen.naming import RENDERED_PREFIXES
from pyzc.codegen.runtime_table import parse_runtime_table
from pyzc.driver import compile_program
from pyzc.ir.ops import CallRuntime
from pyzc.runtime_raises import runtime_raisers, template_raisers
from pyzc.toolchain import zig_command
from conftest import ROOT, program_paths

HEADER = os.path.join(ROOT, "pyzc", "runtime_c", "pyz.h")


def table():
    return parse_runtime_table(HEADER, zig_command() + ["cc"])


def test_header_parses_into_a_table():
    t = table()
    assert t["pyz_str_concat"].params == ("PyzStr *", "PyzStr *")
    assert t["pyz_str_concat"].return_type == "PyzStr *"
    assert t["pyz_int_floordiv"].params == ("int64_t", "int64_t")
    assert t["pyz_write_float"].return_type == "void"
    assert not any(name.startswith("printf") for name in t)


def test_every_runtime_name_in_the_compiler_is_declared():
    """A runtime function the compiler names in its source must be in the header."""
    t = table()
    names = set()
    for path in glob.glob(os.path.join(ROOT, "pyzc", "**", "*.py"), recursive=True):
        with open(path) as f:
            names |= set(re.findall(r'"(pyz_[a-z0-9_]+)', f.read()))
    dynamic_prefixes = ("pyz_list_", "pyz_math_", "pyz_str_", "pyz_int_", "pyz_float_", "pyz_module_body")
    missing = sorted(n for n in names if n not in t and not n.endswith("_")
                     and not n.startswith(dynamic_prefixes[:1] + RENDERED_PREFIXES) and n != "pyz_module_body")
    assert missing == []


SHARDS = 8  # the programs in eight shards, so that test workers share the minutes this takes


@pytest.mark.parametrize("shard", range(SHARDS))
def test_runtime_calls_in_compiled_programs(shard):
    """Every runtime call emitted for the test programs exists in pyz.h and passes the declared number of
    arguments; and every call of a function that can raise is checked (tests/test_runtime_raises.py keeps
    that scan complete).  One pass over the programs for both: compiling them all is what takes the time."""
    t = table()
    runtime = runtime_raisers()
    always, _ = template_raisers()
    seen = checked = 0
    for rel in program_paths()[shard::SHARDS]:
        ir = compile_program(os.path.join(ROOT, rel)).ir
        for fn in ir.functions:
            for b in fn.blocks:
                for op in b.ops:
                    if not isinstance(op, CallRuntime):
                        continue
                    if op.name in runtime or op.name in always:  # a container's: its template's name (op.on)
                        assert op.raises, f"{rel}: {op.name} can raise but its call is not checked"
                        checked += 1
                    if not op.name.startswith(RENDERED_PREFIXES):
                        assert op.name in t, f"{rel}: {op.name} is not declared in pyz.h"
                        assert len(op.args) == len(t[op.name].params), f"{rel}: {op.name} arity"
                        seen += 1
    assert seen > 100 and checked > 10  # each shard holds some 80 programs
