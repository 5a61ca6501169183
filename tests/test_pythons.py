"""pyzc runs on Python 3.10 to 3.13: under each, it writes the C that it writes under the
reference Python (3.11, the one whose output compiled programs match), for every test program
(`make test-pythons QUICK=1`, in CI: for a share of them each, all of them under one or another).

The front end reads Python's own `ast`, whose nodes and fields change between versions;
identical C is the strongest cheap evidence that nothing a program means was lost.  These
tests run only when PYZC_REFERENCE_PYTHON names another interpreter than the one running
pytest: `make test-pythons` does that for each installed Python (tools/test_pythons.sh).
That comparison needs C that does not change from one run to the next (no names made from
id(), no order taken from a set of strings, whose order follows the hash seed): the last
test checks it on every run of the tests.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import pytest

from conftest import REFERENCE_PYTHON, ROOT, program_paths

other_python = pytest.mark.skipif(os.path.realpath(REFERENCE_PYTHON) == os.path.realpath(sys.executable),
                                  reason="PYZC_REFERENCE_PYTHON names this Python: nothing to compare with")

# Run by the reference Python: the digest of the C of each program given on stdin, as JSON.
DIGESTS = """
import hashlib, json, sys
sys.setrecursionlimit(20000)
from pyzc.driver import compile_to_c
from pyzc.diagnostics import CompileError
out = {}
for path in json.load(sys.stdin):
    try:
        out[path] = hashlib.sha256(compile_to_c(path).encode()).hexdigest()
    except CompileError as e:
        out[path] = e.render()
print(json.dumps(out))
"""


def c_digest(path: str) -> str:
    from pyzc.diagnostics import CompileError
    from pyzc.driver import compile_to_c
    try:
        return hashlib.sha256(compile_to_c(path).encode()).hexdigest()
    except CompileError as e:
        return e.render()


@pytest.fixture(scope="module")
def reference_digests() -> dict[str, str]:
    given = os.environ.get("PYZC_REFERENCE_DIGESTS")  # tools/c_digests.py's, made once by tools/test_pythons.sh
    if given:
        with open(given) as f:
            digests = json.load(f)
        assert set(digests) == set(program_paths()), "the reference digests are of other programs"
        return digests
    r = subprocess.run([REFERENCE_PYTHON, "-c", DIGESTS], input=json.dumps(program_paths()), cwd=ROOT,
                       capture_output=True, text=True, env={**os.environ, "PYTHONPATH": ROOT})
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def programs_part() -> list[str]:
    """The programs to compare: all, or with PYZC_PROGRAMS_PART=i/n every n-th from the i-th (`make
    test-pythons QUICK=1` shares them out among the Pythons it tests)."""
    part = os.environ.get("PYZC_PROGRAMS_PART")
    if not part:
        return program_paths()
    i, n = map(int, part.split("/"))
    return program_paths()[i::n]


@other_python
@pytest.mark.parametrize("path", programs_part())
def test_same_c_as_the_reference_python(path, reference_digests):
    assert c_digest(path) == reference_digests[path]


# Programs whose C once changed from run to run: a name made from id(), flags made in a set's order,
# named tuples of one class (one name, P) rendered in a set's order.
SEEDED = ["tests/programs/stdlib/accumulate_reduce.py", "tests/programs/regressions/unbound_local_paths.py",
          "tests/programs/tuples/named_tuples.py"]


@pytest.mark.parametrize("path", SEEDED)
def test_same_c_whatever_the_hash_seed(path):
    digests = set()
    for seed in ("1", "2", "4"):  # 1 and 4 order unbound_local_paths' names differently under 3.11, 1 and 2 named_tuples' P
        r = subprocess.run([sys.executable, "-c", DIGESTS], input=json.dumps([path]), cwd=ROOT, capture_output=True,
                           text=True, env={**os.environ, "PYTHONPATH": ROOT, "PYTHONHASHSEED": seed})
        assert r.returncode == 0, r.stderr
        digests.add(json.loads(r.stdout)[path])
    assert len(digests) == 1
