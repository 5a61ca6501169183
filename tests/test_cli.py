"""The pyzc command as a user meets it: help, bad input, atomic output, run, overflow, #line mapping."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT


def pyzc(*args, cwd=ROOT, **kw):
    return subprocess.run([sys.executable, "-m", "pyzc", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": ROOT}, **kw)


def write(path, text):
    path.write_text(text)
    return str(path)


def test_help_explains_every_option():
    r = pyzc("--help")
    assert r.returncode == 0 and "build" in r.stdout and "run" in r.stdout
    r = pyzc("build", "--help")
    for opt in ("--target", "--profile", "--output", "--cc", "--timings"):
        assert opt in r.stdout


def test_missing_file_is_one_line(tmp_path):
    r = pyzc("build", str(tmp_path / "nope.py"))
    assert r.returncode == 1
    assert r.stderr.strip() == f"pyzc: error: {tmp_path / 'nope.py'}: no such file"


def test_directory_binary_and_nul_inputs(tmp_path):
    r = pyzc("build", str(tmp_path))
    assert r.returncode == 1 and "is a directory" in r.stderr and "Traceback" not in r.stderr
    b = tmp_path / "bin.py"
    b.write_bytes(bytes(range(256)))
    r = pyzc("build", str(b))
    assert r.returncode == 1 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    n = tmp_path / "nul.py"
    n.write_bytes(b"print(1)\0\n")
    r = pyzc("build", str(n))
    assert r.returncode == 1 and "null bytes" in r.stderr


def test_unreadable_file(tmp_path):
    p = tmp_path / "secret.py"
    p.write_text("print(1)\n")
    p.chmod(0)
    try:
        if os.access(p, os.R_OK):  # running as root: permissions do not apply
            return
        r = pyzc("build", str(p))
        assert r.returncode == 1 and "cannot read" in r.stderr
    finally:
        p.chmod(0o644)


def test_syntax_error_like_cpython(tmp_path):
    src = write(tmp_path / "bad.py", "x = 1\nif x\n    print(x)\n")
    r = pyzc("build", src)
    assert r.returncode == 1
    assert r.stderr.splitlines()[0] == f"{src}:2:5: error: SyntaxError: expected ':'"


def test_failed_build_leaves_no_binary_and_keeps_the_old_one(tmp_path):
    out = tmp_path / "app"
    good = write(tmp_path / "good.py", "print('v1')\n")
    assert pyzc("build", good, "-o", str(out)).returncode == 0
    bad = write(tmp_path / "bad.py", "print(undefined_name)\n")
    r = pyzc("build", bad, "-o", str(out))
    assert r.returncode == 1
    assert subprocess.run([str(out)], capture_output=True, text=True).stdout == "v1\n"
    assert [p for p in os.listdir(tmp_path) if p.startswith(".app")] == []


def test_never_overwrites_the_source(tmp_path):
    src = write(tmp_path / "same.py", "print(1)\n")
    r = pyzc("build", src, "-o", src)
    assert r.returncode == 1 and "source" in r.stderr
    assert open(src).read() == "print(1)\n"


def test_output_path_that_is_a_directory_is_refused(tmp_path):
    src = tmp_path / "app.py"
    src.write_text("print(1)\n")
    (tmp_path / "out").mkdir()
    r = pyzc("build", str(src), "-o", str(tmp_path / "out"))
    assert r.returncode == 1
    assert r.stderr.strip() == f"pyzc: error: the output path {tmp_path / 'out'} is a directory; choose another with -o"


def test_run_passes_arguments_and_exit_status(tmp_path):
    src = write(tmp_path / "boom.py", "print('before')\nprint(1 // 0)\n")
    r = pyzc("run", "-o", str(tmp_path / "boom"), src, cwd=str(tmp_path))
    assert r.returncode == 1
    assert r.stdout == "before\n"
    assert r.stderr.splitlines()[-1] == "ZeroDivisionError: integer division or modulo by zero"
    assert 'File "' in r.stderr and "line 2, in <module>" in r.stderr


def test_traceback_names_a_relative_source_as_cpython_does(tmp_path):
    # `pyzc build app.py` from app.py's folder: CPython 3.9+ shows the script's absolute path in a
    # traceback, and so must the binary (it showed "app.py")
    write(tmp_path / "app.py", "def f(d):\n    if not d:\n        raise ValueError(d)\n    return d\n\nprint(f({'k': 1}))\nf({})\n")
    r = pyzc("build", "app.py", "-o", "app", cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    got = subprocess.run(["./app"], cwd=str(tmp_path), capture_output=True, text=True)
    want = subprocess.run([sys.executable, "app.py"], cwd=str(tmp_path), capture_output=True, text=True)
    assert f'File "{tmp_path / "app.py"}", line 7, in <module>' in want.stderr
    assert (got.stdout, got.stderr, got.returncode) == (want.stdout, want.stderr, want.returncode)


def test_run_with_default_output_and_program_arguments(tmp_path):
    src = write(tmp_path / "echo.py", "print('ran')\n")
    r = pyzc("run", src, "a", "b", cwd=str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert r.stdout == "ran\n"
    assert (tmp_path / "build" / "echo").is_file()
    assert (tmp_path / "build" / "echo-c" / "echo.c").is_file()


def test_int_past_64_bits_is_exact_not_wrapped(tmp_path):
    src = write(tmp_path / "ovf.py", "def grow(n):\n    x = 1\n    for i in range(n):\n        x = x * 3\n    return x\n\nprint(grow(39))\nprint(grow(41))\n")
    out = tmp_path / "ovf"
    assert pyzc("build", src, "-o", str(out)).returncode == 0
    r = subprocess.run([str(out)], capture_output=True, text=True)
    assert r.stdout == f"{3 ** 39}\n{3 ** 41}\n" and r.returncode == 0  # 3**41 leaves 64 bits: a big int


def test_generated_c_is_kept_with_line_directives(tmp_path):
    src = write(tmp_path / "lines.py", "x = 2\ny = x * 21\nprint(y)\n")
    r = pyzc("build", src, "-o", str(tmp_path / "lines"), "--build-dir", str(tmp_path / "b"))
    assert r.returncode == 0, r.stderr
    c = (tmp_path / "b" / "lines-c" / "lines.c").read_text()
    assert f'#line 2 "{src}"' in c and f'#line 3 "{src}"' in c


def test_targets_lists_cross_targets():
    r = pyzc("targets")
    assert "aarch64-linux" in r.stdout and "x86_64-linux" in r.stdout


def test_builds_running_side_by_side_keep_their_own_c(tmp_path):
    """Two sources of one name built at once into two outputs: each binary is its own program."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    src_a = write(tmp_path / "a" / "app.py", "print('A')\n")
    src_b = write(tmp_path / "b" / "app.py", "print('B')\n")
    cmd = [sys.executable, "-m", "pyzc", "build"]
    env = {**os.environ, "PYTHONPATH": ROOT}
    for round_ in range(3):
        procs = [subprocess.Popen(cmd + [src, "-o", out], cwd=str(tmp_path), env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for src, out in ((src_a, "A"), (src_b, "B"))]
        for p in procs:
            _, err = p.communicate()
            assert p.returncode == 0, err
        for exe, text in (("A", "A\n"), ("B", "B\n")):
            assert subprocess.run([str(tmp_path / exe)], capture_output=True, text=True).stdout == text, round_
    assert (tmp_path / "A-c" / "A.c").is_file() and (tmp_path / "B-c" / "B.c").is_file()  # beside each output
    assert [f for f in os.listdir(tmp_path / "A-c") if f.startswith(".")] == []


def test_source_names_with_backslash_quote_or_newline(tmp_path):
    for name in ("back\\slash.py", "new\nline.py", 'quo"te.py'):
        src = write(tmp_path / name, "def f():\n    return 1 // 0\nprint(f())\n")
        r = pyzc("run", src, "-o", str(tmp_path / "prog"), cwd=str(tmp_path))
        assert "pyzc" not in r.stderr, r.stderr
        assert r.stderr.splitlines()[-1] == "ZeroDivisionError: integer division or modulo by zero"
        assert "line 2, in f" in r.stderr


def test_output_that_cannot_be_written_is_a_user_error(tmp_path):
    src = write(tmp_path / "app.py", "print(1)\n")
    r = pyzc("build", src, "-o", "/proc/pyzc-no-such/x")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.startswith("pyzc: error: cannot write the output /proc/pyzc-no-such/x: "), r.stderr
    assert "pyzc bug" not in r.stderr


def test_source_encodings_as_cpython_reads_them(tmp_path):
    cases = {
        "utf16.py": (b"# coding: utf-16\nprint(1)\n", "1:1: error: SyntaxError: encoding problem: utf-16"),
        "bom_latin.py": (b"\xef\xbb\xbf# coding: latin-1\nprint(1)\n",
                         "1:1: error: SyntaxError: encoding problem: iso-8859-1 with BOM"),
        "unknown.py": (b"#!/usr/bin/env python3\n# vim: set fileencoding=nosuch :\nprint(1)\n",
                       "2:1: error: SyntaxError: encoding problem: nosuch"),
        "undeclared.py": (b"x = 1\nprint('\xff')\n", "2:1: error: SyntaxError: Non-UTF-8 code starting with '\\xff'"),
    }
    for name, (data, expected) in cases.items():
        src = tmp_path / name
        src.write_bytes(data)
        cp = subprocess.run([sys.executable, str(src)], capture_output=True, text=True)
        assert cp.returncode == 1 and "SyntaxError" in cp.stderr  # CPython refuses it too
        r = pyzc("build", str(src), "-o", str(tmp_path / "x"))
        assert r.returncode == 1 and "Traceback" not in r.stderr
        assert r.stderr.startswith(f"{src}:{expected}"), r.stderr
    # what CPython accepts: a declared latin-1 source, and a BOM with a utf-8 declaration
    for name, data in (("latin.py", b"# -*- coding: latin-1 -*-\nprint('caf\xe9', len('\xe9'))\n"),
                       ("bom8.py", b"\xef\xbb\xbf# coding: utf-8\nprint('ok')\n")):
        src = tmp_path / name
        src.write_bytes(data)
        cp = subprocess.run([sys.executable, str(src)], capture_output=True)
        r = pyzc("run", str(src), "-o", str(tmp_path / "y"))
        assert r.returncode == 0, r.stderr
        assert r.stdout.encode() == cp.stdout
