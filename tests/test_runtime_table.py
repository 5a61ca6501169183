"""The compiler's table of runtime functions comes from runtime_c/pyz.h (pycparser), and agrees with its uses.

Every runtime call of every program the tests build is checked against it (declared, its arity, its C
types) by the IR checker, and every call of a function that can raise is checked for the exception
(driver.lower_program under PYZC_CHECK_IR, which the suite sets): tests/test_ir_check.py shows both catch
what they must."""

from __future__ import annotations

import glob
import os
import re

import pytest

from pyzc.codegen.naming import RENDERED_PREFIXES
from pyzc.codegen.runtime_table import parse_runtime_table
from pyzc.toolchain import zig_command
from conftest import ROOT

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
