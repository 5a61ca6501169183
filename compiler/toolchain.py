"""The C toolchain: finding zig, the targets and profiles, and invoking the compiler.

`zig cc` from the `ziglang` package is the compiler and linker for every
target (DESIGN.md); `--cc gcc` (or clang) builds the same C with another
compiler, for AddressSanitizer.  Targets are static musl binaries; the host
build uses `-march=native` only when the target is the host.
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
from dataclasses import dataclass

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT_DIR = os.path.dirname(PACKAGE_DIR)
RUNTIME_DIR = os.path.join(ROOT_DIR, "runtime_c")
TEMPLATES_DIR = os.path.join(ROOT_DIR, "templates")

TARGETS = {
    "x86_64-linux": "x86_64-linux-musl",
    "aarch64-linux": "aarch64-linux-musl",
    "arm-linux": "arm-linux-musleabihf",
    "riscv64-linux": "riscv64-linux-musl",
}

PROFILES = {
    "release": "speed: -O3, native CPU on the host (the default); the runtime is a cached -O3 archive",
    "debug": "-O0 -g with UBSan; #line maps C back to Python lines for debuggers",
    "min-size": "-Oz, stripped, unused functions and sections removed",
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


def profile_flags(req: BuildRequest) -> list[str]:
    """Flags shared by the runtime's objects and the program's C."""
    if req.target not in TARGETS:
        raise ToolchainError(f"unknown target '{req.target}' (known: {', '.join(TARGETS)})")
    native = req.target == host_target() and req.cc is None
    # -ffp-contract=off: no fused multiply-add, so float results match CPython's bit for bit.
    flags = ["-std=gnu11", "-ffp-contract=off", "-I", RUNTIME_DIR,
             "-Wno-unused-label", "-Wno-unused-variable", "-Wno-unused-function"]
    if req.profile == "release":
        # symbols stay (for profilers and `pyzc analyze`); libc's debug sections go
        flags += ["-O3", "-Wl,--strip-debug"]
        if native:
            flags.append("-march=native")
    elif req.profile == "debug":
        flags += ["-O0", "-g"]
        if req.cc is None:
            flags += ["-fsanitize=undefined", "-fno-sanitize-recover=undefined", "-fno-sanitize=function"]
    elif req.profile == "min-size":
        flags += ["-Oz", "-ffunction-sections", "-fdata-sections", "-Wl,--gc-sections", "-s"]
    else:
        raise ToolchainError(f"unknown profile '{req.profile}' (known: {', '.join(PROFILES)})")
    if req.sanitize:
        flags += [f"-fsanitize={req.sanitize}", "-fno-omit-frame-pointer", "-g"]
    return flags


def cc_command(req: BuildRequest) -> list[str]:
    if req.cc is None:
        return zig_command() + ["cc", "-target", TARGETS[req.target]]
    return req.cc.split()


def runtime_library(req: BuildRequest) -> str:
    """The runtime compiled once per (sources, compiler, target, flags) and cached as an archive.

    Compiling the runtime with every program would cost seconds per build;
    the archive is built into a temporary directory and renamed into place,
    so concurrent builds never see half of one.
    """
    flags = [f for f in profile_flags(req) if not f.startswith("-Wl,") and f != "-s"]
    h = hashlib.sha256()
    for src in runtime_sources() + [os.path.join(RUNTIME_DIR, "pyz.h")]:
        with open(src, "rb") as f:
            h.update(src.encode() + b"\0" + f.read())
    h.update(repr((cc_command(req)[-3:], flags)).encode())
    cache_root = os.environ.get("PYZC_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "pyzc")
    lib_dir = os.path.join(cache_root, "runtime-" + h.hexdigest()[:16])
    lib = os.path.join(lib_dir, "libpyzrt.a")
    if os.path.exists(lib):
        return lib
    os.makedirs(cache_root, exist_ok=True)
    tmp_dir = tempfile.mkdtemp(prefix="runtime-", dir=cache_root)
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
    return cc_command(req) + flags + [req.c_file, runtime_library(req), "-lm", "-o", req.output]


def first_build_pending(target: str) -> bool:
    """True when zig has no cached libc for this target yet (the first build takes tens of seconds)."""
    cache = os.path.expanduser("~/.cache/zig")
    marker = os.path.join(cache, "pyzc-built-" + target)
    return not os.path.exists(marker)


def note_target_built(target: str):
    cache = os.path.expanduser("~/.cache/zig")
    try:
        os.makedirs(cache, exist_ok=True)
        open(os.path.join(cache, "pyzc-built-" + target), "w").close()
    except OSError:
        pass


def run_compiler(cmd: list[str]) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(cmd, capture_output=True, text=True)
    except FileNotFoundError as e:
        raise ToolchainError(f"cannot run the C compiler: {e}")
