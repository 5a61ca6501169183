"""The C toolchain: finding zig, the targets and profiles, and invoking the compiler.

`zig cc` from the `ziglang` package is the compiler and linker for every
target (DESIGN.md); `--cc gcc` (or clang) builds the same C with another
compiler, for AddressSanitizer.  Targets are static musl binaries.

CPU model: `--cpu NAME` is zig's `-mcpu`.  Without it the host build uses
`-march=native` and a cross build zig's baseline CPU for the architecture
(safe on every CPU of that family): never the build machine's CPU for a
foreign target.

No `-flto`, on purpose: the runtime is compiled once per (target, CPU,
flags) into a cached archive, and its hot paths are `static inline` in
pyz.h, so they are optimised together with the program anyway; -flto would
recompile the runtime at every build.

The first build for a (target, CPU, profile) compiles zig's musl and the
runtime archive (tens of seconds to minutes); a marker file per key in
~/.cache/pyzc/built/ records that it happened, so the driver can say so
while it happens (see progress.py).
"""

from __future__ import annotations

import glob
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass

from . import cache
from .package_data import PACKAGE_DIR, RUNTIME_DIR, TEMPLATES_DIR  # noqa: F401 (toolchain.RUNTIME_DIR is used)

TARGETS = {
    "x86_64-linux": "x86_64-linux-musl",
    "aarch64-linux": "aarch64-linux-musl",
    "arm-linux": "arm-linux-musleabihf",
    "riscv64-linux": "riscv64-linux-musl",
}

PROFILES = {
    "release": "speed (the default): -O3, the host's own CPU (-march=native) unless --cpu or a cross target; "
               "the symbol table is kept for profilers and `pyzc analyze`; functions nothing calls are dropped",
    "min-size": "smallest binary: -Oz, every function and datum in its own section so the linker drops what "
                "nothing uses (in the runtime archive too), no unwind tables, symbols stripped",
    "debug": "finding bugs: -O0 -g with UBSan (undefined behaviour stops the program with a report); "
             "#line directives map the C back to Python lines for gdb and the sanitizer",
    "pgo": "speed from a measured run: builds an instrumented binary for the host, runs it with --train-args, "
           "then rebuilds with release flags and the counts as hints (branch probabilities, hot and cold "
           "functions); works for cross targets (counts are keyed by IR, not by address)",
}


class ToolchainError(Exception):
    pass


def host_target() -> str:
    machine = platform.machine().lower()
    return {"x86_64": "x86_64-linux", "amd64": "x86_64-linux", "aarch64": "aarch64-linux",
            "arm64": "aarch64-linux"}.get(machine, "x86_64-linux")


def zig_command() -> list[str]:
    try:
        import ziglang  # noqa: F401
    except ImportError:
        exe = shutil.which("zig")
        if exe:
            return [exe]
        raise ToolchainError("zig is not installed: pip install ziglang")
    return [sys.executable, "-m", "ziglang"]


def runtime_sources() -> list[str]:
    return sorted(glob.glob(os.path.join(RUNTIME_DIR, "*.c")))


@dataclass
class BuildRequest:
    c_file: str
    output: str
    target: str
    profile: str
    cc: str | None = None  # None: zig cc; else a command such as "gcc"
    sanitize: str | None = None  # e.g. "address,undefined" (with --cc)
    cpu: str | None = None  # zig's -mcpu name; None: native on the host, baseline on a cross target
    shared: bool = False  # a shared library for CPython to load (hybrid mode): glibc, -fPIC, hidden symbols


