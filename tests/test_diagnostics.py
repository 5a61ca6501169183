"""Refusals and type conflicts: the expected `file:line:col: error:` line, exit status 1, no traceback.

Each tests/diagnostics/*.py states its expected first line of output in its
first line: `# expect: LINE:COL: error: message`.
"""

from __future__ import annotations

import glob
import os
import subprocess
import sys

import pytest

from conftest import ROOT, TESTS_DIR

CASES = sorted(glob.glob(os.path.join(TESTS_DIR, "diagnostics", "*.py")))


def pyzc(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "pyzc", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": ROOT})


@pytest.mark.parametrize("path", CASES, ids=lambda p: os.path.basename(p)[:-3])
def test_diagnostic(path, tmp_path):
    with open(path) as f:
        first = f.readline()
    assert first.startswith("# expect: "), "each case states its expected diagnostic"
    expect = first[len("# expect: "):].rstrip("\n")
    rel = os.path.relpath(path, ROOT)
    out = tmp_path / "prog"
    r = pyzc("build", rel, "-o", str(out))
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert lines[0] == f"{rel}:{expect}"
    assert "Traceback" not in r.stderr
    # the source line and a caret under the column follow
    line_no, col = (int(x) for x in expect.split(":")[:2])
    with open(path) as f:
        src = f.read().splitlines()[line_no - 1]
    assert lines[1] == "    " + src
    assert lines[2] == "    " + " " * (col - 1) + "^"
    assert not out.exists()
