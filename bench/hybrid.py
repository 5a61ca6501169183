"""`make bench`, hybrid rows: a CPython program with one hot module, run three ways.

bench/hybrid/app.py imports bench/hybrid/hot.py.  It is run
- as CPython alone (hot.py imported as Python),
- as CPython importing hot compiled by `pyzc build --module` (through cffi),
- compiled whole by `pyzc build app.py` (hot.py linked in as a module of the program),
interleaved, RUNS times each; the median wall time of each, and the outputs must agree.
Then the cost of one call across the boundary, measured in-process with timeit (best of 5):
a function of two ints, and one of a 1,000-item list of ints, against the same calls to the
Python source.  Writes bench/HYBRID.md and prints it.

Needs cffi in the Python that runs it (the one that imports the module); without it the
hybrid rows are left out, saying so.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
RUNS = int(os.environ.get("RUNS", "5"))

CALLS = """
import timeit, time, sys
t0 = time.perf_counter()
import hot
t1 = time.perf_counter()
xs = list(range(1000))
def per(stmt, n):
    return min(timeit.repeat(stmt, number=n, repeat=5, globals=globals())) / n * 1e9
print(f"{(t1 - t0) * 1e3:.1f} {per('hot.add(1, 2)', 100000):.0f} {per('hot.total(xs)', 5000):.0f}")
"""


def run(cmd: list[str], cwd: str) -> tuple[float, bytes]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr.decode(errors='replace')}")
    return elapsed, proc.stdout


def main() -> int:
    try:
        import cffi  # noqa: F401
    except ImportError:
        print("bench/hybrid.py: cffi is not installed, so the hybrid rows are left out (pip install cffi)")
        return 0
    from pyzc.driver import build, build_module
    work = tempfile.mkdtemp(prefix="pyzc-hybrid-bench-")
    try:
        python_dir, module_dir = os.path.join(work, "python"), os.path.join(work, "module")
        for d in (python_dir, module_dir):
            os.makedirs(d)
            shutil.copy(os.path.join(HERE, "hybrid", "app.py"), d)
        shutil.copy(os.path.join(HERE, "hybrid", "hot.py"), python_dir)
        shutil.copy(os.path.join(HERE, "hybrid", "hot.py"), module_dir)
        t0 = time.perf_counter()
        build_module(os.path.join(module_dir, "hot.py"))
        module_build = time.perf_counter() - t0
        os.remove(os.path.join(module_dir, "hot.py"))  # only the compiled package is there to import
        binary = os.path.join(work, "app")
        build(os.path.join(python_dir, "app.py"), binary)
        contenders = {"CPython": ([sys.executable, "app.py"], python_dir),
                      "CPython + compiled hot (pyzc --module)": ([sys.executable, "app.py"], module_dir),
                      "pyzc, whole program": ([binary], python_dir)}
        times: dict[str, list[float]] = {name: [] for name in contenders}
        outputs: dict[str, bytes] = {}
        for _ in range(RUNS):
            for name, (cmd, cwd) in contenders.items():
                elapsed, out = run(cmd, cwd)
                times[name].append(elapsed)
                outputs[name] = out
        base = statistics.median(times["CPython"])
        rows = []
        for name in contenders:
            med = statistics.median(times[name])
            same = "yes" if outputs[name] == outputs["CPython"] else "NO"
            rows.append(f"| {name} | {med * 1000:.0f} ms | {base / med:.1f}x | {same} |")
        calls = {}
        for name, cwd in (("compiled", module_dir), ("python", python_dir)):
            _, out = run([sys.executable, "-c", CALLS], cwd)
            calls[name] = [float(x) for x in out.split()]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = "\n".join([
        "# Hybrid mode: a CPython program with one compiled module",
        "",
        f"Written by `bench/hybrid.py` (`make bench`), {time.strftime('%Y-%m-%d')}, CPython "
        f"{sys.version.split()[0]}, median of {RUNS} interleaved runs.  `bench/hybrid/app.py` imports "
        "`bench/hybrid/hot.py` (fib, a sieve, Collatz, 2,000 sums of a 1,000-item list, 200,000 calls of add).",
        "",
        "| how app.py runs | wall time | vs CPython | same output |",
        "| --- | --- | --- | --- |",
        *rows,
        "",
        f"Building the module took {module_build:.2f} s.",
        "",
        "One call from CPython (best of 5, timeit):",
        "",
        "| call | compiled module | Python source |",
        "| --- | --- | --- |",
        f"| `hot.add(1, 2)` (two ints) | {calls['compiled'][1]:.0f} ns | {calls['python'][1]:.0f} ns |",
        f"| `hot.total(xs)`, 1,000 ints | {calls['compiled'][2]:.0f} ns | {calls['python'][2]:.0f} ns |",
        f"| `import hot` | {calls['compiled'][0]:.1f} ms | {calls['python'][0]:.1f} ms |",
        "",
    ])
    with open(os.path.join(HERE, "HYBRID.md"), "w") as f:
        f.write(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
