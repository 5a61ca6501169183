"""The digest of the C that pyzc writes for each test program (or the diagnostic it gives), as JSON.

Usage: c_digests.py OUT.json [JOBS]

Run by the reference Python (3.11), once for `make test-pythons` (tools/test_pythons.sh): every
other Python's run of tests/test_pythons.py compares its own C with these, instead of each of
its test workers asking the reference Python for all of them again (three Pythons times two
workers made that the longest part of CI).
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.setrecursionlimit(20000)


def digest(path: str) -> tuple[str, str]:
    from pyzc.diagnostics import CompileError
    from pyzc.driver import compile_to_c
    try:
        return path, hashlib.sha256(compile_to_c(path).encode()).hexdigest()
    except CompileError as e:
        return path, e.render()


def program_paths() -> list[str]:
    out = []
    for dirpath, _, files in os.walk(os.path.join(ROOT, "tests", "programs")):
        out += [os.path.relpath(os.path.join(dirpath, f), ROOT) for f in files if f.endswith(".py")]
    return sorted(out)


def main() -> None:
    out_path = sys.argv[1]
    jobs = int(sys.argv[2]) if len(sys.argv) > 2 else os.cpu_count() or 1
    os.chdir(ROOT)  # the paths are relative to the repository, as the tests give them
    with multiprocessing.Pool(jobs) as pool:
        digests = dict(pool.map(digest, program_paths(), chunksize=8))
    tmp = out_path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(digests, f)
    os.replace(tmp, out_path)


if __name__ == "__main__":
    main()
