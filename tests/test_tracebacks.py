"""Whole tracebacks, compared with CPython's: chained exceptions print every traceback in the chain.

tests/test_programs.py compares only stderr's last line.  These programs
(tests/programs/regressions/traceback_chain_*.py) raise while another
exception is handled, `raise ... from`, in a finally with an exception
pending, and re-raise; the compiled program's whole stderr must equal
CPython's.  Their failing lines are whole statements, so CPython 3.11 prints
no `^^^` markers under them (pyzc prints none).
"""

from __future__ import annotations

import glob
import os

import pytest

from pyzc.driver import build
from conftest import ROOT, run_binary, run_cpython
from traceback_text import without_carets

CASES = sorted(glob.glob(os.path.join(ROOT, "tests", "programs", "regressions", "traceback_chain_*.py")))


@pytest.mark.parametrize("path", CASES, ids=lambda p: os.path.basename(p)[:-3])
def test_whole_traceback_matches_cpython(path, out_dir):
    exe = os.path.join(out_dir, "tb_" + os.path.basename(path)[:-3])
    build(path, exe, build_dir=os.path.join(out_dir, "c"))
    want = run_cpython(path)
    got = run_binary(exe)
    assert got.stdout == want.stdout
    assert got.returncode == want.returncode == 1
    assert b"During handling" in want.stderr or b"direct cause" in want.stderr
    assert got.stderr.decode() == want.stderr.decode()


def test_cases_exist():
    assert len(CASES) >= 3


REGRESSIONS = os.path.join(ROOT, "tests", "programs", "regressions")


def run_both(path: str, out_dir: str):
    """The program compiled and run, and run by CPython: (its generated C, CPython's run, pyzc's)."""
    exe = os.path.join(out_dir, "tb_" + os.path.basename(path)[:-3])
    res = build(path, exe, build_dir=os.path.join(out_dir, "c"))
    with open(res.c_file, encoding="utf-8") as f:
        c_text = f.read()
    return c_text, run_cpython(path), run_binary(exe)


def assert_same_failure(want, got):
    """Same stdout, both exit 1, and the same whole traceback (CPython's `^` markers left out)."""
    assert got.stdout == want.stdout
    assert got.returncode == want.returncode == 1
    assert got.stderr.decode() == without_carets(want.stderr.decode())


def test_folded_self_calls_keep_their_frames(out_dir):
    """Self-calls in `return a + f(...)` run as a loop (passes/tail_accumulation.py); each still adds
    its frame, so the traceback counts the calls as CPython's does (`[Previous line repeated 2 more times]`)."""
    _, want, got = run_both(os.path.join(REGRESSIONS, "folded_self_calls_traceback.py"), out_dir)
    assert b"repeated 2 more times" in want.stderr
    assert_same_failure(want, got)


def test_fused_self_calls_keep_their_frames(out_dir):
    """The same where the loop's checks are one test (passes/fuse_tail_checks.py): the exception of a
    call that stays a call is found in the sum's slow path, and the error exits count the folded
    calls from the room left."""
    c_text, want, got = run_both(os.path.join(REGRESSIONS, "fused_self_calls_traceback.py"), out_dir)
    assert "PYZ_INT_ERR_WORD" in c_text  # the shape this test is for
    assert b"repeated 2 more times" in want.stderr
    assert_same_failure(want, got)


def test_split_base_case_keeps_the_frames(out_dir):
    """A recursive function whose base case runs in its callers (passes/split_base_case.py): the
    inlined wrapper adds no frame, the body adds the function's, one per call as in CPython."""
    c_text, want, got = run_both(os.path.join(REGRESSIONS, "split_base_case_traceback.py"), out_dir)
    assert "fx_weigh_cbody" in c_text and "fx_halves_cbody" in c_text  # the shape this test is for
    assert b"ZeroDivisionError" in want.stderr
    assert_same_failure(want, got)


def test_one_repeat_is_in_the_singular(out_dir):
    """A line repeated four times: three frames, then `1 more time`, as CPython words it."""
    _, want, got = run_both(os.path.join(REGRESSIONS, "traceback_repeated_once.py"), out_dir)
    assert b"repeated 1 more time]" in want.stderr
    assert_same_failure(want, got)


def test_finally_keeps_the_raising_line(out_dir):
    """An exception leaving through a finally: each frame shows the line that raised, not the finally's."""
    _, want, got = run_both(os.path.join(REGRESSIONS, "finally_keeps_the_raising_line.py"), out_dir)
    assert b"return [1][x]" in want.stderr
    assert_same_failure(want, got)


def test_folded_product_past_64_bits_keeps_its_frames(out_dir):
    """A folded product that grows past 64 bits goes on as a call (passes/tail_accumulation.py,
    escape): the folded calls before it and the calls after it each keep their frame."""
    c_text, want, got = run_both(os.path.join(REGRESSIONS, "folded_product_call_traceback.py"), out_dir)
    assert "pyz_int_is_big(" in c_text  # the shape this test is for
    assert b"repeated 147 more times" in want.stderr
    assert_same_failure(want, got)


def test_big_int_text_raises_in_its_frame(out_dir):
    """An int past 4,300 digits made text by a list's repr in a function: the ValueError is raised there,
    with that function's frame (the repr once went on without testing after the item)."""
    _, want, got = run_both(os.path.join(REGRESSIONS, "big_int_text_caught_by_its_handler.py"), out_dir)
    assert b"in only_in_callee" in want.stderr
    assert_same_failure(want, got)


INLINED = sorted(glob.glob(os.path.join(ROOT, "tests", "programs", "generators", "inlined_generator_traceback_*.py")))


@pytest.mark.parametrize("path", INLINED, ids=lambda p: os.path.basename(p)[:-3])
def test_inlined_generator_keeps_its_frame(path, out_dir):
    """A generator's body inlined into its consumer (passes/inline_generators.py) still adds the
    generator's frame, under the consumer's, and a StopIteration leaving it is a RuntimeError."""
    c_text, want, got = run_both(path, out_dir)
    assert "pyz_exc_add_frame_at(" in c_text  # the generator was inlined
    assert_same_failure(want, got)
