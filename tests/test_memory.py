"""Memory stays bounded and runaway recursion is an exception, not a crash.

- tests/memory/churn_10gb.py allocates and drops about 10 GB of short-lived
  lists and strings (small ones from the size classes, large ones mapped on
  their own); the compiled binary's peak RSS must stay under 100 MB (it is
  about 10 MB).  The figure comes from wait4() on that one process, started
  by a small helper (see MEASURE).  A bound on memory, not a timing test.
- Growth that runs out of memory (under an RLIMIT_AS) raises a MemoryError that
  the program catches, as CPython's does: list append / += / extend / insert /
  concatenation / *=, str concatenation, dict and set insertion, deque append.
- Runaway recursion ends in RecursionError with a traceback and exit status 1,
  in release and debug (UBSan) builds alike (tests/programs/errors/ holds more
  such programs, compared with CPython on their last line).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pyzc.driver import build
from conftest import TESTS_DIR

PEAK_RSS_LIMIT = 100 * 1024 * 1024


# Linux counts a process's resident pages from before its exec in its peak RSS, so a binary
# started straight from this (large) test process would report this process's size.  A fresh,
# small Python starts it instead and reports the peak; the figure is an upper bound that
# includes at most that helper's few MB.
MEASURE = """
import os, subprocess, sys
p = subprocess.Popen(sys.argv[1:], stdout=sys.stdout, stderr=subprocess.DEVNULL)
_, status, usage = os.wait4(p.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss * 1024, file=sys.stderr)
"""


def run_measured(exe: str, *args: str, timeout: float = 600) -> tuple[int, bytes, int]:
    """Exit status, stdout and peak RSS in bytes of one run of exe with args."""
    r = subprocess.run([sys.executable, "-S", "-c", MEASURE, exe, *args], capture_output=True, timeout=timeout)
    rc, peak = (int(x) for x in r.stderr.split())
    return rc, r.stdout, peak


def test_ten_gigabytes_of_garbage_in_bounded_memory(tmp_path):
    exe = str(tmp_path / "churn")
    build(os.path.join(TESTS_DIR, "memory", "churn_10gb.py"), exe, build_dir=str(tmp_path / "c"))
    rc, out, peak = run_measured(exe)
    # the same text CPython prints (checked once by hand: CPython needs minutes for this)
    assert (rc, out) == (0, b"rounds 8 kept 2\npayload GB 10\n")
    assert peak < PEAK_RSS_LIMIT, f"peak RSS {peak / 2**20:.1f} MiB"


def test_cyclic_garbage_in_bounded_memory(tmp_path):
    """tests/programs/classes/cycles_memory.py with 20,000 rounds drops about 0.4 GB of rings and
    parent <-> child cycles, one round at a time: reclaimed, its peak RSS stays far under that."""
    src = os.path.join(TESTS_DIR, "programs", "classes", "cycles_memory.py")
    exe = str(tmp_path / "cycles")
    build(src, exe, build_dir=str(tmp_path / "c"))
    rc, out, peak = run_measured(exe, "20000")
    want = subprocess.run([sys.executable, src, "20000"], capture_output=True, timeout=600)
    assert (rc, out) == (want.returncode, want.stdout)
    assert peak < PEAK_RSS_LIMIT, f"peak RSS {peak / 2**20:.1f} MiB"


RUNAWAY = """\
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 2)


def start(n):
    return down(n)


print("before")
print(start(7))
"""


@pytest.mark.parametrize("profile", ["release", "debug"])
def test_runaway_recursion_is_a_recursion_error_with_traceback(tmp_path, profile):
    src = tmp_path / "runaway.py"
    src.write_text(RUNAWAY)
    exe = str(tmp_path / "runaway")
    build(str(src), exe, profile=profile, build_dir=str(tmp_path / "c"))
    r = subprocess.run([exe], capture_output=True, text=True, timeout=120)
    assert r.returncode == 1, r.stderr[-2000:]
    assert r.stdout == "before\n"
    lines = r.stderr.splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    assert "in down" in r.stderr and "[Previous line repeated" in r.stderr
    assert lines[-1] == "RecursionError: maximum recursion depth exceeded"
    assert "runtime error" not in r.stderr and "Segmentation" not in r.stderr


MUTUAL = """\
def ping(n):
    return pong(n + 1) + 1


def pong(n):
    return ping(n + 1) + 1


print("start")
print(ping(0))
"""


@pytest.mark.parametrize("profile", ["release", "debug"])
def test_runaway_mutual_recursion_traceback(tmp_path, profile):
    """Through two functions the frames alternate, so (as in CPython) no line repeats and none
    collapses into "[Previous line repeated N more times]": every frame is listed, ping and pong
    in turn, and the binary ends with RecursionError, exit status 1, never a crash."""
    src = tmp_path / "mutual.py"
    src.write_text(MUTUAL)
    exe = str(tmp_path / "mutual")
    build(str(src), exe, profile=profile, build_dir=str(tmp_path / "c"))
    r = subprocess.run([exe], capture_output=True, text=True, timeout=120)
    assert r.returncode == 1, r.stderr[-2000:]
    assert r.stdout == "start\n"
    lines = r.stderr.splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    assert lines[-1] == "RecursionError: maximum recursion depth exceeded"
    frames = [ln.strip() for ln in lines if ln.startswith("  File ")]
    assert frames[0].endswith("in <module>")
    calls = frames[1:]  # down to the call that went too deep (the frame that did not start adds none)
    assert calls[-1] in (frames[1], frames[2])
    assert len(calls) > 500
    assert all(a != b for a, b in zip(calls, calls[1:])), "consecutive frames repeat"
    assert {f.rsplit(" ", 1)[1] for f in calls} == {"ping", "pong"}
    assert "runtime error" not in r.stderr and "Segmentation" not in r.stderr


GROW_MODES = ["append", "append_float", "append_str", "iadd", "extend", "insert", "concat_list", "str",
              "str_iadd", "dict", "set", "deque", "repeat"]
ADDRESS_SPACE = 200 * 1024 * 1024


def limit_address_space():
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


@pytest.fixture(scope="module")
def grow_exe(tmp_path_factory):
    d = tmp_path_factory.mktemp("grow")
    exe = str(d / "grow")
    build(os.path.join(TESTS_DIR, "memory", "grow_until_memory_error.py"), exe, build_dir=str(d / "grow-c"))
    return exe


@pytest.mark.parametrize("mode", GROW_MODES)
def test_growth_out_of_memory_is_a_caught_memory_error(grow_exe, mode):
    src = os.path.join(TESTS_DIR, "memory", "grow_until_memory_error.py")
    want = subprocess.run([sys.executable, src, mode], capture_output=True, preexec_fn=limit_address_space, timeout=300)
    got = subprocess.run([grow_exe, mode], capture_output=True, preexec_fn=limit_address_space, timeout=300)
    assert want.stdout == f"caught MemoryError in {mode}\nafter {mode}\n".encode()  # CPython's, as a sanity check
    assert (got.returncode, got.stdout) == (want.returncode, want.stdout), got.stderr[-500:]
