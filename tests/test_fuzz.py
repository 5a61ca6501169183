"""The fuzzer's own parts: the generator is deterministic and writes valid programs, the reducer
shrinks a failure while it persists, the runner judges and summarises as `make fuzz` does."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import warnings

import pytest

from conftest import TESTS_DIR

sys.path.insert(0, os.path.join(TESTS_DIR, "fuzz"))

from fuzz_gen import generate  # noqa: E402
from fuzz_reduce import reduce  # noqa: E402
import fuzz_run  # noqa: E402

from compiler.driver import compile_to_c  # noqa: E402


def test_generator_is_deterministic_per_seed():
    assert generate(7) == generate(7)
    assert generate(7) != generate(8)
    assert len({generate(s) for s in range(20)}) == 20


# what the generator must keep producing: name -> a text that shows the feature in a program
FEATURES = {
    "a class hierarchy": "class K1(K",
    "fields": "self.n = n",
    "overriding with super()": "= super().m",
    "super().__init__": "super().__init__(",
    "__str__": "def __str__(self)",
    "__repr__": "def __repr__(self)",
    "__eq__": "def __eq__(self, other)",
    "__lt__": "def __lt__(self, other)",
    "__add__": "def __add__(self, other)",
    "a list of objects": "lk0_",
    "a dict of objects": "dk0_",
    "isinstance": "isinstance(",
    "user exception classes": "class FuzzError1(FuzzError0)",
    "raising one": "raise FuzzError",
    "a method that raises": ".check(",
    "catching by base class": "except FuzzError0 as e",
    "exception fields": "e.code",
    "e.args": "e.args",
    "key= lambdas": "key=lambda q:",
    "list.sort(key=)": ".sort(key=",
    "min/max(key=)": ", key=lambda q",
    "closures": "def cl",
    "nonlocal": "nonlocal n",
}


def test_generator_covers_the_object_features():
    programs = [generate(s) for s in range(80)]
    for name, text in FEATURES.items():
        n = sum(text in p for p in programs)
        assert n >= 3, f"{name} ({text!r}) is in only {n} of 80 programs"


@pytest.mark.parametrize("chunk", range(4))
def test_generated_programs_are_python_that_pyzc_accepts(chunk):
    """CPython runs them (only errors raised on purpose), and pyzc's front half compiles them."""
    for s in range(chunk * 10, chunk * 10 + 10):
        src = generate(s)
        r = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True, timeout=60)
        last = r.stderr.strip().splitlines()[-1] if r.stderr.strip() else ""
        assert r.returncode == 0 or last.startswith(fuzz_run.INTENDED), f"seed {s}: {last}"
        assert r.stdout.count("\n") >= 3, f"seed {s} prints too little to show a miscompilation"
        compile_to_c(f"fuzz_{s}.py", text=src)


def run_python(text: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            exec(compile(text, "<candidate>", "exec"), {})
        except Exception:  # noqa: BLE001 - a broken candidate simply does not fail the same way
            return "<error>"
    return out.getvalue()


def test_reducer_shrinks_a_synthetic_failure():
    """'The bug' is printing 42: everything else of a 60-odd line program goes."""
    source = generate(3) + "\n\ndef culprit(a, b):\n    x = a * b\n    return x\n\n\nprint(culprit(6, 7) + 0)\n"
    def fails(text):
        return "42\n" in run_python(text)
    assert fails(source)
    small = reduce(source, fails, max_tries=3000, max_seconds=120)
    assert fails(small)
    assert small.count("\n") <= 5, small
    assert len(small) < len(source) // 10


def test_runner_judges_and_summarises(tmp_path, capsys):
    out = fuzz_run.judge("def g():\n    yield 1\nprint(1)\n", str(tmp_path), "gen")
    assert out.kind == "compile error" and "generators" in out.signature
    assert fuzz_run.judge("print(1 // 0)\n", str(tmp_path), "zde").kind == "match"
    assert fuzz_run.judge("print(undefined)\n", str(tmp_path), "bad").kind == "invalid"
    assert os.listdir(tmp_path) == []  # nothing left behind
    assert fuzz_run.main(["-n", "2", "--seed", "5", "-j", "1"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "2 programs: 2 match, 0 mismatch, 0 compile errors"
