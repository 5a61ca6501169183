"""Every program in tests/programs/ must behave exactly as under CPython.

Each is run by CPython and compiled by pyzc (release; a third of them debug with UBSan too);
stdout must match byte for byte, the exit status must match, and when the
program ends in an uncaught exception the last line of stderr must match
(CPython's `ZeroDivisionError: division by zero`).  A program's command-line
arguments and stdin come from NAME.args and NAME.stdin beside it
(conftest.program_inputs).
"""

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
import sys

import pytest

from pyzc.driver import build
from conftest import (REFERENCE_PYTHON, ROOT, input_files, last_line, program_paths, run_binary, run_cpython, run_program,
                      sample_programs)

PROGRAMS = program_paths()


def expected(path, cache) -> subprocess.CompletedProcess:
    """CPython's run of the program, cached by the program's text (the workloads take seconds)."""
    with open(os.path.join(ROOT, path), "rb") as f:
        digest = hashlib.sha256(f.read() + input_files(path) + sys.version.encode() + REFERENCE_PYTHON.encode()).hexdigest()[:24]
    key = f"pyzc/cpython/{digest}"
    hit = cache.get(key, None)
    if hit is not None:
        return subprocess.CompletedProcess(path, hit["rc"], base64.b64decode(hit["out"]), base64.b64decode(hit["err"]))
    r = run_program(run_cpython, path, path)
    cache.set(key, {"rc": r.returncode, "out": base64.b64encode(r.stdout).decode(),
                    "err": base64.b64encode(r.stderr[-4000:]).decode()})
    return r


@pytest.fixture
def cpython_cache(request):
    return request.config.cache


def check(path, exe, cache, timeout=120) -> subprocess.CompletedProcess:
    """The binary's run against CPython's (stdout, exit status, the last line of an uncaught exception)."""
    want = expected(path, cache)
    got = run_program(run_binary, exe, path, timeout=timeout)
    assert got.stdout.decode("utf-8", "replace") == want.stdout.decode("utf-8", "replace")
    assert got.returncode == want.returncode, got.stderr.decode("utf-8", "replace")[-2000:]
    if want.returncode != 0:
        assert last_line(got.stderr) == last_line(want.stderr)
    else:
        assert got.stderr == b"" or b"runtime error" not in got.stderr, got.stderr.decode()[-2000:]
    return got


@pytest.mark.parametrize("path", PROGRAMS)
def test_release(path, out_dir, cpython_cache, c_cache):
    name = path.replace(os.sep, "_")[:-3]
    exe = os.path.join(out_dir, name)
    build(os.path.join(ROOT, path), exe, build_dir=os.path.join(out_dir, "c"), c_cache=c_cache)
    check(path, exe, cpython_cache)


# zig's debug build (-O0 -g, UBSan) of every third program and one of each area; of every one with
# PYZC_DEBUG_ALL=1.  Every program is built with gcc's UBSan and ASan by `make test-asan` (tests/test_asan.py).
_DEBUGGED = [p for p in PROGRAMS if "/workloads/" not in p]
DEBUG_SAMPLE = _DEBUGGED if os.environ.get("PYZC_DEBUG_ALL") else sample_programs(_DEBUGGED, 3, 1)


@pytest.mark.parametrize("path", DEBUG_SAMPLE)
def test_debug_ubsan(path, out_dir, cpython_cache, c_cache):
    """The same programs at -O0 -g with UBSan: undefined behaviour in generated or runtime C fails here."""
    name = path.replace(os.sep, "_")[:-3] + "_debug"
    exe = os.path.join(out_dir, name)
    build(os.path.join(ROOT, path), exe, profile="debug", build_dir=os.path.join(out_dir, "cdebug"), c_cache=c_cache)
    got = check(path, exe, cpython_cache)
    assert b"runtime error:" not in got.stderr, got.stderr.decode()[-2000:]
