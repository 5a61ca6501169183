"""Empty containers whose type comes from where they go: every program in tests/empty_containers/.

Each is a valid program in which an empty `[]`, `{}`, `set()`, `list()`, `dict()`,
`deque()`... takes its element type from a use somewhere else: a function that fills
its parameter (by position or keyword, through several calls, recursively), a caller
that fills a function's result, an alias, a field filled by another object, a mutable
default, a loop or comprehension over a container that is always empty
(types/infer.py: `widen`, `call_instance`, `flow_into`).  The bug class is a program
that pyzc cannot compile: the generated C does not compile (a list[int] used as a list
of tuples) or the compiler fails inside.  So each program must build, and the failure
says which of the three it was: an internal error, a C-compiler error, or a diagnostic
(a refusal of a valid program).  Then its output must be CPython's.
"""

from __future__ import annotations

import glob
import os

import pytest

from pyzc.diagnostics import CompileError
from pyzc.driver import build
from conftest import TESTS_DIR, run_binary, run_cpython

CASES = sorted(glob.glob(os.path.join(TESTS_DIR, "empty_containers", "*.py")))


@pytest.mark.parametrize("path", CASES, ids=lambda p: os.path.basename(p)[:-3])
def test_empty_container_program(path, tmp_path):
    exe = str(tmp_path / "prog")
    try:
        build(path, exe, build_dir=str(tmp_path / "c"))
    except CompileError as e:
        text = str(e)
        if "C compiler failed" in text:
            pytest.fail(f"C-compiler error (a pyzc bug): {text[:2000]}")
        pytest.fail(f"a valid program was refused: {text[:2000]}")
    except Exception as e:  # noqa: BLE001: anything else is an internal error of pyzc
        pytest.fail(f"internal compiler error: {type(e).__name__}: {e}")
    want = run_cpython(path)
    got = run_binary(exe)
    assert want.returncode == 0, want.stderr.decode()
    assert got.stdout.decode() == want.stdout.decode()
    assert got.returncode == 0, got.stderr.decode()[-2000:]
