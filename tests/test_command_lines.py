"""Programs run with many command lines: tests/command_lines/NAME.py and NAME.argv.

A command-line tool's behaviour is mostly in what it does with each command line: its
--help, its usage errors, its exit status.  Each line of NAME.argv is one command line
(split as a shell splits it; `COLUMNS=N` first sets the width help is laid out for,
else 80); the program is built once and run with each, and CPython with each.  stdout, the exit status and the whole of stderr must be CPython's (an error
exit of status 1, a traceback, compares its last line only, as tests/test_programs.py).
The binary is named NAME.py, so that a program's name (argparse's prog, from
sys.argv[0]) is CPython's; $COLUMNS is set to 80 for both, so that help is laid out for
one width whatever the terminal.
"""

from __future__ import annotations

import os
import shlex
import subprocess

import pytest

from pyzc.driver import build
from conftest import REFERENCE_PYTHON, TESTS_DIR, last_line

HERE = os.path.join(TESTS_DIR, "command_lines")
PROGRAMS = sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".py"))


def command_lines(name: str) -> list[list[str]]:
    with open(os.path.join(HERE, name + ".argv")) as f:
        return [shlex.split(line) for line in f if line.strip() and not line.startswith("#")]


def run(cmd: list[str], columns: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, COLUMNS=columns)
    return subprocess.run(cmd, cwd=HERE, capture_output=True, timeout=60, env=env, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("name", PROGRAMS)
def test_command_lines(name, tmp_path):
    exe = str(tmp_path / (name + ".py"))
    build(os.path.join(HERE, name + ".py"), exe, build_dir=str(tmp_path / "c"))
    for argv in command_lines(name):
        columns = "80"
        if argv and argv[0].startswith("COLUMNS="):
            columns = argv.pop(0).split("=", 1)[1]
        want = run([REFERENCE_PYTHON, name + ".py", *argv], columns)
        got = run([exe, *argv], columns)
        where = f"COLUMNS={columns} {name}.py {shlex.join(argv)}"
        assert got.stdout.decode() == want.stdout.decode(), where
        assert got.returncode == want.returncode, where + "\n" + got.stderr.decode()
        if want.returncode == 1:
            assert last_line(got.stderr) == last_line(want.stderr), where
        else:
            assert got.stderr.decode() == want.stderr.decode(), where
