"""Profiles and CPUs: --show-profile-info, --cpu, the first-build notice, min-size, pgo, dead code.

Speed is never asserted here (DESIGN.md: performance is measured in bench/);
what is checked is that each profile does what it says: pgo's counts are
written and show up as hints in the C, min-size and release leave unused
runtime parts out, release keeps its symbol table, and every build prints what CPython
prints, on the host and under qemu.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys

import pytest

from pyzc import toolchain
from pyzc.codegen import pgo
from pyzc.driver import build, compile_program
from pyzc.elf import read_elf
from pyzc.progress import Notice
from conftest import ROOT, run_cpython
import test_cli


def pyzc(*args, env=None, **kw):
    if env is None:
        return test_cli.pyzc(*args, **kw)
    return subprocess.run([sys.executable, "-m", "pyzc", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**env, "PYTHONPATH": ROOT}, **kw)

PROFILES_DIR = os.path.join(ROOT, "tests", "profiles")
BRANCHY = os.path.join(PROFILES_DIR, "branchy.py")
HELLO = os.path.join(ROOT, "tests", "programs", "basics", "print_sep_end.py")


def cpython(path, *args):
    return subprocess.run([sys.executable, path, *args], capture_output=True, text=True)


def run(exe, *args, qemu=None):
    return subprocess.run(([qemu] if qemu else []) + [exe, *args], capture_output=True, text=True, timeout=300)


# ------------------------------------------------------------ --show-profile-info, --cpu

def test_show_profile_info_explains_every_profile():
    r = pyzc("build", "--show-profile-info")
    assert r.returncode == 0, r.stderr
    for name in toolchain.PROFILES:
        assert f"  {name} " in r.stdout
    for flag in ("-O3", "-march=native", "-Oz", "--gc-sections", "-fsanitize=undefined", "__builtin_expect"):
        assert flag in r.stdout
    assert "No -flto, on purpose" in r.stdout and "static inline" in r.stdout
    cross = pyzc("build", "--show-profile-info", "--target", "aarch64-linux", "--cpu", "cortex_a72")
    flag_lines = [ln for ln in cross.stdout.splitlines() if "flags:" in ln]
    assert all("-mcpu=cortex_a72" in ln for ln in flag_lines) and not any("-march=native" in ln for ln in flag_lines)


def flags(target, profile="release", cpu=None):
    return toolchain.profile_flags(toolchain.BuildRequest("a.c", "a", target, profile, cpu=cpu))


def test_cpu_defaults_native_on_host_generic_on_cross():
    host = toolchain.host_target()
    assert "-march=native" in flags(host)
    cross = next(t for t in toolchain.TARGETS if t != host)
    assert not any(f.startswith(("-march", "-mcpu")) for f in flags(cross))
    assert "-mcpu=cortex_a72" in flags("aarch64-linux", cpu="cortex_a72")
    assert "-mcpu=cortex_a72" in flags("aarch64-linux", "min-size", cpu="cortex_a72")


def test_unknown_cpu_is_one_clear_line(tmp_path):
    r = pyzc("build", HELLO, "--target", "aarch64-linux", "--cpu", "cortex_a99", "-o", str(tmp_path / "x"))
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert "unknown CPU 'cortex_a99' for aarch64-linux" in lines[0] and "cortex_a" in lines[0]
    assert "pyzc targets --cpus aarch64-linux" in lines[0]
    assert not (tmp_path / "x").exists()


def test_native_cpu_refused_for_a_foreign_target(tmp_path):
    cross = next(t for t in toolchain.TARGETS if t != toolchain.host_target())
    r = pyzc("build", HELLO, "--target", cross, "--cpu", "native", "-o", str(tmp_path / "x"))
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1 and "not a" in r.stderr


def test_targets_lists_cpu_names():
    r = pyzc("targets", "--cpus", "aarch64-linux")
    assert r.returncode == 0 and "cortex_a72" in r.stdout.split()


@pytest.mark.skipif(shutil.which("qemu-aarch64") is None, reason="qemu-aarch64 is not installed")
def test_cpu_for_a_raspberry_pi_4_runs_under_qemu(tmp_path):
    exe = str(tmp_path / "pi4")
    r = pyzc("build", BRANCHY, "--target", "aarch64-linux", "--cpu", "cortex_a72", "-o", exe,
             "--build-dir", str(tmp_path / "b"), timeout=900)
    assert r.returncode == 0, r.stderr
    assert run(exe, "50", qemu="qemu-aarch64").stdout == cpython(BRANCHY, "50").stdout
    c = (tmp_path / "b" / "pi4-c" / "pi4.c").read_text()  # the work folder is named after the output
    assert "cpu=cortex_a72" in c  # recorded for pyzc analyze


# ------------------------------------------------------------ the first build for a target says so

def test_notice_is_one_plain_line_off_a_terminal():
    out = io.StringIO()
    with Notice("pyzc: first build", stream=out, animate=False):
        pass
    assert out.getvalue() == "pyzc: first build\n"


def test_notice_animates_on_a_terminal_and_ends_with_the_time():
    out = io.StringIO()
    with Notice("pyzc: first build", stream=out, animate=True):
        import time
        time.sleep(0.5)
    text = out.getvalue()
    assert text.startswith("\r") and "(0 s)" in text
    assert text.endswith("s\n") and "\rpyzc: first build: done in" in text.replace("\033[K", "")


def test_notice_with_delay_stays_silent_for_a_fast_step():
    out = io.StringIO()
    with Notice("slow?", delay=5.0, stream=out, animate=False):
        pass
    assert out.getvalue() == ""


def test_first_build_for_a_target_says_so(tmp_path):
    env = {**os.environ, "PYZC_CACHE": str(tmp_path / "cache")}  # no markers, no runtime archive yet
    exe = str(tmp_path / "h")
    r = pyzc("build", HELLO, "--profile", "debug", "-o", exe, "--build-dir", str(tmp_path / "b"), env=env, timeout=900)
    assert r.returncode == 0, r.stderr
    assert "first debug build for" in r.stderr and "once" in r.stderr
    assert "\r" not in r.stderr  # not a terminal: one plain line
    again = pyzc("build", HELLO, "--profile", "debug", "-o", exe, "--build-dir", str(tmp_path / "b"), env=env)
    assert again.returncode == 0 and again.stderr.startswith("wrote ") and again.stderr.count("\n") == 1


# ------------------------------------------------------------ min-size and release

def test_hello_leaves_unused_runtime_out_in_min_size_and_release(tmp_path):
    small, big = str(tmp_path / "small"), str(tmp_path / "big")
    build(HELLO, small, profile="min-size", build_dir=str(tmp_path / "b"))
    build(HELLO, big, profile="release", build_dir=str(tmp_path / "b"))
    assert os.path.getsize(small) < 64 * 1024
    # release drops unreached sections too (it was 313 KB when it linked whole runtime files: long.c, unicode_db.c)
    assert os.path.getsize(big) < 128 * 1024
    assert os.path.getsize(small) < 0.75 * os.path.getsize(big)
    assert run(small).stdout == cpython(HELLO).stdout
    # str.index's message lives in str.c, which hello links for print: both profiles keep only what is called
    assert b"substring not found" not in open(big, "rb").read()
    assert b"substring not found" not in open(small, "rb").read()
    assert read_elf(small).stripped


def test_release_keeps_its_symbol_table_but_not_debug_info(tmp_path):
    exe = str(tmp_path / "rel")
    build(BRANCHY, exe, build_dir=str(tmp_path / "b"))
    elf = read_elf(exe)
    assert not elf.stripped
    assert not any(s.name.startswith(".debug") for s in elf.sections)
    names = {s.name for s in elf.symbols}
    assert "main" in names and "pyz_rt_init" in names and "__init_libc" in names  # musl's too
    assert run(exe, "77").stdout == cpython(BRANCHY, "77").stdout


# ------------------------------------------------------------ pgo

def test_pgo_trains_writes_counts_and_applies_them(tmp_path):
    exe = str(tmp_path / "branchy")
    r = pyzc("build", BRANCHY, "--profile", "pgo", "--train-args", "5000", "-o", exe, "--build-dir", str(tmp_path / "b"))
    assert r.returncode == 0, r.stderr
    assert "pyzc: pgo: trained on 5000" in r.stderr
    counts = (tmp_path / "b" / "branchy-c" / "branchy.counts").read_text().splitlines()
    assert counts[0].startswith(pgo.COUNTS_HEADER)
    table = {k: int(n) for n, k in (line.split(" ", 1) for line in counts[1:])}
    assert table["classify"] == 5000 and table["rare"] == 0 and table["main"] == 1
    c = (tmp_path / "b" / "branchy-c" / "branchy.c").read_text()
    assert "__builtin_expect_with_probability" in c
    assert "__attribute__((cold)) static int64_t f_rare(" in c
    assert "__attribute__((hot)) static int64_t f_classify(" in c
    assert "pgo_counts" not in c  # the final build is not instrumented
    for args in ((), ("12",), ("-3",)):
        assert run(exe, *args).stdout == cpython(BRANCHY, *args).stdout


def test_pgo_output_equals_cpython_on_programs(tmp_path):
    for rel in ("tests/programs/functions/recursion_classics.py", "tests/programs/errors/zero_division_modulo.py",
                "tests/programs/dicts/word_count.py"):
        path = os.path.join(ROOT, rel)
        exe = str(tmp_path / os.path.basename(rel)[:-3])
        build(path, exe, profile="pgo", build_dir=str(tmp_path / "b"))
        got, want = run(exe), run_cpython(rel)
        assert got.stdout == want.stdout.decode() and got.returncode == want.returncode


@pytest.mark.skipif(shutil.which("qemu-aarch64") is None, reason="qemu-aarch64 is not installed")
def test_pgo_trains_on_the_host_and_applies_to_an_arm_build(tmp_path):
    exe = str(tmp_path / "branchy-arm")
    res = build(BRANCHY, exe, target="aarch64-linux", profile="pgo", train_args="3000", build_dir=str(tmp_path / "b"))
    assert read_elf(exe).machine == "aarch64"
    assert os.path.exists(res.counts_file)
    c = open(res.c_file).read()
    assert "__builtin_expect_with_probability" in c and "__attribute__((cold))" in c
    assert run(exe, "40", qemu="qemu-aarch64").stdout == cpython(BRANCHY, "40").stdout


def test_counts_from_another_version_are_refused(tmp_path):
    f = tmp_path / "old.counts"
    f.write_text(pgo.COUNTS_HEADER + "0123456789abcdef\n5 main\n")
    with pytest.raises(pgo.ProfileError, match="another version"):
        pgo.Profile.load(str(f), "fedcba9876543210")


def test_train_args_need_pgo(tmp_path):
    r = pyzc("build", BRANCHY, "--train-args", "5", "-o", str(tmp_path / "x"))
    assert r.returncode == 1 and "--train-args is for --profile pgo" in r.stderr


# ------------------------------------------------------------ dead code

def test_functions_nothing_calls_are_not_compiled():
    compiled = compile_program(os.path.join(PROFILES_DIR, "dead_code.py"))
    assert "f_used" in compiled.c_text
    assert "f_never_called" not in compiled.c_text and "f_only_from_dead_code" not in compiled.c_text
    assert [(n, why) for n, _, why in compiled.left_out] == [
        ("never_called", "never called"), ("only_from_dead_code", "called only from code that never runs")]
