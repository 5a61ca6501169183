"""Shared fixtures: where the programs are, and building them with pyzc in-process."""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
import sys

import pytest

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TESTS_DIR)
PROGRAMS_DIR = os.path.join(TESTS_DIR, "programs")
sys.path.insert(0, ROOT)
# The IR checker (pyzc/ir/check.py) runs after lowering and after every pass of every program the
# tests compile, in this process and in the pyzc commands they start.
os.environ["PYZC_CHECK_IR"] = "1"


def program_paths() -> list[str]:
    out = []
    for dirpath, _, files in os.walk(PROGRAMS_DIR):
        for f in files:
            if f.endswith(".py"):
                out.append(os.path.relpath(os.path.join(dirpath, f), ROOT))
    return sorted(out)


def sample_programs(paths: list[str], every: int, start: int = 0) -> list[str]:
    """Every `every`-th of paths from `start`, and at least one from each area (directory) of tests/programs."""
    areas = {os.path.dirname(p) for p in paths}
    return sorted(set(paths[start::every]) | {min(p for p in paths if os.path.dirname(p) == d) for d in areas})


def program_inputs(path: str, tmp: str) -> tuple[list[str], bytes]:
    """What a program is given, as a user would give it: its command-line arguments from
    NAME.args beside it (one line, split as a shell splits it; {tmp} stands for tmp, a fresh
    directory the program may write into) and its stdin from NAME.stdin.  Neither: none."""
    base = os.path.join(ROOT, path[:-3])
    args: list[str] = []
    stdin = b""
    if os.path.exists(base + ".args"):
        with open(base + ".args") as f:
            args = [a.replace("{tmp}", tmp) for a in shlex.split(f.read())]
    if os.path.exists(base + ".stdin"):
        with open(base + ".stdin", "rb") as f:
            stdin = f.read()
    return args, stdin


def input_files(path: str) -> bytes:
    """The bytes of a program's .args and .stdin files (for caching CPython's run of it)."""
    base = os.path.join(ROOT, path[:-3])
    out = b""
    for ext in (".args", ".stdin"):
        if os.path.exists(base + ext):
            with open(base + ext, "rb") as f:
                out += ext.encode() + f.read()
    return out


def run_program(runner, path_or_exe: str, program: str, **kw) -> subprocess.CompletedProcess:
    """Run a compiled program (runner=run_binary) or CPython on it (run_cpython) with its inputs."""
    with tempfile.TemporaryDirectory(prefix="pyzc-io-") as tmp:
        args, stdin = program_inputs(program, tmp)
        return runner(path_or_exe, args=args, stdin=stdin, **kw)


# The CPython whose output a compiled program must match: pyzc matches CPython 3.11's, so a run of
# the tests under another Python (make test-pythons) names 3.11 here; by default the one running.
REFERENCE_PYTHON = os.environ.get("PYZC_REFERENCE_PYTHON") or sys.executable


def run_cpython(path: str, args=(), stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run([REFERENCE_PYTHON, path, *args], cwd=ROOT, capture_output=True, input=stdin, timeout=120)


def run_binary(exe: str, args=(), stdin: bytes = b"", timeout=120) -> subprocess.CompletedProcess:
    return subprocess.run([exe, *args], cwd=ROOT, capture_output=True, input=stdin, timeout=timeout)


def last_line(data: bytes) -> str:
    lines = data.decode("utf-8", "replace").rstrip("\n").splitlines()
    return lines[-1] if lines else ""


@pytest.fixture(scope="session")
def out_dir(tmp_path_factory):
    return str(tmp_path_factory.mktemp("bin"))


@pytest.fixture(scope="session")
def c_cache(request) -> str:
    """Where the C of each test program is kept (pyzc/c_cache.py), in .pytest_cache: the release, debug,
    ASan and cross builds of a program, in this run and the next (make test-asan, then make test), run
    the front end for it once while pyzc and the program are unchanged."""
    from pyzc.c_cache import prune_other_trees
    folder = str(request.config.cache.mkdir("pyzc-c"))
    prune_other_trees(folder)
    return folder
