"""`pyzc bench` / `make bench`: pyzc against CPython (and peers) on the same programs, in one run.

For each program: compile it with pyzc (compile time split by stage, binary
size), then run every contender N times, interleaved (A B A B ...) so drift
on a shared machine hits all of them alike, recording wall time and peak
resident memory.  Every contender's output must equal CPython's, or the row
says so.  Ratios are taken against CPython measured in the same run; the
"compute" ratio first subtracts each contender's start-up time (an empty
program).  Beside a program, bench/reference/ may hold its work written by
hand in C (<name>.c: "pyzc/C") and in Python as a plain loop (<name>.py,
compiled by pyzc too: "pyzc/loop", what a construct such as a generator
costs over the loop it stands for).  pyzc/C compares the fastest CPU time (user +
system, from wait4), not the median wall time, of at least C_RUNS interleaved runs of each of
the two (up to C_RUNS_MAX, for about C_CPU_S of pyzc's CPU time in all: count_loop's
0.12 ms of start-up gets 301): the kernels with a C reference run for 0.1-30 ms, where the wall
time of a run on a machine with other work is mostly waiting for a core
(fib30's pyzc runs spread 2.5-3.9 ms in wall time, 2.5-2.7 ms in CPU time, with the
other core busy), and under load even CPU time only grows (cache contention: the C reference's
fib30 runs once spread 2.0-3.0 ms, its median 20% above pyzc's though the fastest were equal).
The median's ratio is shown beside it.  A program pyzc cannot compile stays in the report as
"not compiled: <first line of the error>": that list is the compiler's
to-do list.

Writes bench/results/<timestamp>.json (raw runs, machine, versions), prints
the table, rewrites bench/RESULTS.md and draws bench/results/speedup.png.
Nothing is hard-coded: every figure comes from this invocation's runs.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile

from . import __version__, toolchain
from .diagnostics import CompileError
from .driver import build

C_RUNS = 21  # runs of pyzc and of the C reference each, at least, for pyzc/C (the rounds' runs count)
C_RUNS_MAX = 301  # and more for a program of under C_CPU_S / C_RUNS: C_CPU_S of pyzc's CPU time in all
C_CPU_S = 0.05
KERNEL_REFERENCES = "reference"  # bench/reference/<name>.c, and <name>.py: the same work written as a plain loop


MEASURE: str | None = None  # path of the built bench/measure.c


def run_measured(cmd: list[str], timeout: float) -> tuple[float, int, bytes, int, float]:
    """Wall seconds, peak RSS (KiB), stdout, exit status and CPU seconds (user + system) of one run,
    measured by bench/measure.c."""
    assert MEASURE is not None  # main builds it first
    r, w = os.pipe()
    try:
        proc = subprocess.run([MEASURE, str(w), *cmd], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              stdin=subprocess.DEVNULL, pass_fds=(w,), timeout=timeout)
    except subprocess.TimeoutExpired:
        os.close(r)
        os.close(w)
        return float("inf"), 0, b"", -9, float("inf")
    os.close(w)
    with os.fdopen(r) as f:
        report = f.read().split()
    if len(report) != 4:
        return float("inf"), 0, b"", -9, float("inf")
    return float(report[0]), int(report[1]), proc.stdout, int(report[2]), float(report[3])


def build_reference(c_file: str, out: str) -> str | None:
    req = toolchain.BuildRequest(c_file, out, toolchain.host_target(), "release")
    cmd = toolchain.cc_command(req) + toolchain.profile_flags(req) + [c_file, "-lm", "-o", out]
    proc = toolchain.run_compiler(cmd)
    return out if proc.returncode == 0 else None


def machine_description() -> dict:
    cpu = platform.processor()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        load = round(os.getloadavg()[0], 2)  # other work on the machine widens the spread of the runs
    except OSError:
        load = None
    return {"cpu": cpu, "cores": os.cpu_count(), "machine": platform.machine(), "system": platform.platform(),
            "python": sys.version.split()[0], "pyzc": __version__, "load_at_start": load}


def geomean(xs: list[float]) -> float | None:
    xs = [x for x in xs if x and x > 0 and math.isfinite(x)]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def fmt_ratio(x) -> str:
    return "-" if x is None else (f"{x:.1f}x" if x >= 10 else f"{x:.2f}x")


FOLDED_S = 0.002  # pyzc's time over its start-up below this, for seconds of CPython's: the loop was removed


def folded(record: dict, r: dict) -> bool:
    """Whether the C compiler removed the program's work (count_loop's loop becomes its closed form): pyzc's
    run is no longer than an empty program's, while CPython's is not.  Its speedup measures the optimiser,
    not pyzc, so it is left out of the headline geometric mean."""
    med, su = r.get("median_s", {}), record["startup_s"]
    if r["status"].get("pyzc") != "ok" or "pyzc" not in med:
        return False
    return med["pyzc"] - su["pyzc"] < FOLDED_S and med["cpython"] - su["cpython"] > 10 * FOLDED_S


def headline(record: dict) -> tuple[float | None, list[str]]:
    """The geometric mean speedup over the programs whose work ran, and the names of those left out."""
    rows = record["programs"]
    left_out = [r["program"] for r in rows if folded(record, r)]
    return geomean([r["speedup"].get("pyzc") for r in rows if r["program"] not in left_out]), left_out


def headline_rounds(record: dict) -> tuple[float, float] | None:
    """The lowest and highest geometric mean speedup of one round of runs: the runs are interleaved, so
    round k pairs CPython's k-th run of each program with pyzc's k-th; the headline's spread.  None
    with fewer than two rounds."""
    _, left_out = headline(record)
    rows = [r for r in record["programs"] if r["program"] not in left_out and "pyzc" in r["speedup"]]
    n = min((min(len(r["runs"]["cpython"]), len(r["runs"]["pyzc"])) for r in rows), default=0)
    means = [geomean([r["runs"]["cpython"][k] / r["runs"]["pyzc"][k] for r in rows if r["runs"]["pyzc"][k] > 0])
             for k in range(n)]
    got = [m for m in means if m is not None]
    return (min(got), max(got)) if len(got) >= 2 else None


def spread(ts: list[float]) -> str:
    """The median with the runs' range: 0.672 (0.651-0.702); one run: just its time."""
    med = statistics.median(ts)
    return f"{med:.3f}" if len(ts) < 2 else f"{med:.3f} ({min(ts):.3f}–{max(ts):.3f})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="pyzc bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("programs", nargs="*", help="Python programs to benchmark (e.g. bench/programs/*.py)")
    ap.add_argument("--runs", type=int, default=int(os.environ.get("RUNS", "5")), help="runs per contender (median; default 5)")
    ap.add_argument("--quick", action="store_true", help="one run each (checks outputs, not speed)")
    ap.add_argument("--results-dir", default=None, help="where to write results (default: bench/results beside the programs)")
    ap.add_argument("--no-report", action="store_true", help="do not rewrite RESULTS.md and the plot")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--no-pgo", action="store_true", help="skip the pgo build (trained on the program's own run)")
    ap.add_argument("--baseline", metavar="REV", help="also build each program with pyzc as of git revision REV of "
                    "this checkout (a 'before' contender), for a before/after table measured in one run")
    ap.add_argument("--from-json", metavar="FILE", help="measure nothing: rewrite RESULTS.md and the plot from the "
                    "raw runs of an earlier run (bench/results/<timestamp>.json), e.g. after a change to the report")
    args = ap.parse_args(argv)
    if args.from_json:
        with open(args.from_json) as f:
            record = json.load(f)
        bench_dir = os.path.dirname(os.path.dirname(os.path.abspath(args.from_json)))
        table = render_table(record)
        print(table)
        write_results_md(os.path.join(bench_dir, "RESULTS.md"), record, table)
        plot(record, os.path.join(os.path.dirname(os.path.abspath(args.from_json)), "speedup.png"))
        return 0
    if not args.programs:
        ap.error("give the programs to benchmark (e.g. bench/programs/*.py), or --from-json FILE")
    runs = 1 if args.quick else max(1, args.runs)
    programs = [p for p in args.programs if p.endswith(".py")]
    bench_dir = os.path.dirname(os.path.dirname(os.path.abspath(programs[0])))
    results_dir = args.results_dir or os.path.join(bench_dir, "results")
    os.makedirs(results_dir, exist_ok=True)
    work = tempfile.mkdtemp(prefix="pyzc-bench-")
    # CPython itself: the interpreter binary behind pyzc's venv (no venv site, no pyenv shim in the timing)
    python = getattr(sys, "_base_executable", None) or sys.executable
    pypy = shutil.which("pypy3")
    ref_dir = os.path.join(bench_dir, KERNEL_REFERENCES)

    global MEASURE
    measure_src = os.path.join(bench_dir, "measure.c")
    MEASURE = build_reference(measure_src, os.path.join(work, "measure"))
    if MEASURE is None:
        print("pyzc bench: cannot build bench/measure.c", file=sys.stderr)
        return 1
    # start-up: an empty program for each contender
    empty = os.path.join(work, "empty.py")
    with open(empty, "w") as f:
        f.write("pass\n")
    empty_bin = build(empty, os.path.join(work, "empty"), build_dir=os.path.join(work, "c")).output
    startup_cmds = {"cpython": [python, empty], "pyzc": [empty_bin]}
    if pypy:
        startup_cmds["pypy"] = [pypy, empty]
    startup = {}
    for name, cmd in startup_cmds.items():
        # the fastest run: start-up is a fixed cost, and other work on the machine only adds to it (a median
        # of 5 under load once gave pyzc 3.5 ms for its 0.2, and fib30's 2.2 ms run looked like no work at all)
        startup[name] = min(run_measured(cmd, 30)[0] for _ in range(max(5, runs)))

    baseline_tree = export_baseline(args.baseline, bench_dir, work) if args.baseline else None
    if args.baseline and baseline_tree is None:
        print(f"pyzc bench: cannot export git revision {args.baseline!r} of this checkout", file=sys.stderr)
        return 1

    frontend_s = measure_frontend(work)
    large = None if args.quick else measure_large_build(work)

    rows = []
    for prog in programs:
        name = os.path.splitext(os.path.basename(prog))[0]
        row: dict = {"program": name, "path": prog, "runs": {}, "cpu_s": {}, "rss_kib": {}, "status": {}}
        print(f"== {name}", file=sys.stderr, flush=True)
        contenders = {"cpython": [python, prog]}
        try:
            res = build(prog, os.path.join(work, name), build_dir=os.path.join(work, "c"))
            contenders["pyzc"] = [res.output]
            row["compile_s"] = res.timings
            row["binary_bytes"] = os.path.getsize(res.output)
        except CompileError as e:
            row["not_compiled"] = e.diagnostic.render().splitlines()[0]
        if "pyzc" in contenders and not args.no_pgo:
            # trained on the benchmark's own run (bench programs take no arguments): the best case for pgo
            try:
                pres = build(prog, os.path.join(work, name + "_pgo"), profile="pgo", build_dir=os.path.join(work, "cpgo"))
                contenders["pgo"] = [pres.output]
            except (CompileError, toolchain.ToolchainError) as e:
                row["pgo_error"] = str(e).splitlines()[0]
        if baseline_tree is not None:
            before = build_with_baseline(baseline_tree, prog, os.path.join(work, name + "_before"))
            if before is None:
                row["before_error"] = "not compiled"
            else:
                contenders["before"] = [before]
        if pypy:
            contenders["pypy"] = [pypy, prog]
        ref = os.path.join(ref_dir, name + ".c")
        if os.path.exists(ref):
            exe = build_reference(ref, os.path.join(work, name + "_ref"))
            if exe:
                contenders["c"] = [exe]
        loop_ref = os.path.join(ref_dir, name + ".py")
        if "pyzc" in contenders and os.path.exists(loop_ref):
            try:
                contenders["loop"] = [build(loop_ref, os.path.join(work, name + "_loop"), build_dir=os.path.join(work, "cloop")).output]
            except CompileError as e:
                row["loop_error"] = e.diagnostic.render().splitlines()[0]
        outputs: dict[str, tuple[bytes, int]] = {}
        for _ in range(runs):
            for cname, cmd in contenders.items():
                if outputs.get(cname, (b"", 0))[1] == -9:  # timed out once: its other runs would too
                    row["runs"][cname].append(float("inf"))
                    row["cpu_s"][cname].append(float("inf"))
                    continue
                t, rss, out, rc, cpu = run_measured(cmd, args.timeout)
                row["runs"].setdefault(cname, []).append(t)
                row["cpu_s"].setdefault(cname, []).append(cpu)
                row["rss_kib"][cname] = max(row["rss_kib"].get(cname, 0), rss)
                outputs[cname] = (out, rc)
        if runs > 1 and "c" in contenders and "pyzc" in contenders:
            fastest = min(row["cpu_s"]["pyzc"])
            want = C_RUNS if fastest <= 0 else min(C_RUNS_MAX, max(C_RUNS, math.ceil(C_CPU_S / fastest)))
            for _ in range(want - runs):  # more runs of the two short ones, for pyzc/C (CPU times only)
                for cname in ("pyzc", "c"):
                    if outputs[cname][1] != -9:
                        t, rss, out, rc, cpu = run_measured(contenders[cname], args.timeout)
                        row["cpu_s"][cname].append(cpu if (out, rc) == outputs[cname] else float("inf"))
        want = outputs["cpython"]
        for cname, got in outputs.items():
            row["status"][cname] = "ok" if got == want else ("timeout" if got[1] == -9 else "output differs from CPython")
        rows.append(row)

    # ratios
    for row in rows:
        med = {c: statistics.median(ts) for c, ts in row["runs"].items()}
        row["median_s"] = med
        base = med["cpython"]
        row["speedup"] = {c: base / t for c, t in med.items() if c != "cpython" and t > 0 and row["status"].get(c) == "ok"}
        row["compute_speedup"] = {}
        for c, t in med.items():
            if c == "cpython" or row["status"].get(c) != "ok":
                continue
            su = startup.get(c, startup["pyzc"])  # the C and loop references start as pyzc's binaries do
            num, den = base - startup["cpython"], t - su
            if den > 0.002 and num > 0:  # below 2 ms of compute the ratio is noise
                row["compute_speedup"][c] = num / den
        if "c" in med and "pyzc" in med and row["status"].get("pyzc") == "ok":
            cpu = row.get("cpu_s", {})
            row["pyzc_over_c_wall"] = med["pyzc"] / med["c"]
            if cpu.get("pyzc") and cpu.get("c") and min(cpu["c"]) > 0:
                row["pyzc_over_c"] = min(cpu["pyzc"]) / min(cpu["c"])
                row["pyzc_over_c_median"] = statistics.median(cpu["pyzc"]) / statistics.median(cpu["c"])
            else:
                row["pyzc_over_c"] = row["pyzc_over_c_wall"]
        if "loop" in med and "pyzc" in med and row["status"].get("pyzc") == "ok" and row["status"].get("loop") == "ok":
            row["pyzc_over_loop"] = med["pyzc"] / med["loop"]
        if "before" in med and row["status"].get("before") == "ok" and row["status"].get("pyzc") == "ok":
            row["vs_before"] = med["before"] / med["pyzc"]  # > 1: faster than the baseline revision
        if "pgo" in med and row["status"].get("pgo") == "ok" and row["status"].get("pyzc") == "ok":
            row["pgo_gain"] = med["pyzc"] / med["pgo"]  # > 1: the pgo build is faster than release

    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    record = {"timestamp": stamp, "command": "pyzc bench " + " ".join(sys.argv[1:] if argv is None else argv),
              "machine": machine_description(), "runs_per_contender": runs, "startup_s": startup,
              "contenders": {"cpython": python, "pypy": pypy}, "baseline": args.baseline, "frontend_1000_lines_s": frontend_s,
              "large_build": large,
              "programs": rows}
    if not args.quick:  # a quick run checks outputs; its one-run timings are not results
        json_path = os.path.join(results_dir, f"{stamp}.json")
        with open(json_path, "w") as f:
            json.dump(record, f, indent=1)
    table = render_table(record)
    print(table)
    if args.quick:
        print("(a quick run: bench/RESULTS.md and the plot are left as they are; `make bench` rewrites them)")
    elif not args.no_report:
        write_results_md(os.path.join(bench_dir, "RESULTS.md"), record, table)
        plot(record, os.path.join(results_dir, "speedup.png"))
    shutil.rmtree(work, ignore_errors=True)
    bad = [r["program"] for r in rows if any(s != "ok" for c, s in r["status"].items() if c != "before")]
    if bad:
        print(f"outputs differ from CPython for: {', '.join(bad)}", file=sys.stderr)
        return 1
    return 0


def export_baseline(rev: str, bench_dir: str, work: str) -> str | None:
    """The tree of git revision rev of the checkout holding bench_dir, exported under work (None if git fails)."""
    tree = os.path.join(work, "baseline")
    os.makedirs(tree)
    top = subprocess.run(["git", "-C", bench_dir, "rev-parse", "--show-toplevel"], capture_output=True, text=True)
    if top.returncode != 0:
        return None
    archive = subprocess.run(["git", "-C", top.stdout.strip(), "archive", rev], capture_output=True)
    if archive.returncode != 0:
        return None
    untar = subprocess.run(["tar", "-x", "-C", tree], input=archive.stdout, capture_output=True)
    ok = untar.returncode == 0 and os.path.exists(os.path.join(tree, "pyzc", "__main__.py"))
    return tree if ok else None


def build_with_baseline(tree: str, prog: str, out: str) -> str | None:
    """prog built in release by the pyzc of tree (its own package, this interpreter): the binary, or None."""
    env = dict(os.environ, PYTHONPATH=tree)
    proc = subprocess.run([sys.executable, "-m", "pyzc", "build", os.path.abspath(prog), "-o", out], cwd=tree, env=env,
                          capture_output=True)
    return out if proc.returncode == 0 and os.path.exists(out) else None


def generated_program(work: str, n_lines: int) -> str:
    """A program of about n_lines lines: small functions of loops, lists and arithmetic, then calls of each."""
    lines: list[str] = []
    i = 0
    while len(lines) < n_lines:
        lines += [f"def f{i}(x, y):", f"    a = x * {i} + y", "    b = [a, a + 1, a + 2]", "    s = 0",
                  "    for v in b:", "        s += v % 7", f"    if s > {i}:", "        return s - a // 3",
                  "    return s + len(str(a))", ""]
        i += 1
    lines += ["total = 0"] + [f"total += f{k}({k}, 3)" for k in range(i)] + ["print(total)"]
    path = os.path.join(work, f"frontend{n_lines}.py")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    return path


def measure_frontend(work: str, n_lines: int = 1000, repeat: int = 3) -> float:
    """pyzc's front end (everything before the C compiler) on a generated program of n_lines lines, best of repeat."""
    from .driver import compile_to_c
    path = generated_program(work, n_lines)
    best = float("inf")
    for _ in range(repeat):
        timings: dict[str, float] = {}
        compile_to_c(path, timings)
        best = min(best, sum(timings.values()))
    return best


def measure_large_build(work: str, n_lines: int = 100_000) -> dict[str, float]:
    """A whole build (front end and C compiler) of a generated n_lines-line program: seconds per stage."""
    path = generated_program(work, n_lines)
    timings = build(path, os.path.join(work, "large"), build_dir=os.path.join(work, "c")).timings
    c = timings.get("c compile and link", 0.0)
    small = build(generated_program(work, 1000), os.path.join(work, "small"), build_dir=os.path.join(work, "c")).timings
    return {"lines": n_lines, "front_end_s": sum(timings.values()) - c, "c_compile_s": c,
            "c_compile_1000_lines_s": small.get("c compile and link", 0.0)}


def render_goals(record: dict) -> str:
    """The issue's goals next to the figures of this run: met, or short by how much."""
    rows = record["programs"]
    out = ["| goal | measured | met? |", "|---|---|---|"]
    for r in rows:
        if "pyzc_over_c" in r:
            x = r["pyzc_over_c"]
            out.append(f"| {r['program']}: within 1.1x of hand-written C | {x:.2f}x of C | "
                       f"{'yes' if x <= 1.1 else f'no, {x / 1.1:.2f}x too slow'} |")
        if "pyzc_over_loop" in r:
            x = r["pyzc_over_loop"]
            out.append(f"| {r['program']}: about the cost of the hand-written loop (within 1.1x) | {x:.2f}x of the loop | "
                       f"{'yes' if x <= 1.1 else f'no, {x / 1.1:.2f}x too slow'} |")
    gm, left_out = headline(record)
    not_compiled = [r["program"] for r in rows if "not_compiled" in r]
    gm_note = f" (over compiled programs; not compiled: {', '.join(not_compiled)})" if not_compiled else ""
    if left_out:
        gm_note += f" (without {', '.join(left_out)}: work removed by the C compiler)"
    if gm:
        out.append(f"| geometric mean >= 20x CPython | {gm:.1f}x{gm_note} | {'yes' if gm >= 20 and not not_compiled else 'no'} |")
    pypy_rows = [r for r in rows if "pypy" in r["median_s"] and "pyzc" in r["speedup"]]
    if pypy_rows:
        slower = [r["program"] for r in pypy_rows if r["median_s"]["pyzc"] >= r["median_s"]["pypy"]]
        out.append(f"| faster than PyPy on every program | slower on {len(slower)} of {len(pypy_rows)} | "
                   f"{'yes' if not slower else 'no: ' + ', '.join(slower)} |")
    else:
        out.append("| faster than PyPy on every program | PyPy (pypy3) not installed here | not measured |")
    su = record["startup_s"]["pyzc"] * 1000
    out.append(f"| binary start-up under 2 ms | {su:.2f} ms | {'yes' if su < 2 else 'no'} |")
    heavier = [r["program"] for r in rows if "pyzc" in r["rss_kib"] and r["rss_kib"]["pyzc"] >= r["rss_kib"]["cpython"]]
    out.append(f"| peak memory below CPython's on every program | above on {len(heavier)} | "
               f"{'yes' if not heavier else 'no: ' + ', '.join(heavier)} |")
    fe = record.get("frontend_1000_lines_s")
    if fe is not None:
        out.append(f"| front end under 200 ms for 1,000 lines | {fe * 1000:.0f} ms | "
                   f"{'yes' if fe < 0.2 else f'no, {fe / 0.2:.2f}x over'} |")
    large = record.get("large_build")
    if large and fe:
        per_k = large["front_end_s"] / (large["lines"] / 1000)
        c_note, c_ratio = "", None
        if large.get("c_compile_1000_lines_s"):  # the C compiler's rate against its rate on 1,000 lines
            c_ratio = large["c_compile_s"] / (large["lines"] / 1000) / large["c_compile_1000_lines_s"]
            c_note = f" ({c_ratio:.1f}x its 1,000-line rate)"
        fails = (["front end"] if per_k / fe >= 2 else []) + (["C compiler"] if c_ratio and c_ratio >= 2 else [])
        out.append(f"| build roughly linear in program size (under 2x the 1,000-line rate) | {large['lines']:,} lines: "
                   f"front end {large['front_end_s']:.1f} s ({per_k * 1000:.0f} ms per 1,000 lines, {per_k / fe:.1f}x "
                   f"the 1,000-line rate), C compiler {large['c_compile_s']:.1f} s{c_note} | "
                   f"{'no: ' + ' and '.join(fails) if fails else ('yes' if c_ratio else 'front end: yes; C compiler: not measured at 1,000 lines')} |")
    return "\n".join(out)


PGO_NOISE = 0.03  # a pgo gain under 3% is within run-to-run noise on a shared machine


def pgo_cell(r: dict) -> str:
    if "pgo_gain" not in r:
        return r.get("pgo_error", "-") if "pgo_error" in r else (r["status"].get("pgo", "-") if "pgo" in r["status"] else "-")
    g = r["pgo_gain"]
    if g >= 1 + PGO_NOISE:
        return f"{(g - 1) * 100:.0f}% faster"
    if g <= 1 - PGO_NOISE:
        return f"no gain ({(1 - g) * 100:.0f}% slower)"
    return "no gain"


def c_ratio_cell(r: dict) -> str:
    """pyzc/C from the fastest runs' CPU times, and from the medians when recorded: 0.99 (median 1.02)."""
    if "pyzc_over_c" not in r:
        return "-"
    if "pyzc_over_c_median" in r:
        return f"{r['pyzc_over_c']:.2f} (median {r['pyzc_over_c_median']:.2f})"
    return f"{r['pyzc_over_c']:.2f}"


def render_table(record: dict) -> str:
    rows = record["programs"]
    has_pypy = any("pypy" in r["runs"] for r in rows)
    has_pgo = any("pgo" in r["runs"] or "pgo_error" in r for r in rows)
    has_loop = any("loop" in r["runs"] for r in rows)
    has_before = bool(record.get("baseline"))
    head = ["program", "CPython s", "pyzc s", "speedup", "compute", "pyzc/C", "RSS CPython", "RSS pyzc", "compile s", "binary KB"]
    if has_loop:
        head[6:6] = ["loop s", "pyzc/loop"]
    if has_pgo:
        head.append("pgo vs release")
    if has_pypy:
        head[4:4] = ["PyPy s", "vs PyPy"]
    if has_before:
        head[3:3] = [f"before s ({record['baseline']})", "vs before"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        med = r["median_s"]
        if "not_compiled" in r:
            pyzc_cell = "not compiled: " + r["not_compiled"].split(": error: ", 1)[-1]
        elif r["status"].get("pyzc") != "ok":
            pyzc_cell = r["status"].get("pyzc", "?")
        else:
            pyzc_cell = spread(r["runs"]["pyzc"])
            if folded(record, r):
                pyzc_cell += " (work removed by the C compiler)"
        cells = [r["program"], spread(r["runs"]["cpython"]), pyzc_cell, fmt_ratio(r["speedup"].get("pyzc")),
                 fmt_ratio(r["compute_speedup"].get("pyzc")),
                 c_ratio_cell(r),
                 *([spread(r["runs"]["loop"]) if "loop" in r["runs"] else "-",
                    f"{r['pyzc_over_loop']:.2f}" if "pyzc_over_loop" in r else r.get("loop_error", "-")] if has_loop else []),
                 f"{r['rss_kib'].get('cpython', 0) / 1024:.1f} MB",
                 f"{r['rss_kib']['pyzc'] / 1024:.1f} MB" if "pyzc" in r["rss_kib"] else "-",
                 f"{sum(r['compile_s'].values()):.2f}" if "compile_s" in r else "-",
                 f"{r['binary_bytes'] / 1024:.0f}" if "binary_bytes" in r else "-"]
        if has_pgo:
            cells.append(pgo_cell(r))
        if has_pypy:
            pp = med.get("pypy")
            cells[4:4] = [f"{pp:.3f}" if pp else "-",
                          fmt_ratio(pp / med["pyzc"]) if pp and "pyzc" in med and r["status"].get("pyzc") == "ok" else "-"]
        if has_before:
            cells[3:3] = [spread(r["runs"]["before"]) if "before" in r["runs"] else r.get("before_error", "-"),
                          fmt_ratio(r.get("vs_before")) if "vs_before" in r else r["status"].get("before", "-")]
        lines.append("| " + " | ".join(cells) + " |")
    gm, left_out = headline(record)
    gmc = geomean([r["compute_speedup"].get("pyzc") for r in rows if r["program"] not in left_out])
    compiled = sum(1 for r in rows if "not_compiled" not in r)
    lines.append("")
    rounds = headline_rounds(record)
    lines.append(f"Geometric mean speedup over CPython: {fmt_ratio(gm)} (compute only: {fmt_ratio(gmc)}), "
                 f"over the {compiled - len(left_out)} of {len(rows)} programs pyzc compiles and runs"
                 + (f"; from {fmt_ratio(rounds[0])} to {fmt_ratio(rounds[1])} in single rounds of runs (round k: "
                    f"each program's k-th run of CPython against its k-th of pyzc)" if rounds else "")
                 + (f"; left out: {', '.join(left_out)}, whose work the C compiler removed (pyzc's time is its "
                    f"start-up), so its ratio measures the optimiser, not the compiled program" if left_out else "")
                 + ".")
    if has_pgo:
        gains = [r["pgo_gain"] for r in rows if "pgo_gain" in r]
        better = sum(1 for g in gains if g >= 1 + PGO_NOISE)
        lines.append(f"pgo (trained on each program's own run) against release, measured in this run: faster by "
                     f"{PGO_NOISE:.0%} or more on {better} of {len(gains)} programs"
                     + (f", geometric mean {geomean(gains):.3f}x" if gains else "")
                     + ("" if better else "; no gain") + ".")
    if has_before:
        ratios = [r["vs_before"] for r in rows if "vs_before" in r]
        if ratios:
            lines.append(f"Against pyzc as of {record['baseline']}, built and run in this run: geometric mean "
                         f"{geomean(ratios):.3f}x (above 1: faster now), from {min(ratios):.2f}x to {max(ratios):.2f}x "
                         f"over {len(ratios)} programs.")
    su = record["startup_s"]
    lines.append("Start-up (empty program): " + ", ".join(f"{k} {v * 1000:.1f} ms" for k, v in su.items()) + ".")
    lines.append("")
    lines.append(render_goals(record))
    return "\n".join(lines)


def write_results_md(path: str, record: dict, table: str):
    m = record["machine"]
    load = m.get("load_at_start")
    load_note = f" (load average {load} when the run began, on {m['cores']} cores)" if load is not None else ""
    c_note = (f", in CPU time (user + system): the fastest of at least {C_RUNS} interleaved runs of each over the other's "
              "fastest (other work on the machine only adds time), and in brackets the medians' ratio"
              if any("pyzc_over_c_median" in r for r in record["programs"]) else "")
    text = f"""# Benchmark results

Produced by `{record['command']}` on {record['timestamp']} ({m['cpu']}, {m['cores']} cores, Python {m['python']},
pyzc {m['pyzc']}); median of {record['runs_per_contender']} interleaved runs per contender, with the fastest and slowest
run in brackets{load_note}. "speedup" is CPython's time over pyzc's; "compute" subtracts each one's start-up time first; "pyzc/C" is pyzc's time over the hand-written C
in `bench/reference/` built with the same flags (1.00 = as fast as C){c_note}; "pyzc/loop" is pyzc's time over the same work written as a plain
Python loop in `bench/reference/<program>.py`, compiled by pyzc (1.00 = the generator costs what the loop costs). Raw runs: `bench/results/{record['timestamp']}.json`.

{table}

![speedup](results/speedup.png)
"""
    with open(path, "w") as f:
        f.write(text)


def plot(record: dict, path: str):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed: no plot (pip install matplotlib)", file=sys.stderr)
        return
    rows = record["programs"]
    if not rows:
        return
    contenders = [("pyzc", "pyzc"), ("pypy", "PyPy"), ("c", "hand-written C"), ("loop", "hand-written loop (pyzc)")]
    shown = [(k, label) for k, label in contenders if any(k in r["speedup"] for r in rows)]
    width = 0.8 / max(1, len(shown))
    fig, ax = plt.subplots(figsize=(max(6, len(rows) * 0.6), 4.8))
    xs = list(range(len(rows)))
    for i, (k, label) in enumerate(shown):
        offs = [x - 0.4 + width * (i + 0.5) for x in xs]
        ax.bar(offs, [r["speedup"].get(k) or 0 for r in rows], width=width, label=label)
    ax.set_yscale("log")
    ax.axhline(1.0, color="gray", linewidth=0.8)
    for x, r in zip(xs, rows):  # a program pyzc does not run (or runs wrong) is marked where its bar would be
        if "pyzc" not in r["speedup"]:
            why = "not compiled" if "not_compiled" in r else r["status"].get("pyzc", "failed")
            ax.text(x, 1.05, why, rotation=90, ha="center", va="bottom", fontsize=7, color="red")
        elif folded(record, r):
            ax.text(x, r["speedup"]["pyzc"], "work removed", rotation=90, ha="center", va="top", fontsize=7)
    ax.set_xticks(xs)
    ax.set_xticklabels([r["program"] for r in rows], rotation=45, ha="right")
    ax.set_ylabel("speedup over CPython (log scale)")
    ax.set_title(f"pyzc {record['machine']['pyzc']} vs CPython {record['machine']['python']}: "
                 f"median of {record['runs_per_contender']} runs each")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


if __name__ == "__main__":
    raise SystemExit(main())
