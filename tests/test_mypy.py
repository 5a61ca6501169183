"""The type hints of pyzc/ are checked: mypy over the package, with the settings in pyproject.toml
([tool.mypy]), reports no error (STYLE.md: "Types are checked").

The mixins of the IR builder and of inference are typed through their hosts' protocols
(ir/build_host.py, types/infer_host.py); a type a value is known to have is stated with
types/model.narrow. A `# type: ignore` says why on its line, and an unused one is an error.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT

pytest.importorskip("mypy")  # in the test extra (pyproject.toml)


def test_mypy_finds_no_error():
    proc = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary", "--hide-error-context"],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    assert proc.returncode == 0 and not errors, "mypy over pyzc/:\n" + (proc.stdout + proc.stderr)[-20000:]
