"""pyzc analyze: the ELF reader on every target's binaries, binary reports, source reports, dead code."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from pyzc import toolchain
from pyzc.analyze import analyze, read_character, runtime_index
from pyzc.driver import build
from pyzc.elf import read_elf
from conftest import ROOT
from test_cli import pyzc

PROFILES_DIR = os.path.join(ROOT, "tests", "profiles")
RECURSION = os.path.join(ROOT, "tests", "programs", "functions", "recursion_classics.py")
QEMU = {"aarch64-linux": "qemu-aarch64", "arm-linux": "qemu-arm", "riscv64-linux": "qemu-riscv64"}


@pytest.mark.parametrize("target", sorted(toolchain.TARGETS))
def test_elf_reader_on_every_target(target, tmp_path):
    """32-bit (arm) and 64-bit ELF, read without binutils; the debug strip keeps every target's binary runnable."""
    exe = str(tmp_path / "app")
    build(RECURSION, exe, target=target, build_dir=str(tmp_path / "b"))
    elf = read_elf(exe)
    assert elf.bits == (32 if target == "arm-linux" else 64)
    assert elf.machine == target.split("-")[0]
    assert {".text", ".rodata", ".data", ".bss", ".pyzc"} <= {s.name for s in elf.sections}
    # f_ (a function), or fx_..._cbody (the body of one split at its base case, passes/split_base_case.py,
    # whose wrapper the C compiler inlines)
    assert not elf.stripped and any(s.name.startswith(("f_", "fx_")) for s in elf.symbols)
    report = analyze(exe, measure=False)
    assert "recursion_classics.py:" in report  # a Python function named with its line
    if target in QEMU and shutil.which(QEMU[target]):
        r = subprocess.run([QEMU[target], exe], capture_output=True, timeout=300)
        assert r.returncode == 0 and r.stdout


def test_binary_report_sections_origins_and_measured_suggestion(tmp_path):
    exe = str(tmp_path / "app")
    build(RECURSION, exe, build_dir=str(tmp_path / "b"))
    r = pyzc("analyze", exe)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    for sec in (".text", ".rodata", ".data", ".bss"):
        assert f"  {sec} " in out
    assert "%" in out and "Largest functions" in out
    assert "runtime: runtime_c/" in out and "C library (musl)" in out and "your Python code" in out
    assert "min-size would make this" in out and "% smaller" in out and "measured: built" in out
    assert "(release, " in out


def test_binary_report_estimates_when_it_cannot_measure(tmp_path):
    exe = str(tmp_path / "app")
    build(RECURSION, exe, build_dir=str(tmp_path / "b"))
    out = analyze(exe, measure=False)
    assert "estimate" in out and "stripping alone saves" in out


def test_stripped_min_size_binary_says_so(tmp_path):
    exe = str(tmp_path / "small")
    build(os.path.join(PROFILES_DIR, "straight.py"), exe, profile="min-size", build_dir=str(tmp_path / "b"))
    out = analyze(exe, measure=False)
    assert "stripped" in out and "already min-size" in out


def test_binary_lists_dead_code(tmp_path):
    exe = str(tmp_path / "dead")
    build(os.path.join(PROFILES_DIR, "dead_code.py"), exe, build_dir=str(tmp_path / "b"))
    out = analyze(exe, measure=False)
    assert "never_called() (line 8)" in out and "only_from_dead_code() (line 12)" in out


def test_not_an_elf_file_is_one_line(tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("hello\n")
    r = pyzc("analyze", str(f))
    assert r.returncode == 1 and r.stderr.strip() == f"pyzc: error: {f} is not an ELF executable"


def test_runtime_index_knows_the_runtime_files():
    index = runtime_index()
    assert index["pyz_str_concat"] == "runtime_c/str.c"
    assert index["pyz_int_floordiv"] == "runtime_c/pyz.h"  # static inline in the header
    assert index["pyz_gc_alloc"] == "runtime_c/gc.c"


@pytest.mark.parametrize("name, profile", [("straight.py", "min-size"), ("loops.py", "release"),
                                           ("dispatch.py", "pgo")])
def test_source_character_picks_a_profile(name, profile):
    c = read_character(os.path.join(PROFILES_DIR, name))
    assert c.profile == profile, c.reason
    out = analyze(os.path.join(PROFILES_DIR, name))
    assert f"Suggested profile: {profile}: " in out
    for word in ("loops", "recursion", "containers", "I/O", "arithmetic"):
        assert f"  {word}" in out


def test_source_character_reads_loops_recursion_and_types():
    c = read_character(os.path.join(PROFILES_DIR, "loops.py"))
    assert c.deepest[0] == 3 and c.float_ops > c.int_ops
    r = read_character(RECURSION)
    assert r.recursive and r.prints


def test_source_report_lists_dead_code():
    out = analyze(os.path.join(PROFILES_DIR, "dead_code.py"))
    assert "never_called() line 8: never called" in out
    assert "only_from_dead_code() line 12: called only from code that never runs" in out


def test_source_pyzc_cannot_compile_still_gets_a_character(tmp_path):
    src = tmp_path / "uses_sqlite.py"
    src.write_text("import sqlite3\n\nfor i in range(3):\n    print(i)\n")
    out = analyze(str(src))
    assert "cannot compile it yet" in out and "Suggested profile:" in out
