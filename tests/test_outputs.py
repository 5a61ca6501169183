"""Where a build writes, what it says, and pyzc's cache (issue: a CLI that behaves like the compilers people know)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest

from conftest import ROOT

sys.path.insert(0, ROOT)
from pyzc import cache  # noqa: E402

HELLO = os.path.join(ROOT, "examples", "hello.py")


def pyzc(*args, cwd=ROOT, env=None, **kw):
    return subprocess.run([sys.executable, "-m", "pyzc", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": ROOT, **(env or {})}, **kw)


def test_a_build_says_what_it_wrote_in_one_line_and_q_silences_it(tmp_path):
    shutil.copy(HELLO, tmp_path / "hello.py")
    r = pyzc("build", "hello.py", cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    last = r.stderr.splitlines()[-1]
    assert last.startswith("wrote build/hello (") and ", x86_64-linux, release) in " in last and last.endswith(" s")
    size_kb = int(last.split("(")[1].split(" KB")[0])
    assert abs(size_kb - os.path.getsize(tmp_path / "build" / "hello") / 1024) < 1
    r = pyzc("build", "-q", "hello.py", cwd=str(tmp_path))
    assert r.returncode == 0 and r.stderr == "" and r.stdout == ""


def test_other_profiles_and_targets_do_not_replace_the_host_binary(tmp_path):
    shutil.copy(HELLO, tmp_path / "hello.py")
    assert pyzc("build", "-q", "hello.py", cwd=str(tmp_path)).returncode == 0
    host = (tmp_path / "build" / "hello").read_bytes()
    r = pyzc("build", "--profile", "min-size", "hello.py", cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert "wrote build/x86_64-linux/min-size/hello (" in r.stderr
    assert (tmp_path / "build" / "x86_64-linux" / "min-size" / "hello-c" / "hello.c").is_file()
    r = pyzc("build", "--target", "aarch64-linux", "hello.py", cwd=str(tmp_path), timeout=900)
    assert r.returncode == 0, r.stderr
    cross = tmp_path / "build" / "aarch64-linux" / "release" / "hello"
    assert cross.read_bytes()[18] == 183  # e_machine: EM_AARCH64
    assert (tmp_path / "build" / "hello").read_bytes() == host


def test_generated_c_goes_beside_an_output_elsewhere(tmp_path):
    shutil.copy(HELLO, tmp_path / "hello.py")
    (tmp_path / "out").mkdir()
    r = pyzc("build", "-q", "hello.py", "-o", "out/prog", cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out" / "prog-c" / "prog.c").is_file()
    assert not (tmp_path / "build").exists()


def test_build_without_a_file_prints_the_build_usage():
    r = pyzc("build")
    assert r.returncode == 2
    assert r.stderr.startswith("usage: pyzc build") and "required: source" in r.stderr


def test_modules_into_a_pipe_closed_early():
    """`pyzc modules | head -1`: the reader leaves first; no BrokenPipeError, no traceback."""
    p = subprocess.Popen([sys.executable, "-m", "pyzc", "modules"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env={**os.environ, "PYTHONPATH": ROOT})
    p.stdout.close()  # nobody reads: the first write that reaches the pipe fails with EPIPE
    err = p.stderr.read().decode()
    p.wait()
    assert "Traceback" not in err and "internal compiler error" not in err and "BrokenPipe" not in err, err


def test_cache_location_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("PYZC_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.root() == str(tmp_path / "xdg" / "pyzc")
    monkeypatch.setenv("PYZC_CACHE", str(tmp_path / "mine"))
    assert cache.root() == str(tmp_path / "mine")
    monkeypatch.delenv("PYZC_CACHE")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.root() == str(tmp_path / "home" / ".cache" / "pyzc")


def test_prune_removes_only_entries_unused_for_30_days(monkeypatch, tmp_path):
    monkeypatch.setenv("PYZC_CACHE", str(tmp_path))
    old, new = tmp_path / "runtime-aaaa", tmp_path / "runtime-bbbb"
    for d in (old, new):
        d.mkdir()
        (d / "libpyzrt.a").write_bytes(b"x" * 10)
    (tmp_path / "built").mkdir()
    marker = tmp_path / "built" / "0123"
    marker.write_text("x86_64-linux - release\n")
    long_ago = time.time() - 31 * 86400
    os.utime(old, (long_ago, long_ago))
    os.utime(marker, (long_ago, long_ago))
    gone = cache.prune()
    assert sorted(gone) == sorted([str(old), str(marker)])
    assert new.is_dir() and not old.exists() and not marker.exists()


def test_cache_info_and_clean(tmp_path):
    env = {"PYZC_CACHE": str(tmp_path / "c")}
    exe = str(tmp_path / "h")
    assert pyzc("build", "-q", HELLO, "-o", exe, env=env, timeout=900).returncode == 0
    info = pyzc("cache", "info", env=env)
    assert info.returncode == 0
    assert info.stdout.startswith(f"cache: {tmp_path / 'c'}\n") and "compiled runtimes: 1 (" in info.stdout
    clean = pyzc("cache", "clean", env=env)
    assert clean.returncode == 0 and clean.stdout.startswith("removed ")
    assert "total: 0 entries" in pyzc("cache", "info", env=env).stdout
    assert subprocess.run([exe], capture_output=True).returncode == 0  # built binaries do not need the cache


def test_the_runtime_cache_is_keyed_by_content_not_by_install_path(tmp_path):
    """A second copy of the same pyzc (another venv) finds the compiled runtime of the first."""
    copy = tmp_path / "elsewhere"
    shutil.copytree(os.path.join(ROOT, "pyzc"), copy / "pyzc", ignore=shutil.ignore_patterns("__pycache__"))
    env = {"PYZC_CACHE": str(tmp_path / "c")}
    first = pyzc("build", HELLO, "-o", str(tmp_path / "a"), env=env, timeout=900)
    assert first.returncode == 0, first.stderr
    runtimes = sorted(os.listdir(tmp_path / "c"))
    second = subprocess.run([sys.executable, "-m", "pyzc", "build", HELLO, "-o", str(tmp_path / "b")],
                            capture_output=True, text=True, cwd=str(tmp_path),
                            env={**os.environ, "PYTHONPATH": str(copy), **env})
    assert second.returncode == 0, second.stderr
    assert "first release build" not in second.stderr
    assert sorted(os.listdir(tmp_path / "c")) == runtimes


def test_a_quick_bench_leaves_the_committed_results_alone():
    """CI runs `make bench QUICK=1`: one run per program checks outputs; only a full run rewrites RESULTS.md."""
    results = os.path.join(ROOT, "bench", "RESULTS.md")
    before = open(results, "rb").read()
    listing = sorted(os.listdir(os.path.join(ROOT, "bench", "results")))
    r = pyzc("bench", "--quick", os.path.join("bench", "programs", "fib30.py"), timeout=900)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "quick run" in r.stdout
    assert open(results, "rb").read() == before
    assert sorted(os.listdir(os.path.join(ROOT, "bench", "results"))) == listing
