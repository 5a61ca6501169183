"""Micro benchmark of runtime_c/long.c against CPython's ints (issue 19).

Not part of `make bench` (which compiles whole programs): this times the runtime's big-int
functions alone, called from a small C driver (bench/long_micro.c) linked with the whole
runtime and built with the release profile's flags, against the same kernels run by the
CPython that runs this script (timed inside the process, so start-up is not counted).
Both sides print a check value, which must agree.

    python bench/long_micro.py                 # the table: kernel, CPython s, pyzc s, ratio
    python bench/long_micro.py --cutoff 32     # the same with another Karatsuba cutoff
    python bench/long_micro.py --mul-sweep     # a * b at sizes around the cutoff (ns per call)

Every long.c result is a new GC block, so the collector's costs are in these times: the first
collection cycle touches fresh pages, and gc.c keeps only threshold / 1 MiB empty chunks after a
collection, so a loop whose results step through many size classes refaults pages each cycle.

A ratio above 1 means long.c is faster than CPython.  Times are CPU time (the machine this was
written on is shared), the best of --repeat runs, CPython's and long.c's runs interleaved.
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tempfile
import time
import glob

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from pyzc.toolchain import zig_command  # noqa: E402

RUNTIME = os.path.join(ROOT, "pyzc", "runtime_c")
M50 = 10**49 + 151   # 50 digits (prime or not, it does not matter here)


def build(out: str, cutoff: int | None) -> str:
    exe = os.path.join(out, "long_micro")
    defs = [f"-DPYZ_LONG_KARATSUBA_CUTOFF={cutoff}"] if cutoff else []
    cmd = [*zig_command(), "cc", "-std=gnu11", "-ffp-contract=off", "-march=native", "-O3", "-g0", "-I", RUNTIME,
           *defs, os.path.join(ROOT, "bench", "long_micro.c"), *sorted(glob.glob(os.path.join(RUNTIME, "*.c"))),
           "-lm", "-o", exe]
    subprocess.run(cmd, check=True)
    return exe


def run_c(exe: str, *args) -> tuple[str, float]:
    out = subprocess.run([exe, *map(str, args)], capture_output=True, text=True, check=True).stdout.split("\n")
    return out[0].split()[1], float(out[1].split()[1])


# ---------------------------------------------------------- the CPython kernels

def fact_loop(n, reps):
    for _ in range(reps):
        r = 1
        for i in range(2, n + 1):
            r *= i
    return r % 1000000007


def factorial(n, reps):
    for _ in range(reps):
        r = math.factorial(n)
    return r % 1000000007


def pidigits(N):
    i = k = ns = 0
    k1 = 1
    n, a, d, t, u = 1, 0, 1, 0, 0
    check = 0
    while True:
        k += 1
        t = n << 1
        n *= k
        a += t
        k1 += 2
        a *= k1
        d *= k1
        if a >= n:
            t, u = divmod(n * 3 + a, d)
            u += n
            if d > u:
                ns = ns * 10 + t
                i += 1
                if i % 10 == 0:
                    check = (check * 1000003 + ns) % 2**64
                    ns = 0
                if i >= N:
                    break
                a -= d * t
                a *= 10
                n *= 10
    return check % 1000000007


def hash_loop(n):
    m = 10**49 + 151
    h = 0
    x = 0
    for i in range(n):
        h = (h * 31 + (i & 255)) % m
        x ^= hash(h)
    return x % 1000000007


def timed(f, *args):
    t0 = time.process_time()
    r = f(*args)
    return str(r), time.process_time() - t0


KERNELS = [
    ("factorial(2000) as a loop of r *= i", fact_loop, ("fact_loop", 2000, 100)),
    ("math.factorial(2000)", factorial, ("factorial", 2000, 200)),
    ("pidigits spigot, 2000 digits", pidigits, ("pidigits", 2000)),
    ("50-digit hash loop, 1e6 steps", hash_loop, ("hash", 1000000)),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cutoff", type=int, help="Karatsuba cutoff in 32-bit digits (default: long.c's)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--mul-sweep", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="long-micro-") as tmp:
        exe = build(tmp, args.cutoff)
        if args.mul_sweep:
            for bits in (1024, 1536, 2048, 3072, 4096, 8192, 16384, 65536):
                reps = max(20, 200_000_000 // (bits // 32) ** 2)
                best = min(run_c(exe, "mul", bits, reps)[1] for _ in range(args.repeat))
                a, b = (1 << bits) - 12345, (1 << bits) - 54321
                t0 = time.process_time()
                for _ in range(reps):
                    a * b
                tpy = time.process_time() - t0
                print(f"mul {bits:6d} bits: long.c {best / reps * 1e9:10.0f} ns   CPython {tpy / reps * 1e9:10.0f} ns"
                      f"   ratio {tpy / best:5.2f}")
            return
        print(f"{'kernel':40s} {'CPython s':>10s} {'long.c s':>10s} {'ratio':>6s}")
        for name, f, cargs in KERNELS:
            py_args = cargs[1:]
            runs = [(timed(f, *py_args), run_c(exe, *cargs)) for _ in range(args.repeat)]  # interleaved
            pc, pt = min((r[0] for r in runs), key=lambda r: r[1])
            cc, ct = min((r[1] for r in runs), key=lambda r: r[1])
            assert pc == cc, (name, pc, cc)
            print(f"{name:40s} {pt:10.4f} {ct:10.4f} {pt / ct:6.2f}")


if __name__ == "__main__":
    main()
