"""The IR checker (pyzc/ir/check.py) and `pyzc emit-ir`.

Each broken-IR test lowers a small sound program, breaks one invariant by hand
and expects the checker to name it; the sound IR of every program the suite
builds is checked after each pass through PYZC_CHECK_IR=1 (conftest.py), and
the benchmark programs and examples (which the suite does not build) here.
"""

from __future__ import annotations

import glob
import os
import subprocess
import sys

import pytest

from pyzc import driver
from pyzc.driver import check_ir, codegen_knows, lower_program
from pyzc.ir.check import IRCheckError, check_module
from pyzc.passes.mark_raising import unchecked_raising_calls
from pyzc.ir.ops import Assign, Block, Branch, CallRuntime, Const, Goto, Prim, Reg, Return
from pyzc.types.model import BOOL, INT, STR
from conftest import ROOT

PROGRAM = """\
def f(a, b):
    if a < b:
        return a * b
    return a - b

print(f(2, 3), "x".upper())
"""


def lowered():
    return lower_program("prog.py", text=PROGRAM, check=False, passes=False).ir


def errors(module) -> list[str]:
    return check_module(module, codegen_knows())


def func(module, name):
    return next(fn for fn in module.functions if fn.name == name)


def test_sound_program_passes():
    assert errors(lowered()) == []
    lower_program("prog.py", text=PROGRAM, check=True)  # after lowering and every pass


def test_reprs_are_short():
    """pytest shows a failing test's arguments by repr: the IR's and the typed program's stay a line long
    (the dataclass repr of a Module once took 45 minutes and 11 GB)."""
    front = lower_program("prog.py", text=PROGRAM)
    fn = func(front.ir, "f")
    for value in (front, front.ir, fn, fn.blocks[0], fn.blocks[0].ops[-1], front.typed, front.program,
                  driver.compile_program("prog.py", text=PROGRAM)):
        assert len(repr(value)) < 200, repr(value)[:300]
    assert repr(fn) == f"Function(f, {len(fn.blocks)} blocks, {len(fn.regs)} registers)"
    assert front.ir == front.ir and fn != func(lowered(), "f")  # equality is identity, as it was


def test_the_test_suite_runs_the_checker():
    assert os.environ.get("PYZC_CHECK_IR") == "1"


def test_missing_terminator():
    m = lowered()
    f = func(m, "f")
    f.blocks[-1].ops.pop()
    assert any("does not end in a terminator" in e for e in errors(m))


def test_terminator_in_the_middle_and_empty_block():
    m = lowered()
    f = func(m, "f")
    b = f.blocks[0]
    b.ops.insert(0, Goto(f.blocks[1], 1))
    f.blocks.append(Block(99))
    found = errors(m)
    assert any("terminator before the end of its block" in e for e in found)
    assert any("is empty" in e for e in found)


def test_jump_to_a_foreign_block_and_duplicate_label():
    m = lowered()
    f = func(m, "f")
    stray = Block(1234, [Return(Const(0, INT))])
    f.blocks[0].ops[-1] = Goto(stray, 2)
    f.blocks[1].label = f.blocks[0].label
    found = errors(m)
    assert any("which is not in this function" in e for e in found)
    assert any("two blocks labelled" in e for e in found)


def test_temporary_read_before_written():
    m = lowered()
    f = func(m, "f")
    b = f.blocks[0]
    cond = b.ops[-1].cond  # branch %0 ...: its definition goes after the branch's use
    b.ops = [op for op in b.ops if getattr(op, "dst", None) is not cond]
    f.blocks[1].ops.insert(0, Prim(cond, "int_lt", [f.params[0], f.params[1]], 2))
    assert any("is read before any path writes it" in e for e in errors(m))


def test_undeclared_register_and_type_mismatch():
    m = lowered()
    f = func(m, "f")
    ghost = Reg("ghost", INT)
    f.blocks[0].ops.insert(0, Assign(ghost, Const("text", STR), 2))
    found = errors(m)
    assert any("ghost) is not declared" in e for e in found)
    assert any("source 'text' is str, expected int" in e for e in found)


def test_branch_on_an_int():
    m = lowered()
    f = func(m, "f")
    br = f.blocks[0].ops[-1]
    assert isinstance(br, Branch)
    br.cond = f.params[0]
    assert any("condition a is int, expected bool" in e for e in errors(m))


def test_unknown_primitive_wrong_operands_and_checked_op_without_result():
    m = lowered()
    f = func(m, "f")
    mul = next(op for b in f.blocks for op in b.ops if isinstance(op, Prim) and op.op == "int_mul")
    mul.dst = None  # its slow path (runtime_c/int.c) needs somewhere to put the result
    t = Reg("t.99", BOOL)
    f.regs.append(t)
    f.blocks[0].ops[0:0] = [Prim(t, "int_frobnicate", [f.params[0]], 2), Prim(t, "int_lt", [f.params[0]], 2)]
    found = errors(m)
    assert any("unknown primitive int_frobnicate" in e for e in found)
    assert any("int_lt takes 2 operands, given 1" in e for e in found)
    assert any("int_mul has no destination" in e for e in found)


