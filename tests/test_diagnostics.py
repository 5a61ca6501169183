"""Refusals and type conflicts: the expected `file:line:col: error:` line, exit status 1, no traceback.

Each tests/diagnostics/*.py states its expected first line of output in its
first line: `# expect: LINE:COL: error: message`.
"""

from __future__ import annotations

import glob
import os
import subprocess
import sys

import pytest

from conftest import ROOT, TESTS_DIR

CASES = sorted(glob.glob(os.path.join(TESTS_DIR, "diagnostics", "*.py")))


def pyzc(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "pyzc", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": ROOT})


@pytest.mark.parametrize("path", CASES, ids=lambda p: os.path.basename(p)[:-3])
def test_diagnostic(path, tmp_path):
    with open(path) as f:
        first = f.readline()
    assert first.startswith("# expect: "), "each case states its expected diagnostic"
    expect = first[len("# expect: "):].rstrip("\n")
    rel = os.path.relpath(path, ROOT)
    out = tmp_path / "prog"
    r = pyzc("build", rel, "-o", str(out))
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert lines[0] == f"{rel}:{expect}"
    assert "Traceback" not in r.stderr
    # the source line and a caret under the column follow
    line_no, col = (int(x) for x in expect.split(":")[:2])
    with open(path) as f:
        src = f.read().splitlines()[line_no - 1]
    assert lines[1] == "    " + src
    assert lines[2] == "    " + " " * (col - 1) + "^"
    assert not out.exists()


def errors_of(stderr: str) -> list[str]:
    """The `file:line:col: error: message` lines of pyzc's output."""
    return [line for line in stderr.splitlines() if ": error: " in line and not line.startswith(" ")]


def test_every_refusal_of_a_file_in_source_order(tmp_path):
    """Three unsupported constructs: three errors in one run, in source order, each with its line and caret."""
    src = tmp_path / "app.py"
    src.write_text("total = lambda **xs: 0\n\n\n\nfor first, *rest in [[1]]: pass\nprint(2j + 1)\n")
    r = pyzc("build", str(src), "-o", str(tmp_path / "app"))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    lines = r.stderr.splitlines()
    assert lines == [
        f"{src}:1:18: error: **kwargs parameters of a lambda are not supported yet",
        "    total = lambda **xs: 0",
        "                     ^",
        f"{src}:5:12: error: assignments to starred targets are not supported yet",
        "    for first, *rest in [[1]]: pass",
        "               ^",
        f"{src}:6:7: error: complex numbers are not supported yet",
        "    print(2j + 1)",
        "          ^",
        "3 errors",
    ]
    assert not (tmp_path / "app").exists()


def test_every_unknown_name_in_one_run(tmp_path):
    """The run-time-only builtins, builtins pyzc lacks and undefined names, met in different
    functions, are all reported, in source order, and never as "not defined" when Python defines them."""
    src = tmp_path / "app.py"
    src.write_text("def run(code):\n    exec(code)\n    return locals()\n\n\n"
                   "def load(name):\n    return __import__(name)\n\n\n"
                   "run('x = 1')\nload('math')\nprint(compile('1', 'f', 'eval'), frozenset(run), undefined_name)\n")
    r = pyzc("build", str(src), "-o", str(tmp_path / "app"))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    aot = "is not supported: pyzc compiles a program ahead of time"
    errors = errors_of(r.stderr)
    assert [e.split(": error: ")[0] for e in errors] == [f"{src}:{at}" for at in ("2:5", "3:12", "7:12", "12:7", "12:34", "12:50")]
    messages = [e.split(": error: ")[1] for e in errors]
    assert messages[0].startswith(f"exec() {aot}")
    assert messages[1].startswith(f"locals() {aot}")
    assert messages[2].startswith(f"__import__() {aot}")
    assert messages[3].startswith(f"compile() {aot}")
    assert messages[4] == "builtin 'frozenset' is not supported yet"
    assert messages[5] == "name 'undefined_name' is not defined"
    assert r.stderr.splitlines()[-1] == "6 errors"


def test_every_refused_statement_in_one_run(tmp_path):
    """Refusals found by type inference, in the module body and in functions, are all reported in one
    run, in source order; a statement that reads a name a refused statement gives is left out (its
    refusal could follow from the first)."""
    src = tmp_path / "app.py"
    src.write_text("xs = [1, 2]\nprint(xs.frobnicate())\n\n\ndef f(a):\n    return a.nope\n\n\n"
                   "print(f(3))\nbad = xs.shuffle()\nprint(bad.more())\nprint(abs(*xs))\n")
    r = pyzc("build", str(src), "-o", str(tmp_path / "app"))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    errors = errors_of(r.stderr)
    assert errors == [f"{src}:2:7: error: 'list' object has no attribute 'frobnicate'",
                      f"{src}:6:12: error: 'int' object has no attribute 'nope'",
                      f"{src}:10:7: error: 'list' object has no attribute 'shuffle'",
                      f"{src}:12:7: error: starred arguments are not supported yet"]
    assert r.stderr.splitlines()[-1] == "4 errors"
    assert not (tmp_path / "app").exists()


def test_errors_of_an_imported_module_follow_the_main_file(tmp_path):
    """Errors of the main file come first, then those of the module it imports, each named by its file."""
    (tmp_path / "helper.py").write_text("g = lambda **kw: 0\ndef f():\n    return 1\n")
    src = tmp_path / "app.py"
    src.write_text("import helper\n\nprint(helper.f(), 2j + 3)\n")
    r = pyzc("build", str(src), "-o", str(tmp_path / "app"))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert [e.split(": error: ")[0] for e in errors_of(r.stderr)] == [f"{src}:3:19", f"{tmp_path / 'helper.py'}:1:14"]


def test_error_limit(tmp_path):
    """Past ERROR_LIMIT errors, one closing note says how many more there were."""
    src = tmp_path / "app.py"
    src.write_text("".join(f"print({i} @ {i})\n" for i in range(25)))
    r = pyzc("build", str(src), "-o", str(tmp_path / "app"))
    assert r.returncode == 1
    errors = errors_of(r.stderr)
    assert len(errors) == 20 and errors[-1].startswith(f"{src}:20:7: error: ")
    assert r.stderr.splitlines()[-1] == "pyzc: note: 5 more errors not shown (25 in all; pyzc shows the first 20)"


def test_type_conflict_names_both_places(tmp_path):
    src = tmp_path / "app.py"
    # (a str and an int that no read sees together are two variables: types/split_vars.py; here `while n` reads both)
    src.write_text("n = 1\nwhile n:\n    n = 'one'\n")
    r = pyzc("build", str(src), "-o", str(tmp_path / "app"))
    assert r.returncode == 1
    assert r.stderr.splitlines()[0].startswith(f"{src}:3:5: error: variable 'n' is int but is assigned a str here")
    assert r.stderr.splitlines()[3] == f"{src}:1:1: note: 'n' was given type int here"


COLOR_SOURCE = "x = 1\nfor i in range(2):\n    print(x)\n    x = 'one'\n"  # the print sees both types
BOLD, RED, CYAN, GREEN, RESET = "\033[1m", "\033[1;31m", "\033[1;36m", "\033[1;32m", "\033[0m"


def colored_expected(src) -> str:
    return (f"{BOLD}{src}:4:5:{RESET} {RED}error:{RESET} variable 'x' is int but is assigned a str here; "
            f"a variable must keep one type\n"
            f"        x = 'one'\n"
            f"        {GREEN}^{RESET}\n"
            f"{BOLD}{src}:1:1:{RESET} {CYAN}note:{RESET} 'x' was given type int here\n")


@pytest.mark.parametrize("command", ["build", "run", "emit-c", "emit-ir"])
def test_color_always(tmp_path, command):
    src = tmp_path / "app.py"
    src.write_text(COLOR_SOURCE)
    r = pyzc(command, "--color=always", str(src))
    assert r.returncode == 1
    assert r.stderr == colored_expected(src)


def test_color_never_and_a_pipe_are_plain(tmp_path):
    src = tmp_path / "app.py"
    src.write_text(COLOR_SOURCE)
    for args in (["--color=never"], ["--color=auto"], []):
        r = pyzc("build", *args, str(src))
        assert r.returncode == 1 and "\033[" not in r.stderr
        assert r.stderr.splitlines()[0].startswith(f"{src}:4:5: error: ")


def stderr_on_a_terminal(args, env) -> str:
    """pyzc's stderr when it is a terminal (a pseudo-terminal)."""
    import pty
    leader, follower = pty.openpty()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "pyzc", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=follower, env={**os.environ, "PYTHONPATH": ROOT, "TERM": "xterm", **env})
        os.close(follower)
        chunks = []
        while True:
            try:
                data = os.read(leader, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        assert proc.wait() == 1
    finally:
        os.close(leader)
    return b"".join(chunks).decode().replace("\r\n", "\n")


def test_color_on_a_terminal_unless_no_color(tmp_path):
    src = tmp_path / "app.py"
    src.write_text(COLOR_SOURCE)
    assert stderr_on_a_terminal(["build", str(src)], {"NO_COLOR": ""}) == colored_expected(src)
    plain = stderr_on_a_terminal(["build", str(src)], {"NO_COLOR": "1"})
    assert "\033[" not in plain and plain.startswith(f"{src}:4:5: error: ")
    assert "\033[" not in stderr_on_a_terminal(["build", "--color=never", str(src)], {"NO_COLOR": ""})
    # --color=always is the user's explicit choice: it wins over NO_COLOR, as no-color.org asks
    assert stderr_on_a_terminal(["build", "--color=always", str(src)], {"NO_COLOR": "1"}) == colored_expected(src)


def test_the_walk_goes_on_past_a_refusal_without_crashing(tmp_path):
    """After refusing `x: int` the walk still visits its (absent) value; an async comprehension
    (whose node has no position) is placed at its target, not at 1:1 where it would hide."""
    src = tmp_path / "app.py"
    src.write_text("import tkinter\nx: int\n\n\ndef f(g):\n    return [y async for y in g]\n")
    r = pyzc("build", str(src), "-o", str(tmp_path / "app"))
    assert r.returncode == 1 and "internal compiler error" not in r.stderr
    assert errors_of(r.stderr) == [
        f"{src}:1:1: error: the standard module 'tkinter' is not supported yet (`pyzc modules` lists the modules pyzc provides)",
        f"{src}:2:1: error: annotations without a value are not supported yet",
        f"{src}:6:25: error: async comprehensions are not supported yet",
    ]


def test_name_resolution_goes_on_after_a_redefinition(tmp_path):
    src = tmp_path / "app.py"
    src.write_text("def f(x):\n    return x\n\n\ndef f(y):\n    return y\n\n\nif True:\n    def h():\n        pass\nf = 3\n")
    r = pyzc("build", str(src), "-o", str(tmp_path / "app"))
    assert r.returncode == 1
    assert errors_of(r.stderr) == [
        f"{src}:5:1: error: 'f' is defined twice (redefinition is not supported yet)",
        f"{src}:10:5: error: function definitions inside statements are not supported yet",
        f"{src}:12:1: error: 'f' is a function; assigning to it is not supported",
    ]


def test_run_time_only_builtins_reported_with_an_unknown_module(tmp_path):
    """An unknown module stops the front end before inference, which is where eval() and the other
    unknown names are found: the front end reports eval() too, so one run shows both, in source order."""
    src = tmp_path / "app.py"
    src.write_text("x = eval('1')\nimport importlib\n\n\ndef f(y):\n    return y\n\n\nprint(globals(), x)\n")
    r = pyzc("build", str(src), "-o", str(tmp_path / "app"))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    errors = errors_of(r.stderr)
    assert [e.split(": error: ")[0] for e in errors] == [f"{src}:1:5", f"{src}:2:1", f"{src}:9:7"]
    assert errors[0].split(": error: ")[1].startswith("eval() is not supported")
    assert errors[1].split(": error: ")[1].startswith("importlib is not supported")
    assert errors[2].split(": error: ")[1].startswith("globals() is not supported")
