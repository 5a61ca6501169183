"""The runtime's own C unit tests (tests/runtime_c/test_*.c), under AddressSanitizer and UBSan.

Each test program is built with gcc and linked with every runtime_c/*.c file
(compiled once for all of them, runtime_objects) and must print "N passed, 0 failed" and exit 0.  ASan's
detect_stack_use_after_return is on, so the collector's scan of ASan's fake
frames (runtime_c/gc.c) is exercised by test_gc.c.
"""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile

import pytest

from conftest import ROOT, TESTS_DIR

CASES = sorted(glob.glob(os.path.join(TESTS_DIR, "runtime_c", "test_*.c")))
RUNTIME = sorted(glob.glob(os.path.join(ROOT, "pyzc", "runtime_c", "*.c")))
HEADERS = sorted(glob.glob(os.path.join(ROOT, "pyzc", "runtime_c", "*.h")))
FLAGS = ["-O1", "-g", "-std=gnu11", "-Wall", "-Wextra", "-Werror", "-Wno-unused-function",
         "-fsanitize=address,undefined", "-fno-sanitize-recover=undefined", "-fno-omit-frame-pointer",
         "-I", os.path.join(ROOT, "pyzc", "runtime_c"), "-I", os.path.join(TESTS_DIR, "runtime_c")]


def runtime_objects() -> list[str]:
    """The runtime's files compiled once for every test here (they take the same flags, and compiling
    them was most of each test's time), in a directory named by the hash of the sources and flags:
    built aside and renamed into place, so test workers running at once never see half of it."""
    h = hashlib.sha256(repr(FLAGS).encode() + (shutil.which("gcc") or "").encode())
    for src in RUNTIME + HEADERS:
        with open(src, "rb") as f:
            h.update(os.path.basename(src).encode() + b"\0" + f.read())
    final = os.path.join(tempfile.gettempdir(), f"pyzc-runtime-c-asan-{h.hexdigest()[:16]}")
    if not os.path.isdir(final):
        work = tempfile.mkdtemp(prefix=".tmp-runtime-c-", dir=tempfile.gettempdir())
        try:
            for src in RUNTIME:
                obj = os.path.join(work, os.path.basename(src)[:-2] + ".o")
                build = subprocess.run(["gcc", *FLAGS, "-c", src, "-o", obj], capture_output=True, text=True)
                assert build.returncode == 0, build.stderr
            try:
                os.rename(work, final)
            except OSError:
                pass  # another worker got there first: theirs is the same
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return [os.path.join(final, os.path.basename(src)[:-2] + ".o") for src in RUNTIME]


@pytest.mark.skipif(shutil.which("gcc") is None, reason="gcc is needed for AddressSanitizer builds")
@pytest.mark.parametrize("path", CASES, ids=lambda p: os.path.basename(p)[:-2])
def test_runtime_c(path, tmp_path):
    exe = tmp_path / "t"
    # the container templates are rendered for their test (tests/runtime_c/render_containers.py)
    render = subprocess.run([sys.executable, os.path.join(TESTS_DIR, "runtime_c", "render_containers.py"), str(tmp_path)],
                            capture_output=True, text=True)
    assert render.returncode == 0, render.stderr
    cmd = ["gcc", "-I", str(tmp_path), *FLAGS, path, *runtime_objects(), "-lm", "-o", str(exe)]
    build = subprocess.run(cmd, capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    run = subprocess.run([str(exe)], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "ASAN_OPTIONS": "detect_leaks=0:detect_stack_use_after_return=1"})
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    last = run.stdout.strip().splitlines()[-1]
    assert last.endswith(" 0 failed") and not last.startswith("0 passed"), last
