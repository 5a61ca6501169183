"""Every runtime call that can raise is checked: the answer comes from the C source, not from a flag per call site.

pyzc/runtime_raises.py scans runtime_c/ and templates/ for the functions that reach a pyz_raise*;
passes/mark_raising.py marks every call to one of them as raising.  These tests keep the scan
complete (each function of pyz.h has a body the scan read); every program the suite builds is checked
by the driver after its last pass (PYZC_CHECK_IR, tests/test_ir_check.py): no call to a function that
can raise is left without a check.
"""

from __future__ import annotations

import os

from pyzc.runtime_raises import _bodies, _strip_comments, runtime_raisers, template_raisers
from pyzc.codegen.runtime_table import parse_runtime_table
from pyzc.toolchain import zig_command
from conftest import ROOT

RUNTIME = os.path.join(ROOT, "pyzc", "runtime_c")


def test_scan_finds_the_known_raisers():
    r = runtime_raisers()
    for name in ("pyz_str_repeat", "pyz_int_floordiv", "pyz_str_index", "pyz_math_factorial",
                 "pyz_str_to_int", "pyz_unpack_check",
                 "pyz_str_concat"):  # MemoryError, through the static helper pyz_str_try_alloc
        assert name in r, name
    for name in ("pyz_str_eq", "pyz_sb_add_str", "pyz_int_to_str"):  # pyz_int_to_str: UNCHECKED (a big int's text)
        assert name not in r, name
    always, element = template_raisers()
    assert {"pyz_list_N_get", "pyz_list_N_pop", "pyz_dict_N_get", "pyz_set_N_remove", "pyz_deque_N_popleft"} <= always
    # MemoryError from the growth path (reserve, resize, grow: __attribute__((noinline)) definitions)
    assert {"pyz_list_N_append", "pyz_list_N_extend", "pyz_dict_N_set", "pyz_set_N_add", "pyz_deque_N_append"} <= always
    assert "pyz_list_N_new" not in always and "pyz_list_N_reverse" not in always
    # items' own code: __eq__, __lt__, __hash__, __repr__ of objects
    assert {"pyz_list_N_sort", "pyz_list_N_contains", "pyz_list_N_repr", "pyz_dict_N_set", "pyz_set_N_add",
            "pyz_tuple_N_eq", "pyz_deque_N_count"} <= element
    assert "pyz_list_N_get" not in element


def test_attribute_before_the_return_type_is_read():
    text = "static __attribute__((noinline)) bool pyz_x_grow(int n) {\n    return pyz_raise(1);\n}\n"
    assert "pyz_x_grow" in _bodies(text)


def test_every_runtime_function_has_a_body_the_scan_read():
    """A function the scan did not read would silently count as non-raising."""
    bodies: dict = {}
    for name in sorted(os.listdir(RUNTIME)):
        if name.endswith((".c", ".h")):
            with open(os.path.join(RUNTIME, name)) as f:
                bodies.update(_bodies(_strip_comments(f.read())))
    table = parse_runtime_table(os.path.join(RUNTIME, "pyz.h"), zig_command() + ["cc"])
    unread = sorted(n for n, fn in table.items() if not fn.is_variable and n not in bodies)
    assert unread == []


def test_item_code_prims_are_the_prims_whose_c_runs_class_code():
    """passes/mark_raising.py cannot read codegen's C for prims (ir and passes do not import codegen): the
    IR's list of prims that run the items' own code must be the prims whose C calls a class function."""
    from pyzc.codegen.prims import EXPR
    from pyzc.ir.ops import ITEM_CODE_PRIMS
    assert ITEM_CODE_PRIMS == {op for op, c in EXPR.items() if "pyz_class_" in c}
