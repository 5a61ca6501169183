"""Binary sizes of the test suite's programs (tests/programs) in min-size and release: `make sizes`.

Builds each program for the host in both profiles (two at a time), prints
the table and writes bench/SIZES.md.  Every figure comes from this run.
"""

from __future__ import annotations

import concurrent.futures
import datetime
import os
import statistics
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from pyzc import toolchain  # noqa: E402
from pyzc.diagnostics import CompileError  # noqa: E402
from pyzc.driver import build  # noqa: E402


def sizes_of(path: str, work: str) -> tuple[str, dict[str, int]]:
    rel = os.path.relpath(path, os.path.join(ROOT, "tests", "programs"))
    out = {}
    stem = rel.replace(os.sep, "_")[:-3]
    for profile in ("min-size", "release"):
        exe = os.path.join(work, f"{stem}-{profile}")
        try:  # a build directory per program: programs in different areas share names
            build(path, exe, profile=profile, build_dir=os.path.join(work, f"c-{stem}-{profile}"))
        except (CompileError, toolchain.ToolchainError) as e:
            print(f"{rel}: not built: {str(e).splitlines()[0]}", file=sys.stderr)
            return rel, {}
        out[profile] = os.path.getsize(exe)
    return rel, out


def main() -> int:
    programs = []
    for dirpath, _, files in os.walk(os.path.join(ROOT, "tests", "programs")):
        programs += [os.path.join(dirpath, f) for f in files if f.endswith(".py")]
    programs.sort()
    with tempfile.TemporaryDirectory(prefix="pyzc-sizes-") as work:
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            rows = [r for r in pool.map(lambda p: sizes_of(p, work), programs) if r[1]]
    small = [r["min-size"] for _, r in rows]
    big = [r["release"] for _, r in rows]
    ratio = [s / b for s, b in zip(small, big)]
    lines = ["| program | min-size KB | release KB | min-size / release |", "|---|---|---|---|"]
    for rel, r in rows:
        lines.append(f"| {rel} | {r['min-size'] / 1024:.1f} | {r['release'] / 1024:.1f} | "
                     f"{r['min-size'] / r['release']:.2f} |")
    summary = (f"{len(rows)} programs for {toolchain.host_target()}: min-size median {statistics.median(small) / 1024:.1f} KB "
               f"(range {min(small) / 1024:.1f}-{max(small) / 1024:.1f} KB), release median "
               f"{statistics.median(big) / 1024:.1f} KB (range {min(big) / 1024:.1f}-{max(big) / 1024:.1f} KB); "
               f"min-size is {100 * (1 - statistics.median(ratio)):.0f}% smaller (median), "
               f"{100 * (1 - max(ratio)):.0f}-{100 * (1 - min(ratio)):.0f}% across programs.")
    print(summary)
    with open(os.path.join(ROOT, "bench", "SIZES.md"), "w") as f:
        f.write(f"# Binary sizes: min-size against release\n\nProduced by `make sizes` on "
                f"{datetime.date.today()}: each program in `tests/programs/` built for the host in both profiles. "
                f"Release keeps its symbol table (for profilers and `pyzc analyze`); min-size is stripped.\n\n"
                f"{summary}\n\n" + "\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
