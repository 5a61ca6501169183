"""The edges of a compiled program's world, compared with CPython run the same way: a small stack,
stdout that cannot be written (/dev/full, a closed pipe), bytes in argv that are not UTF-8, and
the locale that decides stdin/stdout's error handler.

CPython's stdout is block-buffered here (PYTHONUNBUFFERED is removed from its environment), as
pyzc's always is; its buffer is smaller (8 KB against 64 KB), so a program whose output fails
mid-run writes more than 64 KB, and both then raise at a print.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from pyzc.driver import build
from conftest import last_line

# One program, so that one build serves every test: argv[1] says what it does.
PROGRAM = '''import sys


def depth(n):
    return depth(n + 1) + 1


def walk(xs, n):
    ys = list(xs)
    ys.append(n)
    return walk(ys[-3:], n + 1)


mode = sys.argv[1]
if mode == "recursive":
    try:
        depth(0)
    except RecursionError as e:
        print("caught", e)
    print(walk([1, 2], 0))
elif mode == "small":
    print("hello")
    print("world")
elif mode == "large":
    for i in range(20000):
        print("line", i)
    print("not reached")
elif mode == "flush":
    print("a")
    try:
        sys.stdout.flush()
    except OSError as e:
        print("caught", e, file=sys.stderr)
    print("b")
elif mode == "exit":
    print("a")
    sys.exit(3)
elif mode == "uncaught":
    print("a")
    x = [1][len(sys.argv)]
elif mode == "argv":
    for a in sys.argv[2:]:
        print(len(a), [ord(c) for c in a], a == "\\udce9\\udcff", a < "z", a + "!")
        print(a)
else:
    for line in sys.stdin:
        print([ord(c) for c in line])
        print(line, end="")
    print("escape \\udcff ok")
    print("lone \\ud800 fails")
'''


def cpython_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONUNBUFFERED", "PYTHONIOENCODING", "PYTHONUTF8")}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    """(source path, binary), built once for the module."""
    d = tmp_path_factory.mktemp("stdio")
    src = d / "edges.py"
    src.write_text(PROGRAM)
    exe = str(d / "edges")
    build(str(src), exe, build_dir=str(d / "edges-c"))
    return str(src), exe


def run_both(compiled, mode, runner):
    src, exe = compiled
    return runner([sys.executable, src, mode]), runner([exe, mode])


def assert_same_end(want, got):
    assert got.returncode == want.returncode, (got.stderr.decode(errors="replace"), want.stderr.decode(errors="replace"))
    assert last_line(got.stderr) == last_line(want.stderr)


def test_deep_recursion_under_a_256k_stack_raises_recursion_error(compiled):
    def runner(cmd):
        return subprocess.run(["sh", "-c", 'ulimit -s 256 && exec "$@"', "sh", *cmd], capture_output=True, timeout=60)
    want, got = run_both(compiled, "recursive", runner)
    assert want.returncode == 1 and last_line(want.stderr).startswith("RecursionError")
    assert got.stdout == want.stdout
    assert_same_end(want, got)


@pytest.mark.parametrize("name", ["small", "large", "flush", "exit", "uncaught"])
def test_stdout_to_dev_full(compiled, name):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")

    def runner(cmd):
        with open("/dev/full", "wb") as full:
            return subprocess.run(cmd, stdout=full, stderr=subprocess.PIPE, env=cpython_env(), timeout=60)
    want, got = run_both(compiled, name, runner)
    assert want.returncode in (1, 120)
    assert_same_end(want, got)
    if name == "flush":
        assert b"caught [Errno 28] No space left on device" in got.stderr


@pytest.mark.parametrize("name", ["small", "large"])
@pytest.mark.parametrize("sigpipe", ["default", "ignored"])
def test_stdout_to_a_closed_pipe(compiled, name, sigpipe):
    """CPython ignores SIGPIPE itself, so EPIPE is a BrokenPipeError whatever its parent did."""
    def runner(cmd):
        r, w = os.pipe()
        os.close(r)
        try:
            return subprocess.run(cmd, stdout=w, stderr=subprocess.PIPE, env=cpython_env(), timeout=60,
                                  restore_signals=sigpipe == "default")
        finally:
            os.close(w)
    want, got = run_both(compiled, name, runner)
    assert last_line(want.stderr) == "BrokenPipeError: [Errno 32] Broken pipe"
    assert_same_end(want, got)


@pytest.mark.parametrize("locale", [{"LC_ALL": "C"}, {"LANG": "C.UTF-8"}])
def test_argv_bytes_that_are_not_utf8(compiled, locale):
    args = [b"\xe9\xff", b"ok \xc3\xa9", b"cut \xe2\x82", b"\xed\xa0\x80"]

    def runner(cmd):
        return subprocess.run(cmd + args, capture_output=True, env=cpython_env(**locale), timeout=60)
    want, got = run_both(compiled, "argv", runner)
    assert want.returncode == 0
    assert got.stdout == want.stdout
    assert b"\xe9\xff\n" in got.stdout  # printed back as the bytes it came as
    assert got.returncode == 0


@pytest.fixture(scope="module")
def installed_locale(tmp_path_factory):
    """A locale glibc can load (a copy of C.utf8 under another name, found through LOCPATH): CPython
    then uses errors='strict' on stdin and stdout, as under any installed UTF-8 locale but C.UTF-8."""
    src = "/usr/lib/locale/C.utf8"
    if not os.path.isdir(src):
        pytest.skip("no C.utf8 locale directory to copy")
    d = tmp_path_factory.mktemp("locales")
    shutil.copytree(src, d / "xx_XX.UTF-8")
    return str(d)


@pytest.mark.parametrize("kind", ["C", "POSIX", "C.UTF-8", "unset", "not installed", "installed", "PYTHONIOENCODING strict"])
@pytest.mark.parametrize("stdin", [b"plain \xc3\xa9\n", b"bad \xe9\xff\n"])
def test_stdio_error_handler_follows_the_locale(compiled, installed_locale, kind, stdin):
    extra = {"C": {"LC_ALL": "C"}, "POSIX": {"LC_ALL": "POSIX"}, "C.UTF-8": {"LANG": "C.UTF-8"}, "unset": {},
             "not installed": {"LANG": "yy_YY.UTF-8", "LOCPATH": installed_locale},
             "installed": {"LC_ALL": "xx_XX.UTF-8", "LOCPATH": installed_locale},
             "PYTHONIOENCODING strict": {"LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8:strict"}}[kind]

    def runner(cmd):
        env = {k: v for k, v in cpython_env().items() if k not in ("LANG", "LC_ALL", "LC_CTYPE", "LOCPATH")}
        env.update(extra)
        return subprocess.run(cmd, input=stdin, capture_output=True, env=env, timeout=60)
    want, got = run_both(compiled, "stdin", runner)
    assert got.stdout == want.stdout
    assert_same_end(want, got)
    strict = kind in ("installed", "PYTHONIOENCODING strict")
    assert (b"escape \xff ok" in got.stdout) == (not strict)
    assert last_line(got.stderr).startswith("UnicodeDecodeError" if strict and b"\xff" in stdin else "UnicodeEncodeError")