def profile_flags(req: BuildRequest) -> list[str]:
    """Flags shared by the runtime's objects and the program's C."""
    if req.target not in TARGETS:
        raise ToolchainError(f"unknown target '{req.target}' (known: {', '.join(TARGETS)})")
    native = req.target == host_target() and req.cc is None and req.cpu is None
    # -ffp-contract=off: no fused multiply-add, so float results match CPython's bit for bit.
    flags = ["-std=gnu11", "-ffp-contract=off", "-I", RUNTIME_DIR,
             "-Wno-unused-label", "-Wno-unused-variable", "-Wno-unused-function"]
    if req.cpu is not None and req.cpu != "native":
        flags.append(f"-mcpu={req.cpu}")
    elif req.cpu == "native" or native and req.profile in ("release", "pgo"):
        flags.append("-march=native")
    if req.profile in ("release", "pgo"):
        # symbols stay (for profilers and `pyzc analyze`); musl's debug sections are removed after linking
        # (strip_debug_after_link), since zig's -Wl,--strip-debug drops the symbol table too.  -g0: zig cc
        # makes debug info unless told not to, and it was thrown away after linking; building it was most
        # of the C compiler's time and memory on large programs (20,000 generated lines: 54 s and 6.7 GB
        # with it, 13 s and 0.38 GB without)
        flags += ["-O3", "-g0"]
        # each function and datum in its own section, and the linker drops what nothing reaches: without
        # it a program linked every runtime file it touched whole (hello world: 313 KB, of which 61 KB
        # are reachable; long.c, unicode_db.c, format.c came along through one call each).  The code of
        # each function is the same, so speed is too (instruction counts equal on fib30 and pidigits)
        flags += ["-ffunction-sections", "-fdata-sections", "-Wl,--gc-sections"]
    elif req.profile == "debug":
        flags += ["-O0", "-g"]
        if req.cc is None:
            flags += ["-fsanitize=undefined", "-fno-sanitize-recover=undefined", "-fno-sanitize=function"]
    elif req.profile == "min-size":
        # no unwind tables: the C has no exceptions to unwind, and .eh_frame was 8 KB of a 67 KB hello on aarch64
        flags += ["-Oz", "-g0", "-ffunction-sections", "-fdata-sections", "-fno-asynchronous-unwind-tables", "-fno-unwind-tables",
                  "-Wl,--gc-sections", "-s"]
    else:
        raise ToolchainError(f"unknown profile '{req.profile}' (known: {', '.join(PROFILES)})")
    if req.sanitize:
        flags += [f"-fsanitize={req.sanitize}", "-fno-omit-frame-pointer", "-g"]
    if req.shared:  # only the entry points (PYZX_EXPORT) are visible to the process that loads it
        flags += ["-fPIC", "-fvisibility=hidden"]
    return flags


_checked_cpus: set[tuple[str, str]] = set()


def check_cpu(target: str, cpu: str | None, cc: str | None = None):
    """Refuse a CPU name zig does not know for the target, in one line (zig's own error lists ~100 names)."""
    if cpu is None:
        return
    if cpu == "native":
        if target != host_target():
            raise ToolchainError(f"--cpu native means this machine's CPU, which is not a {target} CPU; "
                                 f"name the board's CPU (e.g. --cpu cortex_a72 for a Raspberry Pi 4) or leave --cpu out "
                                 f"for a generic {target} CPU")
        return
    if cc is not None:
        raise ToolchainError("--cpu NAME takes zig's CPU names, so it needs zig cc (drop --cc, or use --cpu native)")
    if (target, cpu) in _checked_cpus:
        return
    # preprocessing an empty file is enough for zig to resolve the CPU name (~40 ms)
    proc = run_compiler(zig_command() + ["cc", "-target", TARGETS[target], f"-mcpu={cpu}", "-E", "-x", "c",
                                         os.devnull, "-o", os.devnull])
    if proc.returncode != 0:
        names = [ln.strip() for ln in proc.stderr.splitlines() if ln.startswith(" ")]
        arch = TARGETS[target].split("-")[0]
        close = [n for n in names if n.startswith(cpu[:6])][:8] or names[:8]
        hint = f" (close: {', '.join(close)})" if close else ""
        raise ToolchainError(f"unknown CPU '{cpu}' for {target}{hint}; `pyzc targets --cpus {target}` lists "
                             f"all {len(names)} {arch} CPU names zig knows")
    _checked_cpus.add((target, cpu))


