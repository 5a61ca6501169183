"""Hybrid mode (pyzc build --module): CPython imports a compiled module and calls it.

tests/hybrid/kernels.py is built into a package and imported, and the same file is loaded as
plain Python.  Hypothesis calls every exported function through both with the same arguments
(ints at and past the 64-bit edges, floats with nan, inf and -0.0, empty and large lists,
unicode strings) and the outcomes must agree: the same result (compared by repr, so nan and
-0.0 count), or the same exception class and message.  The one allowed difference is pyzc's
int64_t at the boundary: where an argument or a result leaves 64 bits, the compiled call raises OverflowError
(inside, ints have no limit).
Wrong argument types must give TypeError, and neither may crash the process.

The wrapper needs cffi in the Python that imports it; without it the tests that import are skipped.
PYZC_HYBRID_SANITIZE=address,undefined builds the library with gcc and those sanitizers
(`make test-asan` runs these tests so, in a CPython started with libasan preloaded).
"""

from __future__ import annotations

import glob
import importlib
import importlib.util
import os
import subprocess
import sys
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT, TESTS_DIR

from pyzc.diagnostics import CompileError
from pyzc.driver import build_module

HYBRID_DIR = os.path.join(TESTS_DIR, "hybrid")
INT_MIN, INT_MAX = -(1 << 63), (1 << 63) - 1
SANITIZE = os.environ.get("PYZC_HYBRID_SANITIZE") or None
SETTINGS = settings(max_examples=int(os.environ.get("PYZC_HYBRID_EXAMPLES", "60")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def build(tmp: str, name: str, source: str | None = None):
    """Build tests/hybrid/<name>.py (or source) into tmp/<name>/ and import it from there."""
    pytest.importorskip("cffi", reason="hybrid modules are loaded through cffi; pip install cffi")
    build_module(source or os.path.join(HYBRID_DIR, name + ".py"), tmp, cc="gcc" if SANITIZE else None,
                 sanitize=SANITIZE, profile="debug" if SANITIZE else "release")
    sys.path.insert(0, tmp)
    try:
        sys.modules.pop(name, None)
        return importlib.import_module(name)
    finally:
        sys.path.remove(tmp)


def load_source(name: str):
    spec = importlib.util.spec_from_file_location(f"{name}_as_python", os.path.join(HYBRID_DIR, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def kernels(tmp_path_factory):
    return build(str(tmp_path_factory.mktemp("hybrid")), "kernels"), load_source("kernels")


def outcome(f, *args):
    try:
        return ("returned", repr(f(*args)))
    except Exception as e:  # noqa: BLE001 - any exception is an outcome to compare
        return ("raised", type(e).__name__, str(e))


def beyond_64_bits(value) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return not INT_MIN <= value <= INT_MAX
    if isinstance(value, (list, tuple)):
        return any(beyond_64_bits(v) for v in value)
    if isinstance(value, dict):
        return any(beyond_64_bits(k) or beyond_64_bits(v) for k, v in value.items())
    return False


def same(kernels, name: str, *args, overflows: bool = False):
    """The compiled and the Python function agree on args.  overflows: Python's computation leaves 64
    bits on the way (the compiled one may raise OverflowError even if the result fits)."""
    compiled, python = kernels
    got = outcome(getattr(compiled, name), *args)
    want = outcome(getattr(python, name), *args)
    if got[:2] == ("raised", "OverflowError"):
        result = getattr(python, name)(*args) if want[0] == "returned" else None
        assert overflows or beyond_64_bits(args) or beyond_64_bits(result), (name, args, got, want)
        return
    assert got == want, (name, args)


ints = st.one_of(st.integers(INT_MIN, INT_MAX), st.sampled_from([0, 1, -1, INT_MIN, INT_MAX, INT_MIN + 1, INT_MAX - 1]),
                 st.integers(-(1 << 70), 1 << 70))
floats = st.one_of(st.floats(allow_nan=True, allow_infinity=True),
                   st.sampled_from([0.0, -0.0, float("nan"), float("inf"), float("-inf"), 5e-324, 1.7976931348623157e308]))
texts = st.one_of(st.text(), st.text(alphabet="abc xé€😀\n\t"), st.sampled_from(["", "ß", "ﬁ", "İ", "\ud800", "a\udcffb"]))


@SETTINGS
@given(ints, ints)
def test_int_arithmetic(kernels, a, b):
    for name in ("add", "mul", "floordiv", "mod"):
        same(kernels, name, a, b)


@SETTINGS
@given(st.integers(-5, 120))
def test_loop_to_the_edge(kernels, n):
    same(kernels, "fib", n, overflows=n >= 92)  # fib(93) leaves 64 bits, and the loop computes one ahead


@SETTINGS
@given(floats, floats)
def test_floats(kernels, x, y):
    for name in ("fdiv", "fmix", "fcompare"):
        same(kernels, name, x, y)


@SETTINGS
@given(texts, st.integers(-5, 5))
def test_strings(kernels, s, i):
    for name in ("shout", "length", "middle", "rev", "split_words"):
        same(kernels, name, s)
    same(kernels, "char_at", s, i)


@SETTINGS
@given(st.lists(st.integers(INT_MIN, INT_MAX), max_size=50), st.integers(INT_MIN, INT_MAX))
def test_int_lists(kernels, xs, x):
    prefix = [sum(xs[:i + 1]) for i in range(len(xs))]  # total's running sum, which may leave 64 bits on the way
    same(kernels, "total", xs, overflows=beyond_64_bits(prefix))
    for name in ("sorted_copy", "first", "minmax", "pairs"):
        same(kernels, name, xs)
    same(kernels, "find", xs, x)
    if xs:
        same(kernels, "find", xs, xs[-1])


@SETTINGS
@given(st.lists(floats, max_size=50))
def test_float_lists(kernels, xs):
    same(kernels, "fsum", xs)
    same(kernels, "doubled", xs)


@SETTINGS
@given(st.lists(texts, max_size=20), texts)
def test_str_lists_and_dicts(kernels, words, key):
    same(kernels, "join_words", words)
    same(kernels, "counts", words)
    same(kernels, "lookup", {w: i for i, w in enumerate(words)}, key)
    if words:
        same(kernels, "lookup", {w: i for i, w in enumerate(words)}, words[0])


@SETTINGS
@given(ints, texts, floats, st.booleans())
def test_mixed(kernels, n, s, r, ok):
    same(kernels, "describe", n, s, r, ok)
    same(kernels, "swap", (n, s))
    same(kernels, "negate", ok)
    same(kernels, "nothing", n)
    same(kernels, "check", n)
    same(kernels, "scaled", n)
    same(kernels, "scaled", n, 2)
    same(kernels, "helper_caller", n)  # typed by the module's own call
    same(kernels, "two_args", n)
    same(kernels, "_error", n)


@SETTINGS
@given(st.integers(-2, 12), st.integers(-2, 12), st.lists(st.lists(floats, min_size=3, max_size=3), max_size=5),
       st.dictionaries(st.integers(INT_MIN, INT_MAX), st.sampled_from(["a", "b", "é", ""]), max_size=20))
def test_nested_containers(kernels, rows, cols, g, d):
    same(kernels, "grid", rows, cols)
    same(kernels, "transpose", g)
    same(kernels, "invert", d)


def test_large_lists(kernels):
    xs = list(range(-50_000, 50_000))
    same(kernels, "total", xs)
    same(kernels, "sorted_copy", xs[::-1])
    same(kernels, "doubled", [x / 7 for x in xs])
    same(kernels, "pairs", xs[:10_000])


# ---- the boundary's checks
WRONG = {"int": ["1", 1.5, None, [1], b"1"], "float": ["1.0", None, [1.0]], "bool": [1, 0, None, "True"],
         "str": [1, b"x", None, ["a"]], "list[int]": [(1, 2), [1.5], ["a"], None, {1: 2}, [[1]]],
         "list[float]": [(1.0,), ["a"], None], "list[str]": [("a",), [1], None, "abc"],
         "dict[str, int]": [[("a", 1)], {1: 1}, {"a": "b"}, None], "tuple[int, str]": [(1,), (1, 2), [1, "a"], None]}
SIGNATURES = {"add": ["int", "int"], "fdiv": ["float", "float"], "negate": ["bool"], "shout": ["str"],
              "total": ["list[int]"], "fsum": ["list[float]"], "join_words": ["list[str]"],
              "lookup": ["dict[str, int]", "str"], "swap": ["tuple[int, str]"], "char_at": ["str", "int"]}
GOOD = {"int": 1, "float": 1.0, "bool": True, "str": "a", "list[int]": [1], "list[float]": [1.0], "list[str]": ["a"],
        "dict[str, int]": {"a": 1}, "tuple[int, str]": (1, "a")}


@pytest.mark.parametrize("name", sorted(SIGNATURES))
def test_wrong_types_raise_type_error(kernels, name):
    compiled, _ = kernels
    params = SIGNATURES[name]
    for i, kind in enumerate(params):
        for bad in WRONG[kind]:
            args = [GOOD[k] for k in params]
            args[i] = bad
            with pytest.raises(TypeError, match=rf"^{name}\(\) argument '\w+' must be "):
                getattr(compiled, name)(*args)


def test_ints_outside_64_bits_raise_overflow_error(kernels):
    compiled, _ = kernels
    for bad in (1 << 63, -(1 << 63) - 1, 1 << 100):
        with pytest.raises(OverflowError):
            compiled.add(bad, 1)
        with pytest.raises(OverflowError):
            compiled.total([1, bad])
    assert compiled.add(True, 2) == 3  # a bool is an int, as in Python
    # inside, ints have no limit; a result past int64 is OverflowError at the boundary, and nothing is left over
    assert compiled.total([2**62, 2**62, -(2**62)]) == 2**62
    assert compiled.mul(-(2**31), 2**32) == -(2**63)
    with pytest.raises(OverflowError, match="too large to convert to C int64_t"):
        compiled.squares_past_64_bits([3, 70000])
    assert compiled.squares_past_64_bits([3, 5]) == [(3, 81), (5, 625)] and compiled.total([5]) == 5

    class Index:  # as numpy's integers: not an int, but has __index__
        def __index__(self):
            return 7
    assert compiled.add(Index(), 1) == 8


def test_floats_take_ints(kernels):
    compiled, _ = kernels
    assert compiled.fdiv(1, 4) == 0.25


def test_exceptions_keep_class_message_and_frames(kernels):
    compiled, python = kernels
    with pytest.raises(ZeroDivisionError, match="^integer division or modulo by zero$") as info:
        compiled.floordiv(1, 0)
    frames = [(f.name, f.filename, f.lineno) for f in __import__("traceback").extract_tb(info.tb)]
    source = os.path.join(HYBRID_DIR, "kernels.py")
    with open(source) as f:
        line = f.read().splitlines().index("    return a // b") + 1
    assert ("floordiv", source, line) in frames
    with pytest.raises(KeyError) as info:
        compiled.lookup({"a": 1}, "b")
    assert info.value.args == ("b",)
    assert issubclass(compiled.Rejected, ValueError)  # made at import, before any is raised
    with pytest.raises(ValueError, match="^too big: 101$") as info:
        compiled.check(101)
    assert type(info.value).__name__ == "Rejected" and compiled.Rejected is type(info.value)
    with pytest.raises(compiled.Rejected):
        compiled.check(1000)


def test_exception_arguments(kernels):
    compiled, python = kernels
    with pytest.raises(ValueError) as info:
        compiled.two_args(-3)
    assert info.value.args == ("negative", -3)
    with pytest.raises(SystemExit) as info:
        compiled.leave(3)
    assert info.value.code == 3


def test_deep_recursion_is_a_recursion_error(kernels):
    compiled, _ = kernels
    assert compiled.recurse(1000) == 1000
    with pytest.raises(RecursionError):
        compiled.recurse(10**8)
    assert compiled.recurse(10) == 10  # and the runtime is usable afterwards


def test_memory_is_collected_between_calls(kernels):
    """Each call allocates a few MB that nothing keeps: the collector frees it, so 150 calls stay bounded
    (without collection they would take over 300 MB)."""
    import resource
    compiled, python = kernels
    assert compiled.churn(30_000) == python.churn(30_000)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _ in range(150):
        compiled.churn(30_000)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 100, f"peak memory grew by {grown_mb:.0f} MB over 150 calls"


def test_threads(kernels):
    compiled, python = kernels
    errors = []

    def work(k):
        try:
            for i in range(300):
                xs = list(range(i + k))
                assert compiled.total(xs) == sum(xs)
                assert compiled.split_words(f"a b {i}") == ["a", "b", str(i)]
                assert compiled.counts(["x"] * k) == ({"x": k} if k else {})
            with pytest.raises(RecursionError):  # a thread's own, smaller stack
                compiled.recurse(10**8)
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors


def test_import_raises_the_module_body_exception(tmp_path):
    with pytest.raises(KeyError) as info:
        build(str(tmp_path), "raises_at_import")
    assert info.value.args == ("b",)


def test_functions_without_known_types_are_left_out(tmp_path):
    result = build_module(os.path.join(HYBRID_DIR, "untyped.py"), str(tmp_path))
    assert result.not_exported == [("never_called", "the module never calls it, so its parameter types are not "
                                                     "known: annotate its parameters")]


def test_a_refused_module_writes_nothing(tmp_path):
    with pytest.raises(CompileError):
        build_module(os.path.join(HYBRID_DIR, "broken.py"), str(tmp_path))
    assert not os.path.exists(tmp_path / "broken")


def test_cli_writes_the_package_or_nothing(tmp_path):
    ok = subprocess.run([sys.executable, "-m", "pyzc", "build", "--module", os.path.join(HYBRID_DIR, "state.py"),
                         "-o", str(tmp_path)], cwd=ROOT, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    written = set(os.listdir(tmp_path / "state")) - {"_pyzc_state_ffi.py"}  # that one where cffi is installed here
    assert written == {".pyzc-module", "__init__.py", "_pyzc_state.c", "_pyzc_state.so"}
    again = subprocess.run([sys.executable, "-m", "pyzc", "build", "--module", "-q", os.path.join(HYBRID_DIR, "state.py"),
                            "-o", str(tmp_path)], cwd=ROOT, capture_output=True, text=True)
    assert again.returncode == 0 and again.stderr == "", again.stderr  # a package pyzc wrote may be replaced
    rel = subprocess.run([sys.executable, "-c", "import state; state.bump('x')"], cwd=tmp_path, capture_output=True, text=True)
    assert rel.stderr.splitlines()[-1] in ("TypeError: bump() argument 'by' must be int, not str",  # with cffi
                                           "ImportError: state was compiled by pyzc and is loaded through cffi, "
                                           "which this Python lacks: pip install cffi (No module named 'cffi')")
    zero = tmp_path / "zero.py"
    zero.write_text("def inv(x: int) -> int:\n    return 1 // x\n")
    built = subprocess.run([sys.executable, "-m", "pyzc", "build", "--module", "zero.py"], cwd=tmp_path,
                           capture_output=True, text=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(
                               [ROOT] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])})
    assert built.returncode == 0, built.stderr
    os.rename(tmp_path / "zero", tmp_path / "elsewhere")  # imported from another folder: the frames still find zero.py
    (tmp_path / "other").mkdir()
    shown = subprocess.run([sys.executable, "-c", "import elsewhere; elsewhere.inv(0)"], cwd=tmp_path / "other",
                           capture_output=True, text=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(
                               [str(tmp_path)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])})
    if "pip install cffi" not in shown.stderr:
        assert f'  File "{tmp_path / "zero.py"}", line 2, in inv\n    return 1 // x\n' in shown.stderr, shown.stderr
    noted = subprocess.run([sys.executable, "-m", "pyzc", "build", "--module", os.path.join(HYBRID_DIR, "untyped.py"),
                            "-o", str(tmp_path)], cwd=ROOT, capture_output=True, text=True)
    assert noted.returncode == 0, noted.stderr
    assert noted.stderr.splitlines()[0] == ("pyzc: note: never_called() is compiled for the module's own use, not for "
                                            "CPython: the module never calls it, so its parameter types are not known: "
                                            "annotate its parameters")
    refused = subprocess.run([sys.executable, "-m", "pyzc", "build", "--module", os.path.join(HYBRID_DIR, "broken.py"),
                              "-o", str(tmp_path)], cwd=ROOT, capture_output=True, text=True)
    assert refused.returncode == 1
    assert "broken.py:2:12: error:" in refused.stderr
    assert "Traceback" not in refused.stderr and not os.path.exists(tmp_path / "broken")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine.py").write_text("def f(x: int) -> int:\n    return x\n")
    clash = subprocess.run([sys.executable, "-m", "pyzc", "build", "--module", str(tmp_path / "mine.py")],
                           cwd=ROOT, capture_output=True, text=True)
    assert clash.returncode == 1 and "exists and was not written by pyzc build --module" in clash.stderr


def test_codecs_of_items_come_first(tmp_path):
    """A boundary type whose item type appears nowhere else: the item's codec is defined before its use."""
    source = tmp_path / "nested.py"
    source.write_text("def rows(n: int) -> list[list[int]]:\n    return [[i] * i for i in range(n)]\n\n\n"
                      "def flat(g: list[list[str]]) -> dict[str, list[tuple[int, str]]]:\n"
                      "    return {s: [(len(s), s)] for row in g for s in row}\n")
    compiled = build(str(tmp_path / "out"), "nested", source=str(source))
    assert compiled.rows(3) == [[], [1], [2, 2]]
    assert compiled.flat([["a", "bc"], []]) == {"a": [(1, "a")], "bc": [(2, "bc")]}


def test_functions_cpython_cannot_call_are_left_out(tmp_path):
    """Compiled for the module's own use; calling one from CPython is a TypeError that says why."""
    source = tmp_path / "helpers.py"
    source.write_text("def f(s: set[int]) -> int:\n    return len(s)\n\n\ndef g(*xs):\n    return 1\n\n\n"
                      "def twice(fn):\n    def inner(x):\n        return fn(fn(x))\n    return inner\n\n\n"
                      "@twice\ndef inc(x: int) -> int:\n    return x + 1\n\n\n"
                      "def use(x: int) -> int:\n    return inc(x) + f({x}) + g(x)\n")
    compiled = build(str(tmp_path / "out"), "helpers", source=str(source))
    assert compiled.use(5) == 9
    why = {"f": "parameter 's' is annotated 'set[int]', which cannot cross from CPython (int, float, bool, str, None, "
                "and lists, tuples and dicts of those can)",
           "g": "*args, keyword-only parameters and **kwargs cannot be called from CPython yet",
           "twice": "parameter 'fn' has type function, which cannot cross from CPython",
           "inc": "a decorated function cannot be called from CPython yet"}
    for name, reason in why.items():
        with pytest.raises(TypeError) as info:
            getattr(compiled, name)(1)
        assert str(info.value) == f"{name}() is compiled into helpers for its own use; CPython cannot call it: {reason}"


def test_state_persists_between_calls(tmp_path):
    compiled = build(str(tmp_path), "state")
    python = load_source("state")
    assert compiled.__name__ == "state" and compiled.history() == [] == python.history()  # __name__ is not "__main__"
    for _ in range(3):
        assert compiled.bump(2) == python.bump(2)
    assert compiled.history() == python.history()
    assert compiled.scaled_sum([1.5, 2.5], scale=2.0) == python.scaled_sum([1.5, 2.5], scale=2.0)
    assert compiled.scaled_sum(xs=[1.0]) == python.scaled_sum(xs=[1.0])
    with pytest.raises(TypeError):
        compiled.scaled_sum()
    for i in range(200):  # allocation across calls: the collector keeps what the globals hold
        compiled.remember("x" * (i % 50))
    assert compiled.remembered() == 200


def test_printed_output_goes_to_sys_stdout(tmp_path):
    import contextlib
    import io
    compiled = build(str(tmp_path), "state")
    python = load_source("state")
    got, want = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(got):
        compiled.say("héllo", 3)
    with contextlib.redirect_stdout(want):
        python.say("héllo", 3)
    assert got.getvalue() == want.getvalue() == "said héllo\n" * 3
    with contextlib.redirect_stdout(got), pytest.raises(ValueError, match="^no$"):
        compiled.say("then fail", -1)  # what it printed before raising comes out first
    assert got.getvalue().endswith("said then fail\n")
    # piped, Python's and the module's lines keep their order
    script = "import state\nprint('a')\nstate.say('b', 1)\nprint('c')\nstate.say('d', 2)\n"
    proc = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True)
    assert proc.stdout == "a\nsaid b\nc\nsaid d\nsaid d\n", proc.stderr


def test_declarations_parsed_at_import_without_cffi_at_build(tmp_path, monkeypatch):
    """Where pyzc's own Python has no cffi, the wrapper parses its declarations itself when imported."""
    import pyzc.driver
    monkeypatch.setattr(pyzc.driver, "ffi_module_text", lambda name, decls: None)
    compiled = build(str(tmp_path), "state")
    assert not os.path.exists(tmp_path / "state" / "_pyzc_state_ffi.py")
    assert compiled.bump(5) == 5 and compiled.scaled_sum([1.0, 2.0], 3.0) == 9.0


def test_entry_points_on_aarch64_under_qemu(tmp_path):
    """No CPython for aarch64 here: the module's C for aarch64 is called from a C harness instead
    (tests/hybrid/qemu_harness.c), built static and run under qemu-user, with a second thread."""
    import shutil
    from pyzc import toolchain
    from pyzc.driver import compile_c, compile_program
    qemu = shutil.which("qemu-aarch64")
    if qemu is None:
        pytest.skip("qemu-aarch64 is not installed (Debian package qemu-user)")
    c_text = compile_program(os.path.join(HYBRID_DIR, "state.py"), hybrid=True).c_text
    with open(os.path.join(HYBRID_DIR, "qemu_harness.c")) as f:
        c_file = tmp_path / "state_harness.c"
        c_file.write_text(c_text + f.read())
    exe = str(tmp_path / "state_harness")
    compile_c(toolchain.BuildRequest(str(c_file), exe, "aarch64-linux", "release"), {})
    proc = subprocess.run([qemu, exe], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["2", "5", "24 bytes: [2, 5] of 2", "1000 remembered", "attention 0"]


def other_pythons() -> list[tuple[str, dict]]:
    """Each CPython 3.10, 3.12 and 3.13 here that has cffi, with its environment (PYZC_HYBRID_PYTHONPATH,
    e.g. /tmp/site-{v}, gives each its own PYTHONPATH; else none)."""
    found = []
    for v in ("3.10", "3.12", "3.13"):
        env = {k: val for k, val in os.environ.items() if k != "PYTHONPATH"}
        if os.environ.get("PYZC_HYBRID_PYTHONPATH"):
            env["PYTHONPATH"] = os.environ["PYZC_HYBRID_PYTHONPATH"].replace("{v}", v)
        for candidate in [f"python{v}"] + sorted(glob.glob(os.path.expanduser(f"~/.pyenv/versions/{v}.*/bin/python"))):
            try:
                proc = subprocess.run([candidate, "-c", "import cffi"], capture_output=True, env=env)
            except OSError:
                continue
            if proc.returncode == 0:
                found.append((candidate, env))
                break
    return found


def test_other_pythons_import_the_same_library(kernels, tmp_path):
    """One library (cffi's ABI mode) serves every CPython: those installed here with cffi load it."""
    compiled, _ = kernels
    folder = os.path.dirname(os.path.dirname(compiled.__file__))
    pythons = other_pythons()
    if not pythons:
        pytest.skip("no CPython 3.10, 3.12 or 3.13 with cffi here")
    script = ("import kernels, sys\n"
              "print(kernels.add(2, 3), kernels.shout('é'), kernels.counts(['a', 'a']), kernels.fib(90))\n"
              "try:\n    kernels.floordiv(1, 0)\nexcept ZeroDivisionError as e:\n    print(e)\n")
    for py, env in pythons:
        proc = subprocess.run([py, "-c", script], capture_output=True, text=True, cwd=folder, env=env)
        assert proc.returncode == 0, (py, proc.stderr)
        assert proc.stdout.splitlines()[-2:] == ["5 É! {'a': 2} 2880067194370816120", "integer division or modulo by zero"], py
