"""Shared fixtures: where the programs are, and building them with pyzc in-process."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TESTS_DIR)
PROGRAMS_DIR = os.path.join(TESTS_DIR, "programs")
sys.path.insert(0, ROOT)


def program_paths() -> list[str]:
    out = []
    for dirpath, _, files in os.walk(PROGRAMS_DIR):
        for f in files:
            if f.endswith(".py"):
                out.append(os.path.relpath(os.path.join(dirpath, f), ROOT))
    return sorted(out)


def run_cpython(path: str, args=(), stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, path, *args], cwd=ROOT, capture_output=True, input=stdin, timeout=120)


def run_binary(exe: str, args=(), stdin: bytes = b"", timeout=120) -> subprocess.CompletedProcess:
    return subprocess.run([exe, *args], cwd=ROOT, capture_output=True, input=stdin, timeout=timeout)


def last_line(data: bytes) -> str:
    lines = data.decode("utf-8", "replace").rstrip("\n").splitlines()
    return lines[-1] if lines else ""


@pytest.fixture(scope="session")
def out_dir(tmp_path_factory):
    return str(tmp_path_factory.mktemp("bin"))