def cpu_names(target: str) -> list[str]:
    """zig's CPU names for the target's architecture (from the list zig prints for an unknown name)."""
    proc = run_compiler(zig_command() + ["cc", "-target", TARGETS[target], "-mcpu=pyzc_list_cpus", "-E", "-x", "c",
                                         os.devnull, "-o", os.devnull])
    return [ln.strip() for ln in proc.stderr.splitlines() if ln.startswith(" ")]


def profile_info(target: str | None = None, cpu: str | None = None) -> str:
    """`pyzc build --show-profile-info`: what each profile is for, and the flags it uses for this target."""
    target = target or host_target()
    where = "this machine" if target == host_target() else "a cross target"
    out = textwrap.wrap(f"Profiles (--profile NAME), with the flags for {target} ({where}"
                        f"{', --cpu ' + cpu if cpu else ''}); every build is a static musl binary made by "
                        f"zig cc -target {TARGETS[target]}:", 100) + [""]
    for name, purpose in PROFILES.items():
        flags = profile_flags(BuildRequest("app.c", "app", target, name, cpu=cpu))
        shown = [f for f in flags if not f.startswith("-Wno-") and f not in ("-std=gnu11", "-ffp-contract=off", "-I",
                                                                              RUNTIME_DIR)]
        text = " ".join(shown)
        if name == "pgo":
            text = f"release's ({text}), plus __builtin_expect_with_probability and __attribute__((hot/cold)) in the C"
        out += textwrap.wrap(purpose, 100, initial_indent=f"  {name:10}", subsequent_indent=" " * 12)
        out += textwrap.wrap("flags: " + text, 100, initial_indent=" " * 12, subsequent_indent=" " * 19,
                             break_on_hyphens=False)
        out.append("")
    out += ["All profiles: -std=gnu11 -ffp-contract=off (no fused multiply-add, so floats match CPython bit for bit).",
            "CPU: without --cpu, the host build uses -march=native and a cross build zig's baseline CPU for the",
            "architecture (safe on every CPU of that family); --cpu NAME is zig's -mcpu (pyzc targets --cpus TARGET).",
            "No -flto, on purpose: the runtime (runtime_c/) is compiled once per target, CPU and flags into a cached",
            "archive (~/.cache/pyzc/runtime-<hash>/libpyzrt.a), and its hot paths are static inline in pyz.h, so",
            "they are optimised together with the program anyway; -flto would recompile the runtime at every build.",
            ""]
    return "\n".join(out)


def target_triple(req: BuildRequest) -> str:
    """zig's target: static musl for a program; for a shared library (hybrid mode) the same machine with
    glibc, the C library of the CPython that loads it (zig links against its default, old, glibc
    version, so the library loads on any distribution since)."""
    triple = TARGETS[req.target]
    return triple.replace("-musl", "-gnu") if req.shared else triple


def cc_command(req: BuildRequest) -> list[str]:
    if req.cc is None:
        return zig_command() + ["cc", "-target", target_triple(req)]
    return req.cc.split()


