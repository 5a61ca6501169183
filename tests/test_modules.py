"""A program over several files: the user's own modules and pyzc's Python library.

tests/programs/modules/ and tests/programs/stdlib/ hold programs compared with CPython;
here are the cases those cannot hold: modules written into a temporary folder, the
diagnostics an import can give (each names the file and line it is in), and what the
linker promises (a module's body runs once, where it is first imported; a runtime error
inside a module names the module's file in the traceback).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import ROOT


def write(folder, files: dict[str, str]):
    for name, text in files.items():
        with open(os.path.join(folder, name), "w") as f:
            f.write(text)


def pyzc_build(folder, main="app.py"):
    # -P: the folder is not put on sys.path, so a random.py there is not the one pyzc itself imports
    return subprocess.run([sys.executable, "-P", "-m", "pyzc", "build", main, "-o", "app", "--build-dir", "b"],
                          cwd=folder, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": ROOT})


def run_both(folder, main="app.py"):
    want = subprocess.run([sys.executable, main], cwd=folder, capture_output=True, text=True)
    r = pyzc_build(folder, main)
    assert r.returncode == 0, r.stderr
    got = subprocess.run(["./app"], cwd=folder, capture_output=True, text=True)
    return want, got


ERRORS = {
    "unknown_module": ({"app.py": "x = 1\nimport nosuchmodule\n"},
                       "app.py:2:1: error: no module named 'nosuchmodule'"),
    "missing_name": ({"app.py": "from helpers import nothere\n", "helpers.py": "def f():\n    return 1\n"},
                     "app.py:1:1: error: cannot import name 'nothere' from 'helpers'"),
    "circular": ({"app.py": "import a\n", "a.py": "import b\n", "b.py": "x = 1\nimport a\n"},
                 "b.py:2:1: error: circular import of module 'a' is not supported"),
    "future": ({"app.py": "from __future__ import barry_as_FLUFL\n"},
               "app.py:1:1: error: from __future__ import barry_as_FLUFL is not supported"),
    "module_as_value": ({"app.py": "import helpers\nh = helpers\n", "helpers.py": "y = 2\n"},
                        "app.py:2:5: error: module 'helpers' used as a value is not supported"),
    "assign_module_attr": ({"app.py": "import helpers\nhelpers.y = 3\n", "helpers.py": "y = 2\n"},
                           "app.py:2:1: error: assigning to a module's attribute (helpers.y) is not supported"),
    "import_in_if": ({"app.py": "if True:\n    import helpers\n", "helpers.py": "y = 2\n"},
                     "app.py:2:5: error: imports inside statements are not supported yet"),
    "import_in_function": ({"app.py": "def f():\n    import helpers\n    return helpers.y\n", "helpers.py": "y = 2\n"},
                           "app.py:2:5: error: imports inside functions are not supported yet"),
    # a standard module imported in one function and read as a global in another: CPython's NameError there
    "import_in_function_read_elsewhere": ({"app.py": "def f():\n    import math\n    return math.pi\n\n\n"
                                                     "def g():\n    return math.e\n"},
                                          "app.py:2:5: error: imports inside functions are not supported yet"),
    "relative": ({"app.py": "from . import helpers\n", "helpers.py": "y = 2\n"},
                 "app.py:1:1: error: relative imports are not supported"),
    "unreadable_module": ({"app.py": "import helpers\n", "helpers.py": "x = \"\\xff\"\n\0"},
                          "app.py:1:1: error: cannot import 'helpers': helpers.py: source code cannot contain null bytes"),
    "self_import": ({"app.py": "import app\n"}, "app.py:1:1: error: the program imports itself ('app')"),
    "error_in_module": ({"app.py": "import helpers\nprint(helpers.f())\n",
                         "helpers.py": "def f():\n    return 1 + 'a'\n"},
                        "helpers.py:2:12: error: unsupported operand type(s) for +: 'int' and 'str'"),
    "syntax_in_module": ({"app.py": "import helpers\n", "helpers.py": "def f(:\n"},
                         "helpers.py:1:7: error: SyntaxError"),
}


def test_package_folder_is_refused(tmp_path):
    write(tmp_path, {"app.py": "import pkg\n"})
    os.mkdir(tmp_path / "pkg")
    write(tmp_path / "pkg", {"__init__.py": "x = 1\n"})
    r = pyzc_build(tmp_path)
    assert r.returncode == 1
    assert r.stderr.startswith("app.py:1:1: error: importing the package 'pkg' is not supported yet")


@pytest.mark.parametrize("case", sorted(ERRORS))
def test_import_diagnostic(case, tmp_path):
    files, expect = ERRORS[case]
    write(tmp_path, files)
    r = pyzc_build(tmp_path)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    assert r.stderr.splitlines()[0].startswith(expect), r.stderr
    assert not os.path.exists(tmp_path / "app")


def test_module_body_runs_once_where_first_imported(tmp_path):
    write(tmp_path, {
        "app.py": "print('start')\nimport a\nprint('between')\nimport b\nimport a as again\n"
                  "print(a.n, b.m, again.n, __name__)\n",
        "a.py": "print('a runs', __name__)\nn = 1\n",
        "b.py": "import a\nprint('b runs')\nm = a.n + 1\nif __name__ == '__main__':\n    print('not printed')\n",
    })
    want, got = run_both(tmp_path)
    assert got.stdout == want.stdout == "start\na runs a\nbetween\nb runs\n1 2 1 __main__\n"


def test_names_of_modules_stay_apart(tmp_path):
    """Two modules and the main file each define count, total() and a class Item; each sees its own."""
    mod = ("count = {n}\n\nclass Item:\n    def __init__(self):\n        self.v = {n}\n\n"
           "def total(xs):\n    global count\n    count += 1\n    return sum(xs) * {n} + Item().v\n")
    write(tmp_path, {
        "app.py": "import one\nimport two\nfrom one import total as t1\ncount = 100\n\n"
                  "class Item:\n    pass\n\n"
                  "def total(xs):\n    return -1\n\n"
                  "print(t1([1, 2]), two.total([1, 2]), total([1]), one.count, two.count, count)\n"
                  "print(one.Item().v, two.Item().v)\n",
        "one.py": mod.format(n=1),
        "two.py": mod.format(n=2),
    })
    want, got = run_both(tmp_path)
    assert got.stdout == want.stdout


def test_module_scopes(tmp_path):
    """A global a module's function creates, a lambda and a comprehension at a module's top level,
    a class attribute and a nested function: each keeps its own scope, as in CPython."""
    write(tmp_path, {
        "app.py": "import lib\ncache = 'main'\nwords = ['ccc', 'a', 'bb']\n"
                  "lib.init()\nprint(lib.ordered, lib.squares, lib.get(), cache, lib.Box.SIZE, lib.outer(3))\n",
        "lib.py": "words = ['x', 'yyy', 'zz']\nordered = sorted(words, key=lambda w: len(w))\n"
                  "squares = [w * 2 for w in words]\n\n"
                  "class Box:\n    SIZE = len(words)\n\n"
                  "def init():\n    global cache\n    cache = {'k': 1}\n\n"
                  "def get():\n    return cache['k'] + Box.SIZE\n\n"
                  "def outer(n):\n    def inner(m):\n        return m + n + len(words)\n    return inner(1)\n",
    })
    want, got = run_both(tmp_path)
    assert want.returncode == 0, want.stderr
    assert got.stdout == want.stdout


def test_runtime_error_in_a_module_names_its_file(tmp_path):
    write(tmp_path, {
        "app.py": "import helpers\n\nprint(helpers.div(6, 3))\nprint(helpers.div(1, 0))\n",
        "helpers.py": "# helpers\n\n\ndef div(a, b):\n    return a // b\n",
    })
    want, got = run_both(tmp_path)
    assert got.stdout == want.stdout == "2\n"
    assert got.returncode == want.returncode == 1
    assert 'helpers.py", line 5, in div' in got.stderr
    assert got.stderr.splitlines()[-1] == want.stderr.splitlines()[-1] == "ZeroDivisionError: integer division or modulo by zero"


def test_user_module_shadows_the_library(tmp_path):
    """As in CPython, a random.py next to the program is the random it imports."""
    write(tmp_path, {"app.py": "import random\nprint(random.random())\n", "random.py": "def random():\n    return 0.5\n"})
    want, got = run_both(tmp_path)
    assert got.stdout == want.stdout == "0.5\n"


def test_modules_command_lists_the_library():
    r = subprocess.run([sys.executable, "-m", "pyzc", "modules"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0
    for name in ("math", "sys", "time", "random", "statistics", "heapq", "bisect"):
        assert name in r.stdout
    lines = {line.split(":")[0].strip(): line for line in r.stdout.splitlines() if line.startswith("  ")}
    assert lines["struct"] == "  struct: Struct, calcsize, error, iter_unpack, pack, pack_into, unpack, unpack_from"
    assert "pi" in lines["math"] and "gamma" in lines["math"] and "left out" not in lines["math"]  # all of CPython's
    assert "lru_cache" in lines["functools"] and "partial" in lines["functools"].split("left out: ")[1]
    assert lines["textwrap"] == "  textwrap: TextWrapper, dedent, fill, indent, shorten, wrap"  # all of CPython's
