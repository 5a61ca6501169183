"""Differential fuzzing: generate programs, compile them with pyzc, run them, compare with CPython.

    python tests/fuzz/fuzz_run.py -n 1000 --seed 1 [-j 2] [--profile release]
    make fuzz N=1000 SEED=1 [FUZZ_ARGS="--profile debug --skip dunder,edge"]
    make fuzz N=200 SEED=5000 FUZZ_ARGS="--only bigrange,bigdisplay"

Program i of a run is `fuzz_gen.generate(SEED + i)`, so any program of any
run can be regenerated from its number.  Workers (one per core by default)
each compile in-process through the driver; the C compile is the slow part.
Each program ends up as one of

    match          stdout, exit status and (on an error exit) the whole
                   traceback on stderr are CPython's, less the differences
                   tests/traceback_text.py forgives (CPython's `^^^` markers,
                   which pyzc documents it does not print, and the frames of
                   comprehensions, a known bug)
    mismatch       any of those differs, the binary crashed or hung, or a
                   sanitizer reported something
    internal       an internal compiler error: pyzc itself raised (the CLI
                   says "internal compiler error"; in process it is a Python
                   exception other than a diagnostic)
    C compiler     the C compiler failed on the generated C ("the C compiler
                   failed"): pyzc promises C that always compiles
    refused        pyzc refused the program with a diagnostic (a construct it
                   does not support, a type conflict it names): counted, not
                   a failure, since refusing plainly is allowed; the distinct
                   diagnostics are listed before the summary
    invalid        CPython itself failed in a way the generator never intends
                   (a generator bug; counted apart, never reduced)

and the summary line is
`N programs: k match, m mismatch, i internal errors, c C-compiler failures, r refused`.
Mismatches, internal errors and C-compiler failures are failures (exit status 1),
each counted on its own.  They are reduced (fuzz_reduce.py) while they fail the
same way, and the reduced program is written to
tests/pending/regressions/fuzz_<seed>.py (not collected by the suite); once the
bug is fixed it moves to tests/programs/regressions/.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests"))
sys.path.insert(0, HERE)

from fuzz_gen import generate  # noqa: E402
from fuzz_reduce import reduce  # noqa: E402
from fuzz_shapes import SHAPES  # noqa: E402
from traceback_text import first_difference, without_carets, without_comprehension_frames  # noqa: E402

PENDING_DIR = os.path.join(ROOT, "tests", "pending", "regressions")
# exceptions the generated programs raise on purpose; anything else under CPython is a generator bug
INTENDED = ("ZeroDivisionError", "IndexError", "KeyError", "ValueError", "AssertionError", "RecursionError",
            "FuzzError")
RUN_TIMEOUT = 30
KINDS = ("match", "mismatch", "internal", "C compiler", "refused", "invalid")
FAILURES = ("mismatch", "internal", "C compiler")  # what makes the run fail and gets reduced


@dataclass
class Outcome:
    kind: str  # one of KINDS
    detail: str = ""
    signature: str = ""  # what must stay the same while reducing


def last_line(data: bytes) -> str:
    lines = data.decode("utf-8", "replace").rstrip("\n").splitlines()
    return lines[-1] if lines else ""


def run(cmd, cwd) -> tuple[int, bytes, bytes]:
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=RUN_TIMEOUT)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return -999, b"", b"timeout"


def cpython(path: str, cwd: str) -> tuple[int, bytes, bytes]:
    return run([sys.executable, path], cwd)


def compile_program(path: str, exe: str, work: str, profile: str, cc: str | None,
                    sanitize: str | None) -> tuple[str, str] | None:
    """None when the build succeeded, else (kind, signature): the kind of failure and one line
    without file positions that says what failed."""
    from pyzc.diagnostics import CompileError
    from pyzc.driver import build
    from pyzc.toolchain import ToolchainError
    try:
        build(path, exe, profile=profile, cc=cc, sanitize=sanitize, build_dir=work)
        return None
    except CompileError as e:
        msg = e.diagnostic.message
        if msg.startswith("the C compiler failed"):
            errs = [re.sub(r"^.*?:\d+:\d+: ", "", ln) for ln in msg.splitlines() if re.search(r":\d+:\d+: error: ", ln)]
            return "C compiler", "C compiler: " + (errs[0] if errs else msg.splitlines()[0])
        if "internal compiler error" in msg or "Traceback (most recent call last)" in msg:
            return "internal", "internal: " + msg.splitlines()[0]
        return "refused", "error: " + msg.splitlines()[0]
    except ToolchainError as e:  # zig missing or broken: not the program's fault, but nothing was checked
        return "internal", f"toolchain: {str(e).splitlines()[0]}"
    except RecursionError:  # generated programs nest shallowly: pyzc recursing without end is a bug
        return "internal", "internal: RecursionError"
    except Exception as e:  # an internal compiler error: exactly what the fuzzer is for
        return "internal", f"internal: {type(e).__name__}: {str(e)[:200]}"


def traceback_text(stderr: bytes) -> str:
    """An error exit's stderr as the oracle compares it (tests/traceback_text.py).  Both sides run the
    same file by the same absolute path, so the `File "..."` lines need no change."""
    return without_comprehension_frames(without_carets(stderr.decode("utf-8", "replace")))


def judge(source: str, work: str, name: str, profile: str = "release", cc: str | None = None,
          sanitize: str | None = None) -> Outcome:
    # absolute: CPython runs it from `work` and names it by its absolute path, pyzc names it by
    # the absolute path of what it was given (codegen/emit.py traceback_place)
    path = os.path.abspath(os.path.join(work, name + ".py"))
    exe = os.path.join(work, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    try:
        want = cpython(path, work)
        if want[0] == -999:
            return Outcome("invalid", "CPython timed out")
        if want[0] != 0 and not last_line(want[2]).startswith(INTENDED):
            return Outcome("invalid", f"CPython: {last_line(want[2])}")
        err = compile_program(path, exe, work, profile, cc, sanitize)
        if err is not None:
            return Outcome(err[0], err[1], err[1])
        got = run([exe], work)
    finally:
        for p in (exe, path):
            if os.path.exists(p):
                os.unlink(p)
        shutil.rmtree(os.path.join(work, name + "-c"), ignore_errors=True)
    problems, what = [], []  # what: the kinds of difference, the signature the reducer keeps
    if got[0] == -999:
        problems.append("the binary timed out")
        what.append("timeout")
    if got[1] != want[1]:
        problems.append("stdout " + first_difference(want[1].decode("utf-8", "replace"),
                                                     got[1].decode("utf-8", "replace")))
        what.append("stdout")
    if got[0] != want[0]:
        problems.append(f"exit status {got[0]}, CPython {want[0]}")
        what.append("status")
    if want[0] != 0 and got[0] != -999 and traceback_text(got[2]) != traceback_text(want[2]):
        problems.append("traceback " + first_difference(traceback_text(want[2]), traceback_text(got[2])))
        what.append("traceback" if last_line(got[2]) == last_line(want[2]) else "last stderr line")
    if b"runtime error:" in got[2] or b"Sanitizer" in got[2]:
        problems.append("sanitizer: " + next(ln for ln in got[2].decode("utf-8", "replace").splitlines()
                                              if "runtime error:" in ln or "Sanitizer" in ln))
        what.append("sanitizer")
    if problems:
        return Outcome("mismatch", "; ".join(problems), "mismatch: " + ", ".join(what))
    return Outcome("match")


# ------------------------------------------------------------------ workers

_options: dict = {}


def _init(options):
    # A worker ends at once on SIGTERM (Pool.terminate, when the `with` block ends): the main process's
    # handler (sys.exit, for its own cleanup), inherited across fork, raised SystemExit wherever the
    # worker was, and one caught holding a lock of the pool's queue never ended: the run hung after
    # its last seed (seen twice in fresh-clone CI runs, the parent waiting on a worker in a futex).
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _options.update(options)
    _options["work"] = tempfile.mkdtemp(prefix="worker-", dir=options["tmp_root"])


def _judge_seed(seed: int) -> tuple[int, Outcome]:
    try:
        return seed, judge(generate(seed, _options["skip"], _options["only"]), _options["work"], f"fuzz_{seed}", _options["profile"],
                           _options["cc"], _options["sanitize"])
    except Exception as e:  # the harness itself failed: say so, do not hide it as a pass
        return seed, Outcome("invalid", f"harness: {type(e).__name__}: {e}")


def still_fails(outcome: Outcome, work: str, options: dict):
    """The oracle for the reducer: does a candidate fail the way the original did?"""
    counter = [0]

    def fails(text: str) -> bool:
        counter[0] += 1
        got = judge(text, work, f"cand_{os.getpid()}_{counter[0]}", options["profile"], options["cc"],
                    options["sanitize"])
        return got.kind == outcome.kind and got.signature == outcome.signature

    return fails


def _reduce_seed(item) -> tuple[int, Outcome, str]:
    seed, outcome = item
    source = generate(seed, _options["skip"], _options["only"])
    fails = still_fails(outcome, _options["work"], _options)
    small = reduce(source, fails, max_tries=_options["max_tries"], max_seconds=_options["max_seconds"])
    return seed, outcome, small


def write_reduced(seed: int, outcome: Outcome, source: str, small: str, out_dir: str) -> str | None:
    os.makedirs(out_dir, exist_ok=True)
    for existing in os.listdir(out_dir):
        with open(os.path.join(out_dir, existing), encoding="utf-8") as f:
            if f.read().split("\n", 2)[-1] == small:
                return None  # the same reduced program is there already
    path = os.path.join(out_dir, f"fuzz_{seed}.py")
    detail = outcome.detail.replace("\n", " ")[:300]
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# fuzz seed {seed}: {outcome.kind}, reduced from {source.count(chr(10))} lines (tests/fuzz)\n"
                f"# {detail}\n{small}")
    return path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Differential fuzzing of pyzc against CPython.")
    ap.add_argument("-n", type=int, default=1000, help="how many programs (default 1000)")
    ap.add_argument("--seed", type=int, default=1, help="seed of the first program; program i uses SEED+i")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--profile", default="release", help="pyzc build profile (release, debug, min-size)")
    ap.add_argument("--cc", default=None, help="build with this C compiler instead of zig cc (e.g. gcc)")
    ap.add_argument("--sanitize", default=None, help="with --cc: e.g. address,undefined")
    ap.add_argument("--max-reduce", type=int, default=6, help="reduce at most this many failures (default 6)")
    ap.add_argument("--reduce-tries", type=int, default=400, help="oracle calls per reduction")
    ap.add_argument("--reduce-seconds", type=float, default=300, help="seconds per reduction")
    ap.add_argument("--out", default=PENDING_DIR, help="where reduced programs go (default tests/pending/regressions)")
    ap.add_argument("--skip", default="", help="leave out these shapes of fuzz_shapes.SHAPES (comma-separated, or "
                    "'all'), e.g. while a known bug in one of them is being fixed")
    ap.add_argument("--only", default="", help="these shapes (comma-separated) in every program and no other shape, "
                    "e.g. to exercise a new shape")
    ap.add_argument("-v", "--verbose", action="store_true", help="a line per program")
    args = ap.parse_args(argv)
    args.skip = tuple(SHAPES) if args.skip == "all" else tuple(x for x in args.skip.split(",") if x)
    args.only = tuple(x for x in args.only.split(",") if x)
    if args.only:
        args.skip = tuple(sorted(set(args.skip) | (set(SHAPES) - set(args.only))))
    unknown = (set(args.skip) | set(args.only)) - set(SHAPES)
    if unknown:
        ap.error(f"unknown shapes {', '.join(sorted(unknown))} (known: {', '.join(SHAPES)})")
    options = {"profile": args.profile, "cc": args.cc, "sanitize": args.sanitize,
               "max_tries": args.reduce_tries, "max_seconds": args.reduce_seconds, "skip": args.skip,
               "only": args.only}
    seeds = range(args.seed, args.seed + args.n)
    counts = dict.fromkeys(KINDS, 0)
    failures: list[tuple[int, Outcome]] = []  # every outcome but match and refused
    refusals: dict[str, list[int]] = {}  # diagnostic -> seeds
    t0 = time.monotonic()
    options["tmp_root"] = tempfile.mkdtemp(prefix="pyzc-fuzz-")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so the finally below cleans up
    interrupted = False
    try:
        fuzz(args, options, seeds, counts, failures, refusals, t0)
    except (KeyboardInterrupt, SystemExit):  # Ctrl-C or SIGTERM: still say what was done
        interrupted = True
    finally:
        shutil.rmtree(options["tmp_root"], ignore_errors=True)
    for sig, which in sorted(refusals.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"refused {len(which)}x (seed {min(which)}): {sig}", flush=True)
    print(summary(counts) + (" (interrupted)" if interrupted else ""), flush=True)
    print(f"({time.monotonic() - t0:.0f} s)", file=sys.stderr)
    return 0 if not failures and not interrupted else 1


def summary(counts: dict) -> str:
    line = (f"{sum(counts.values())} programs: {counts['match']} match, {counts['mismatch']} mismatch, "
            f"{counts['internal']} internal errors, {counts['C compiler']} C-compiler failures, "
            f"{counts['refused']} refused")
    if counts["invalid"]:
        line += f", {counts['invalid']} invalid (generator bugs)"
    return line


def fuzz(args, options, seeds, counts, failures, refusals, t0):
    with multiprocessing.Pool(args.jobs, initializer=_init, initargs=(options,)) as pool:
        for done, (seed, outcome) in enumerate(pool.imap_unordered(_judge_seed, seeds, chunksize=1), 1):
            counts[outcome.kind] += 1
            if outcome.kind == "refused":
                refusals.setdefault(outcome.signature, []).append(seed)
                if args.verbose:
                    print(f"seed {seed}: refused: {outcome.detail}", flush=True)
            elif outcome.kind != "match":
                failures.append((seed, outcome))
                print(f"seed {seed}: {outcome.kind}: {outcome.detail}", flush=True)
            elif args.verbose:
                print(f"seed {seed}: match", flush=True)
            if done % 100 == 0:
                print(f"... {done}/{args.n} in {time.monotonic() - t0:.0f} s", file=sys.stderr, flush=True)
        # reduce one failure per distinct signature (internal and C-compiler errors), mismatches up to the limit
        picked, sigs = [], set()
        for seed, outcome in sorted(failures):
            if outcome.kind not in FAILURES:
                continue
            key = outcome.signature if outcome.kind != "mismatch" else ("mismatch", seed)
            if key in sigs or len(picked) >= args.max_reduce:
                continue
            sigs.add(key)
            picked.append((seed, outcome))
        for seed, outcome, small in pool.imap_unordered(_reduce_seed, picked):
            source = generate(seed, args.skip, args.only)
            path = write_reduced(seed, outcome, source, small, args.out)
            where = os.path.relpath(path, ROOT) if path else "(same as one already written)"
            print(f"seed {seed}: reduced {source.count(chr(10))} -> {small.count(chr(10))} lines: {where}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
