"""Cross builds are run, not just linked: programs built for other CPUs run under qemu-user.

Each program in a representative sample of tests/programs/ is built for the
target and its output compared with CPython's, as in test_programs.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from pyzc.driver import build
from conftest import ROOT, last_line, program_paths, run_cpython, run_program, sample_programs
from test_programs import expected

QEMU = {"aarch64-linux": "qemu-aarch64", "arm-linux": "qemu-arm", "riscv64-linux": "qemu-riscv64"}
_PROGRAMS = [p for p in program_paths() if "/workloads/" not in p]
# every fourth program for the ARM targets, every eighth for riscv64 (a 64-bit little-endian CPU
# with no vector code of the runtime's own, as x86-64's scalar paths), and one from each area
SAMPLE = sample_programs(_PROGRAMS, 4)
CASES = [(p, t) for t in sorted(QEMU) for p in (sample_programs(_PROGRAMS, 8) if t == "riscv64-linux" else SAMPLE)]
HELLO = "tests/programs/basics/print_sep_end.py"


@pytest.mark.parametrize("path,target", CASES)
def test_cross_build_runs_under_qemu(target, path, tmp_path, c_cache, cache):
    qemu = shutil.which(QEMU[target])
    if qemu is None:
        pytest.skip(f"{QEMU[target]} is not installed (Debian package qemu-user; .ci/run installs it)")
    exe = str(tmp_path / "prog")
    build(os.path.join(ROOT, path), exe, target=target, build_dir=str(tmp_path / "c"), c_cache=c_cache)
    want = expected(path, cache)  # CPython's run, as test_programs.py caches it

    def run_qemu(exe, args=(), stdin=b""):
        return subprocess.run([qemu, exe, *args], cwd=ROOT, capture_output=True, input=stdin, timeout=300)
    got = run_program(run_qemu, exe, path)
    assert got.stdout == want.stdout  # bytes: a program may print undecodable argv/stdin bytes back
    assert got.returncode == want.returncode
    if want.returncode:
        assert last_line(got.stderr) == last_line(want.stderr)


@pytest.mark.parametrize("target", sorted(QEMU))
def test_cross_min_size_is_small_and_runs(target, tmp_path):
    qemu = shutil.which(QEMU[target])
    if qemu is None:
        pytest.skip(f"{QEMU[target]} is not installed")
    exe = str(tmp_path / "small")
    build(os.path.join(ROOT, HELLO), exe, target=target, profile="min-size", build_dir=str(tmp_path / "c"))
    # 41 KB on aarch64 (68.7 KB before the runtime's stderr messages left stdio's printf, the
    # ASCII strs moved to .bss and min-size dropped the unwind tables)
    assert os.path.getsize(exe) < 64 * 1024
    got = subprocess.run([qemu, exe], cwd=ROOT, capture_output=True, timeout=300)
    assert got.stdout == run_cpython(HELLO).stdout