def test_runtime_function_unknown_or_wrong_arity():
    m = lowered()
    main = func(m, m.main)
    upper = next(op for b in main.blocks for op in b.ops if isinstance(op, CallRuntime) and op.name == "pyz_str_upper")
    upper.args.append(Const(1, INT))
    main.blocks[0].ops.insert(0, CallRuntime(None, "pyz_no_such_function", [], 6))
    found = errors(m)
    assert any("pyz_no_such_function is not declared in runtime_c/pyz.h" in e for e in found)
    assert any("pyz_str_upper takes 1 arguments, given 2" in e for e in found)


def test_runtime_argument_of_the_wrong_c_type():
    m = lowered()
    main = func(m, m.main)
    upper = next(op for b in main.blocks for op in b.ops if isinstance(op, CallRuntime) and op.name == "pyz_str_upper")
    upper.args[0] = Const(7, INT)
    assert any("argument 0 of pyz_str_upper 7 is int (int64_t)" in e for e in errors(m))


def test_call_with_wrong_arguments():
    m = lowered()
    main = func(m, m.main)
    call = next(op for b in main.blocks for op in b.ops if type(op).__name__ == "Call")
    call.args = call.args[:1]
    assert any("f takes 2 arguments, given 1" in e for e in errors(m))


def test_driver_raises_on_broken_ir():
    m = lowered()
    func(m, "f").blocks[-1].ops.pop()
    with pytest.raises(IRCheckError, match="IR check failed after some_pass"):
        check_ir(m, "some_pass")


def test_a_raising_runtime_call_left_unchecked_is_found():
    m = lower_program("prog.py", text="s = input()\nprint(int(s) + 1)\n", check=True).ir
    assert unchecked_raising_calls(m) == []
    call = next(op for fn in m.functions for b in fn.blocks for op in b.ops
                if isinstance(op, CallRuntime) and op.name == "pyz_str_to_int")
    call.raises = False
    assert unchecked_raising_calls(m) == ["<module>: pyz_str_to_int can raise but its call is not checked"]


def test_the_driver_checks_raising_calls_after_the_passes(monkeypatch):
    def forget_checks(module):  # a pass that drops every runtime call's check
        for fn in module.functions:
            for b in fn.blocks:
                for op in b.ops:
                    if isinstance(op, CallRuntime):
                        op.raises = False
        return module

    monkeypatch.setattr(driver, "PASSES", driver.PASSES + [forget_checks])
    with pytest.raises(IRCheckError, match="after the passes:\n  <module>: pyz_input can raise but its call is not checked\n  <module>: pyz_str_to_int"):
        lower_program("prog.py", text="s = input()\nprint(int(s) + 1)\n", check=True)


@pytest.mark.parametrize("path", sorted(glob.glob(os.path.join(ROOT, "bench", "programs", "*.py"))
                                       + glob.glob(os.path.join(ROOT, "examples", "*.py"))),
                         ids=os.path.basename)
def test_programs_the_suite_does_not_build_have_sound_ir(path):
    lower_program(path, check=True)


# ---------------------------------------------------------------- pyzc emit-ir
def pyzc(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "pyzc", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": ROOT})


def test_emit_ir_prints_the_ir_after_the_passes(tmp_path):
    src = tmp_path / "app.py"
    src.write_text(PROGRAM)
    after = pyzc("emit-ir", str(src))
    assert after.returncode == 0, after.stderr
    assert "def f(a: int, b: int) -> int" in after.stdout
    # f is called with 2 and 3 only (value_ranges.param_ranges): a * b cannot leave the small ints
    assert "prim int_mul_nocheck(a, b)" in after.stdout and "# line 6, raises" in after.stdout
    before = pyzc("emit-ir", "--before-passes", "--check", str(src))
    assert before.returncode == 0, before.stderr
    # lowering leaves jump-only blocks that simplify_cfg threads away
    assert before.stdout.count("\nL") > after.stdout.count("\nL")


def test_emit_ir_on_bad_input_is_a_diagnostic(tmp_path):
    src = tmp_path / "app.py"
    src.write_text("x = 1\nprint(x +)\n")
    r = pyzc("emit-ir", str(src))
    assert r.returncode == 1
    assert r.stderr.startswith(f"{src}:2:10: error: ") and "Traceback" not in r.stderr
    r = pyzc("emit-ir", str(tmp_path / "nope.py"))
    assert r.returncode == 1 and r.stderr.strip() == f"pyzc: error: {tmp_path / 'nope.py'}: no such file"
