"""Golden IR: tests/ir/*.test pin the IR of small programs, as mypyc's irbuild-*.test do.

A .test file holds cases:

    -- a comment line
    [case int_add_checks_overflow]
    def add(a, b):
        return a + b
    print(add(1, 2))
    [out]
    <the IR as `pyzc emit-ir` prints it (pyzc/ir/pprint.py)>

`[case NAME before-passes]` pins the IR as lowering made it; otherwise the IR
after the passes, which is what codegen sees.  The IR checker runs after
lowering and every pass for each case.  After a deliberate change to the IR,
`PYZC_UPDATE_GOLDEN=1 make test` (or `.venv/bin/pytest tests/test_ir_golden.py`
with it) rewrites every [out] section with what pyzc now prints; review the
diff before committing it.
"""

from __future__ import annotations

import difflib
import glob
import os
import re
from dataclasses import dataclass

import pytest

from pyzc.driver import lower_program
from pyzc.ir.pprint import format_module
from conftest import TESTS_DIR

IR_DIR = os.path.join(TESTS_DIR, "ir")
UPDATE = os.environ.get("PYZC_UPDATE_GOLDEN", "") not in ("", "0")
CASE = re.compile(r"^\[case ([A-Za-z0-9_]+)((?: [a-z-]+)*)\]$")
OPTIONS = {"before-passes"}


@dataclass
class Case:
    name: str
    options: set[str]
    program: str
    expected: str
    line: int  # where the case starts in its file


def parse_file(path: str) -> tuple[list[str], list[Case]]:
    """(the comment lines before the first case, the cases)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    preamble: list[str] = []
    cases: list[Case] = []
    i = 0
    while i < len(lines) and not lines[i].startswith("[case "):
        preamble.append(lines[i])
        i += 1
    while i < len(lines):
        m = CASE.match(lines[i])
        if m is None:
            raise ValueError(f"{path}:{i + 1}: expected [case NAME], found {lines[i]!r}")
        options = set(m.group(2).split())
        if options - OPTIONS:
            raise ValueError(f"{path}:{i + 1}: unknown option(s) {sorted(options - OPTIONS)}")
        start = i
        i += 1
        program: list[str] = []
        while i < len(lines) and lines[i] != "[out]":
            if lines[i].startswith("[case "):
                raise ValueError(f"{path}:{i + 1}: case {m.group(1)} has no [out] section")
            program.append(lines[i])
            i += 1
        i += 1
        out: list[str] = []
        while i < len(lines) and not lines[i].startswith("[case "):
            out.append(lines[i])
            i += 1
        cases.append(Case(m.group(1), options, "\n".join(program).strip("\n") + "\n",
                          "\n".join(out).strip("\n") + "\n", start + 1))
    return preamble, cases


def actual_ir(case: Case) -> str:
    lowered = lower_program(f"{case.name}.py", text=case.program, passes="before-passes" not in case.options,
                            check=True)
    return format_module(lowered.ir).strip("\n") + "\n"


def render_file(preamble: list[str], cases: list[Case], outputs: dict[str, str]) -> str:
    parts = ["\n".join(preamble).rstrip("\n") + "\n\n" if any(line.strip() for line in preamble) else ""]
    for c in cases:
        head = f"[case {c.name}{''.join(' ' + o for o in sorted(c.options))}]"
        parts.append(f"{head}\n{c.program}[out]\n{outputs[c.name]}\n")
    return "".join(parts).rstrip("\n") + "\n"


FILES = sorted(glob.glob(os.path.join(IR_DIR, "*.test")))


def test_there_are_golden_files():
    assert len(FILES) >= 5, FILES
    names = [c.name for f in FILES for c in parse_file(f)[1]]
    assert len(names) >= 12, names
    assert len(names) == len(set(names)), "case names must be unique (they name the program in messages)"


@pytest.mark.parametrize("path", FILES, ids=[os.path.basename(f) for f in FILES])
def test_golden_ir(path):
    preamble, cases = parse_file(path)
    outputs = {c.name: actual_ir(c) for c in cases}
    if UPDATE:
        text = render_file(preamble, cases, outputs)
        with open(path, encoding="utf-8") as f:
            old = f.read()
        if text != old:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        return
    failures = []
    for c in cases:
        if outputs[c.name] != c.expected:
            diff = difflib.unified_diff(c.expected.splitlines(), outputs[c.name].splitlines(),
                                        f"expected ({os.path.basename(path)}:{c.line})", "actual", lineterm="")
            failures.append(f"[case {c.name}]\n" + "\n".join(diff))
    assert not failures, ("IR differs from the golden file (PYZC_UPDATE_GOLDEN=1 rewrites it):\n\n"
                          + "\n\n".join(failures))


def test_golden_file_round_trip(tmp_path):
    """The updater writes back what the parser reads: a case's program and output survive a rewrite."""
    path = tmp_path / "x.test"
    path.write_text("-- comment\n\n[case a]\nprint(1)\n[out]\nold\n[case b before-passes]\nx = 2\n\n[out]\nold b\n")
    preamble, cases = parse_file(str(path))
    assert preamble == ["-- comment", ""]
    assert [(c.name, c.options, c.program, c.expected) for c in cases] == [
        ("a", set(), "print(1)\n", "old\n"), ("b", {"before-passes"}, "x = 2\n", "old b\n")]
    text = render_file(preamble, cases, {"a": "new a\n", "b": "new b\n"})
    path.write_text(text)
    _, again = parse_file(str(path))
    assert [(c.name, c.options, c.program, c.expected) for c in again] == [
        ("a", set(), "print(1)\n", "new a\n"), ("b", {"before-passes"}, "x = 2\n", "new b\n")]
