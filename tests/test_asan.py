"""Every program in tests/programs/, built with gcc and -fsanitize=address,undefined, runs clean.

`make test-asan` runs these (they are marked `asan`, which `make test` leaves
out: an ASan build takes seconds per program).  A report from either
sanitizer fails the test, as does any difference from CPython.

The collector scans the C stack conservatively.  The programs run with
ASan's detect_stack_use_after_return=1, the harshest setting: address-taken
locals then live in ASan's "fake frames" off the C stack, which the collector
finds through the stack words that point to them (runtime_c/gc.c, scan_stack).
"""

from __future__ import annotations

import os
import shutil

import pytest

from pyzc.driver import build
from conftest import ROOT, program_paths
from test_programs import check

pytestmark = pytest.mark.asan
CC = os.environ.get("PYZC_ASAN_CC", "gcc")


def test_hybrid_module_under_asan():
    """(First: one long test, which pytest-xdist then runs beside the programs rather than alone at the end.)
    tests/test_hybrid.py with the module built by gcc with -fsanitize=address,undefined, loaded into a
    CPython that has libasan preloaded (an ASan library needs its runtime first in the process)."""
    import subprocess
    import sys
    if shutil.which(CC) is None:
        pytest.skip(f"{CC} is not installed (.ci/run installs gcc)")
    try:
        import cffi  # noqa: F401
    except ImportError:
        pytest.skip("hybrid modules are loaded through cffi; pip install cffi")
    libasan = subprocess.run([CC, "-print-file-name=libasan.so"], capture_output=True, text=True).stdout.strip()
    if not os.path.isabs(libasan):
        pytest.skip(f"{CC} has no shared libasan")
    env = {**os.environ, "PYZC_HYBRID_SANITIZE": "address,undefined", "LD_PRELOAD": libasan,
           "ASAN_OPTIONS": "detect_leaks=0:detect_stack_use_after_return=1"}  # CPython itself leaks by design
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:xdist", "tests/test_hybrid.py"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-3000:]
    assert "runtime error:" not in out and "AddressSanitizer" not in out, out[-3000:]


# the workloads (seconds each under ASan) first, so that the run does not end on one of them alone
@pytest.mark.parametrize("path", sorted(program_paths(), key=lambda p: "/workloads/" not in p))
def test_asan_ubsan(path, out_dir, cache, c_cache, monkeypatch):
    if shutil.which(CC) is None:
        pytest.skip(f"{CC} is not installed (.ci/run installs gcc)")
    name = path.replace(os.sep, "_")[:-3] + "_asan"
    exe = os.path.join(out_dir, name)
    build(os.path.join(ROOT, path), exe, profile="debug", cc=CC, sanitize="address,undefined",
          build_dir=os.path.join(out_dir, "casan"), c_cache=c_cache)
    monkeypatch.setenv("ASAN_OPTIONS", "detect_stack_use_after_return=1")
    got = check(path, exe, cache, timeout=600)
    err = got.stderr.decode("utf-8", "replace")
    assert "runtime error:" not in err and "AddressSanitizer" not in err and "LeakSanitizer" not in err, err[-3000:]