def runtime_library(req: BuildRequest) -> str:
    """The runtime compiled once per (sources, compiler, target, flags) and cached as an archive.

    Compiling the runtime with every program would cost seconds per build;
    the archive is built into a temporary directory and renamed into place,
    so concurrent builds never see half of one.
    """
    flags = [f for f in profile_flags(req) if not f.startswith("-Wl,") and f != "-s"]
    h = hashlib.sha256(cache.version_key().encode() + b"\0" + zig_version().encode())
    for src in runtime_sources() + sorted(glob.glob(os.path.join(RUNTIME_DIR, "*.h"))):  # pyz.h, ddouble.h
        with open(src, "rb") as f:  # by name and content, not by where pyzc is installed
            h.update(os.path.basename(src).encode() + b"\0" + f.read())
    where = [("<runtime>" if f == RUNTIME_DIR else f) for f in flags]  # -I <the installed runtime_c>
    h.update(repr((cc_command(req)[-3:], where)).encode())
    root = cache.root()
    lib_dir = os.path.join(root, "runtime-" + h.hexdigest()[:16])
    lib = os.path.join(lib_dir, "libpyzrt.a")
    if os.path.exists(lib):
        cache.touch(lib_dir)
        return lib
    os.makedirs(root, exist_ok=True)
    cache.prune()
    tmp_dir = tempfile.mkdtemp(prefix=".tmp-runtime-", dir=root)
    try:
        objs = []
        for src in runtime_sources():
            obj = os.path.join(tmp_dir, os.path.basename(src)[:-2] + ".o")
            proc = run_compiler(cc_command(req) + flags + ["-c", src, "-o", obj])
            if proc.returncode != 0:
                raise ToolchainError(f"building the runtime ({os.path.basename(src)}) failed:\n{proc.stderr.strip()}")
            objs.append(obj)
        ar = zig_command() + ["ar"] if req.cc is None else ["ar"]
        proc = run_compiler(ar + ["rcs", os.path.join(tmp_dir, "libpyzrt.a")] + objs)
        if proc.returncode != 0:
            raise ToolchainError(f"archiving the runtime failed:\n{proc.stderr.strip()}")
        try:
            os.rename(tmp_dir, lib_dir)
        except OSError:
            pass  # another build got there first; theirs is identical
    finally:
        if os.path.isdir(tmp_dir):
            shutil.rmtree(tmp_dir, ignore_errors=True)
    return lib


def compile_command(req: BuildRequest) -> list[str]:
    flags = profile_flags(req)
    if req.shared:
        return cc_command(req) + flags + ["-shared", req.c_file, runtime_library(req), "-lm", "-lpthread", "-o", req.output]
    return cc_command(req) + flags + [req.c_file, runtime_library(req), "-lm", "-o", req.output]


def zig_version() -> str:
    """The ziglang package's version (or the zig on PATH): part of every cache key."""
    try:
        from importlib.metadata import PackageNotFoundError, version
        try:
            return "ziglang " + version("ziglang")
        except PackageNotFoundError:
            pass
    except ImportError:
        pass
    return "zig " + (shutil.which("zig") or "zig")


def _built_marker(req: BuildRequest) -> str:
    """One marker per (zig, target, CPU, profile): zig compiles musl once for each CPU and
    optimisation mode (measured: a debug build after a release one for aarch64 took two minutes)."""
    key = repr((zig_version(), target_triple(req), req.cpu or ("native" if req.target == host_target() else "baseline"),
                "release" if req.profile == "pgo" else req.profile))
    return os.path.join(cache.root(), "built", hashlib.sha256(key.encode()).hexdigest()[:16])


def strip_debug_after_link(req: BuildRequest) -> bool:
    return req.profile in ("release", "pgo") and req.cc is None and not req.sanitize and not req.shared


def first_build_pending(req: BuildRequest) -> bool:
    """True when this (target, CPU, profile) has not been built here yet: zig will compile its
    C library and pyzc its runtime first (tens of seconds to minutes)."""
    return req.cc is None and not os.path.exists(_built_marker(req))


def note_built(req: BuildRequest):
    if req.cc is not None:
        return
    marker = _built_marker(req)
    try:
        os.makedirs(os.path.dirname(marker), exist_ok=True)
        with open(marker, "w") as f:
            f.write(f"{req.target} {req.cpu or '-'} {req.profile}\n")
    except OSError:
        pass


def run_compiler(cmd: list[str]) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(cmd, capture_output=True, text=True)
    except FileNotFoundError as e:
        raise ToolchainError(f"cannot run the C compiler: {e}")
