"""Every program in tests/programs/ must behave exactly as under CPython.

Each is run by CPython and compiled by pyzc (release, and debug with UBSan);
stdout must match byte for byte, the exit status must match, and when the
program ends in an uncaught exception the last line of stderr must match
(CPython's `ZeroDivisionError: division by zero`).
"""

from __future__ import annotations

import os

import pytest

from compiler.driver import build
from conftest import ROOT, last_line, program_paths, run_binary, run_cpython

PROGRAMS = program_paths()
_expected: dict[str, object] = {}


def expected(path):
    if path not in _expected:
        _expected[path] = run_cpython(path)
    return _expected[path]


def check(path, exe):
    want = expected(path)
    got = run_binary(exe)
    assert got.stdout.decode("utf-8", "replace") == want.stdout.decode("utf-8", "replace")
    assert got.returncode == want.returncode, got.stderr.decode("utf-8", "replace")[-2000:]
    if want.returncode != 0:
        assert last_line(got.stderr) == last_line(want.stderr)
    else:
        assert got.stderr == b"" or b"runtime error" not in got.stderr, got.stderr.decode()[-2000:]


@pytest.mark.parametrize("path", PROGRAMS)
def test_release(path, out_dir):
    name = path.replace(os.sep, "_")[:-3]
    exe = os.path.join(out_dir, name)
    build(os.path.join(ROOT, path), exe, build_dir=os.path.join(out_dir, "c"))
    check(path, exe)


@pytest.mark.parametrize("path", [p for p in PROGRAMS if "/workloads/" not in p])
def test_debug_ubsan(path, out_dir):
    """The same programs at -O0 -g with UBSan: undefined behaviour in generated or runtime C fails here."""
    name = path.replace(os.sep, "_")[:-3] + "_debug"
    exe = os.path.join(out_dir, name)
    build(os.path.join(ROOT, path), exe, profile="debug", build_dir=os.path.join(out_dir, "cdebug"))
    check(path, exe)
    got = run_binary(exe)
    assert b"runtime error:" not in got.stderr, got.stderr.decode()[-2000:]
