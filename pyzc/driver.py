"""One build: source -> C -> binary.  The pipeline's stages and passes are listed here, in order.

The binary goes to build/<name> for this machine in release, to
build/<target>/<profile>/<name> for any other target or profile, or where -o
says.  The generated C is kept beside the binary, in <name>-c/<name>.c
(readable, with #line directives), <name> being the output's name; not in
<name>/, since that is the binary itself (--build-dir puts it elsewhere).  Every build writes its
C to a file of its own in that folder, compiles that, and only then renames it
to <name>.c: two builds that run at the same time never compile each other's C.
The binary is written to a temporary name beside the requested output and
renamed into place only when the compiler succeeded, so a failed build
never leaves a half-written or stale binary under the requested name; the
source file is only ever read.
"""

from __future__ import annotations

import dataclasses
import contextlib
import functools
import gc
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

from . import __version__, c_cache as c_cache_entries, toolchain
from .codegen import pgo
from .codegen.emit import build_info_literal, emit_c
from .codegen.wrapper import MODULE_MARKER, declarations, ffi_module_text, render_wrapper
from .codegen.ctypes import c_type
from .codegen.naming import RENDERED_PREFIXES
from .codegen.prims import CHECKED, EXPR, GUARDS, OPTIONAL
from .codegen.runtime_table import RuntimeFunction, load_runtime_table
from .diagnostics import CompileError, Diagnostic, SourceFile
from .elf import strip_debug
from .frontend.check import check_subset, dynamic_builtin_uses
from .frontend.closures import ClosuresNeeded
from .frontend.modules import link
from .frontend.argparse_calls import rewrite_argparse
from .frontend.csv_rows import rewrite_csv_rows
from .frontend.namedtuples import take_namedtuples
from .frontend.parse import parse, read_source
from .frontend.symbols import Program, resolve
from .ir.build import lower
from .ir.check import IRCheckError, Known, check_module
from .ir.ops import Module
from .passes.check_unbound import check_unbound
from .passes.count_split_pieces import count_split_pieces
from .passes.fold_constants import fold_constants
from .passes.frame_lists import frame_lists
from .passes.guard_big_ints import guard_big_ints
from .passes.inline_generators import inline_generators
from .passes.fuse_str_parts import fuse_str_parts
from .passes.fuse_tail_checks import fuse_tail_checks
from .passes.split_piece_ranges import split_piece_ranges
from .passes.split_base_case import split_base_case
from .passes.mark_raising import mark_raising, mark_runtime_raising, unchecked_raising_calls
from .passes.mark_recursion import mark_recursion
from .passes.propagate_module_constants import propagate_module_constants
from .passes.remove_dead_blocks import remove_dead_blocks
from .passes.remove_dead_functions import remove_dead_functions
from .passes.remove_range_checks import remove_range_checks
from .passes.version_loops import version_loops
from .passes.version_blocks import version_blocks
from .passes.simplify_cfg import simplify_cfg
from .passes.single_latches import single_latches
from .passes.tail_accumulation import tail_accumulation
from .package_data import RUNTIME_HEADER, TEMPLATES_DIR
from .progress import Notice
from .types.infer import infer
from .types.typed_program import TypedProgram

# IR -> IR passes, in the order they run.
PASSES = [check_unbound, mark_runtime_raising, propagate_module_constants, fold_constants, remove_dead_blocks, simplify_cfg, count_split_pieces, remove_dead_functions, guard_big_ints, inline_generators, tail_accumulation, remove_range_checks, fuse_str_parts, version_loops, version_blocks, mark_recursion, mark_raising,
          fuse_tail_checks, single_latches, frame_lists, split_piece_ranges, split_base_case]


@dataclass
class BuildResult:
    output: str
    c_file: str
    timings: dict[str, float] = field(default_factory=dict)
    counts_file: str | None = None  # --profile pgo: the training run's counts
    target: str = ""
    profile: str = ""


@dataclass
class Compiled:
    """The front half's results: the C, and what the analysis and pgo need to know."""
    c_text: str
    ir: Module
    source_digest: str
    left_out: list[tuple[str, int, str]]  # (Python function, line, why it was not compiled)
    typed: TypedProgram | None = None  # the TypedProgram (types of every expression), for pyzc analyze

    def __repr__(self):  # short, as ir.ops.Module's
        return f"Compiled({self.ir.path}, {len(self.c_text)} characters of C)"


def default_output(source_path: str, target: str | None = None, profile: str = "release") -> str:
    """build/<name> for this machine in release; build/<target>/<profile>/<name> otherwise (as cargo
    does), so a cross or debug build never replaces the host binary."""
    name = os.path.splitext(os.path.basename(source_path))[0]
    target = target or toolchain.host_target()
    if target == toolchain.host_target() and profile == "release":
        return os.path.join("build", name)
    return os.path.join("build", target, profile, name)


def file_stem(path: str) -> str:
    """The name of a build's work files: the path's base name without extension, with every character
    that a shell, a Makefile or zig's dependency files could misread replaced by '_'."""
    stem = os.path.splitext(os.path.basename(path))[0]
    return re.sub(r"[^A-Za-z0-9_.+-]", "_", stem) or "program"


def check_output_writable(output: str):
    """Refuse an output the build could never write, before any work: its folder must be creatable and writable."""
    out_dir = os.path.dirname(os.path.abspath(output))
    try:
        os.makedirs(out_dir, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=out_dir, prefix=f".{file_stem(output)}.", suffix=".probe")
        os.close(fd)
        os.unlink(probe)
    except OSError as e:
        raise CompileError(Diagnostic(f"cannot write the output {output}: {e.strerror or e}"))


def write_work_file(work: str, stem: str, suffix: str, text: str) -> str:
    """Write text to a file of this build's own in work (so parallel builds never share one); its path."""
    try:
        os.makedirs(work, exist_ok=True)
        fd, path = tempfile.mkstemp(dir=work, prefix=f".{stem}.", suffix=suffix)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
    except OSError as e:
        raise CompileError(Diagnostic(f"cannot write the generated C in {work}: {e.strerror or e}"))
    return path


def check_ir_requested() -> bool:
    """PYZC_CHECK_IR=1 (the test suite sets it): the IR checker runs after lowering and after every pass."""
    return os.environ.get("PYZC_CHECK_IR", "") not in ("", "0")


def timed(timings: dict[str, float], name: str, fn, *args, **kw):
    t0 = time.perf_counter()
    result = fn(*args, **kw)
    timings[name] = timings.get(name, 0.0) + time.perf_counter() - t0
    return result


@dataclass
class Lowered:
    """The pipeline up to the IR: what each stage produced."""
    source: SourceFile
    program: Program  # the resolved Program (frontend/symbols.py)
    typed: TypedProgram  # the TypedProgram (types/infer.py)
    ir: Module

    def __repr__(self):  # short, as ir.ops.Module's
        return f"Lowered({self.source.path})"


def lower_program(source_path: str, timings: dict[str, float] | None = None, text: str | None = None,
                  passes: bool = True, check: bool | None = None, exports: bool = False) -> Lowered:
    """Python source -> IR, through the passes unless passes=False (`pyzc emit-ir --before-passes`).
    check (default: check_ir_requested()): run the IR checker after lowering and after each pass."""
    timings = timings if timings is not None else {}
    check = check_ir_requested() if check is None else check
    source = SourceFile(source_path, text) if text is not None else timed(timings, "parse", read_source, source_path)
    closures: frozenset = frozenset()
    while True:  # once more for each set of closures inference asks for (frontend/closures.py)
        module_ast = timed(timings, "parse", parse, source)
        program = timed(timings, "parse", front_end, source, module_ast, closures)
        try:
            typed = timed(timings, "inference", infer, program, exports)
            break
        except ClosuresNeeded as e:
            if e.positions <= closures:
                raise AssertionError(f"closures asked for twice: {sorted(e.positions)}")
            closures |= e.positions
    ir_module = timed(timings, "lowering", lower, typed)
    if check:
        check_ir(ir_module, "lowering")
    for p in PASSES if passes else []:
        ir_module = timed(timings, "passes", p, ir_module)
        if check:
            check_ir(ir_module, p.__name__)
    if check and passes:
        unchecked = unchecked_raising_calls(ir_module)
        if unchecked:
            raise IRCheckError("the passes", unchecked)
    return Lowered(source, program, typed, ir_module)


def front_end(source: SourceFile, module_ast, closures: frozenset = frozenset()) -> object:
    """Linking the imported modules (first: `except mod.Error` is `except mod:Error` after it), taking
    out the named tuple definitions, the subset check, then name resolution; the errors of all three, in source order, in one CompileError."""
    problems: list[CompileError] = []
    try:
        link(source, module_ast)
    except CompileError as e:
        problems.append(e)
    try:
        rewrite_argparse(source, module_ast)  # parse_args() typed by the parser's add_argument() calls
        rewrite_csv_rows(module_ast)  # writer.writerow((name, count)): each value made a str where it is
    except CompileError as e:
        problems.append(e)
    namedtuples = {}
    try:
        namedtuples = take_namedtuples(source, module_ast)
    except CompileError as e:
        problems.append(e)
    try:
        check_subset(source, module_ast)
    except CompileError as e:
        problems.append(e)
    try:
        program = resolve(source, module_ast, closures)
        program.namedtuples = namedtuples
    except CompileError as e:
        problems.append(e)
    except Exception:
        if not problems:
            raise
        # resolve met a construct the subset check has already refused: those errors say it
    if problems:  # inference, which reports eval() and the other unknown names, will not run
        raise CompileError.of(problems + dynamic_builtin_uses(source, module_ast))
    return program


def runtime_table() -> dict[str, RuntimeFunction]:
    """The runtime's function table (codegen/runtime_table.py), read from pyz.h through zig's preprocessor."""
    return load_runtime_table(toolchain.zig_command() + ["cc"], RUNTIME_HEADER)


@functools.lru_cache(maxsize=None)
def codegen_knows() -> Known:
    """What codegen can emit, for the IR checker: primitive ops (with their operand counts, read from
    their C spellings), the runtime table of pyz.h, the rendered containers' prefix, C types."""
    def operands(spelling: str) -> int:
        return 1 + max((int(n) for n in re.findall(r"\{(\d+)\}", spelling)), default=-1)

    spellings = {**EXPR, **{name: pair[0] for name, pair in {**CHECKED, **GUARDS, **OPTIONAL}.items()}}
    prims = {name: operands(text) for name, text in spellings.items()}
    writes = {name: frozenset(int(n) for n in re.findall(r"&\{(\d+)\}", text)) for name, text in spellings.items()}
    runtime = {fn.name: (fn.return_type, fn.params) for fn in runtime_table().values() if not fn.is_variable}
    return Known(prims, frozenset(CHECKED), writes, runtime, RENDERED_PREFIXES, c_type)


def check_ir(module: Module, after: str):
    """The IR checker (ir/check.py) over module; IRCheckError (a pyzc bug) when it finds anything."""
    errors = check_module(module, codegen_knows())
    if errors:
        raise IRCheckError(after, errors)


@contextlib.contextmanager
def collector_paused():
    """Python's cyclic garbage collector off for the duration.  The front half makes millions of objects
    that live until the C is written (syntax trees, types, IR), and the collector's full passes kept
    scanning them all: measured, a quarter of the front end's time on a 10,000-line program, and more
    the larger the program, for 3% less peak memory (what it frees is little: the stages' data stays
    referenced).  What cycles the front half leaves are collected when it is back on."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def compile_program(source_path: str, timings: dict[str, float] | None = None,
                    counters: bool = False, profile: pgo.Profile | None = None,
                    build_info: dict[str, str] | None = None, text: str | None = None, hybrid: bool = False) -> Compiled:
    """The front half of the pipeline: Python source -> C text.

    counters: instrument for a pgo training run; profile: apply its counts;
    build_info: key=value lines embedded in the binary for `pyzc analyze`;
    text: the program itself (named source_path in diagnostics), so that no file is
    read: tests feed many generated programs through in one process;
    hybrid: a module for CPython to import (build_module), whose top-level functions are its entry points."""
    with collector_paused():
        return compile_unpaused(source_path, timings, counters, profile, build_info, text, hybrid)


def compile_unpaused(source_path: str, timings: dict[str, float] | None, counters: bool, profile: pgo.Profile | None,
                     build_info: dict[str, str] | None, text: str | None, hybrid: bool) -> Compiled:
    """compile_program, with the collector as it is."""
    timings = timings if timings is not None else {}
    front = lower_program(source_path, timings, text=text, exports=hybrid)
    program, typed, ir_module, source = front.program, front.typed, front.ir, front.source
    called = {key[0] for key in typed.instances}
    left_out = [(name, getattr(f.node, "lineno", 0), "never called")
                for name, f in program.functions.items() if name not in called]
    left_out += [(name, line, "called only from code that never runs") for name, line in ir_module.left_out]
    left_out.sort(key=lambda x: x[1])
    digest = pgo.source_hash("\0".join(source.texts))
    info = None if build_info is None else build_info_lines(build_info, left_out)
    c_text = timed(timings, "codegen", emit_c, ir_module, runtime_table(), TEMPLATES_DIR, counters=pgo.Counters(digest) if counters else None,
                   profile=profile, build_info=info, hybrid=hybrid)
    return Compiled(c_text, ir_module, digest, left_out, typed)


def build_info_lines(build_info: dict[str, str], left_out) -> list[str]:
    """What `pyzc analyze` reads back from a binary: build_info's key=value lines, then the functions left out."""
    return [f"{k}={v}" for k, v in build_info.items()] + ["left_out=" + ",".join(f"{n}:{line}" for n, line, _ in left_out)]


def cached_c(source_path: str, timings: dict[str, float], build_info: dict[str, str], folder: str) -> str:
    """compile_program's C with build_info, from the C cache in folder (c_cache.py) when a build of the
    same program, in any profile or for any target, made it already; else made, and kept there."""
    check = check_ir_requested()
    try:
        key = c_cache_entries.program_digest(source_path, check)
    except OSError:  # no such file, or unreadable: compile_program says so as it says it for any build
        return compile_program(source_path, timings, build_info=build_info).c_text
    entry = c_cache_entries.lookup(folder, key)
    if entry is not None:
        literal = build_info_literal(build_info_lines(build_info, entry["left_out"]))
        return c_cache_entries.with_build_info(entry["c"], entry["info"], literal)
    compiled = compile_program(source_path, timings, build_info=build_info)
    if c_cache_entries.still_current(source_path, check, key):  # no file it is made from changed meanwhile
        literal = build_info_literal(build_info_lines(build_info, compiled.left_out))
        c_cache_entries.store(folder, key, compiled.c_text, literal, compiled.left_out)
    return compiled.c_text


def compile_to_c(source_path: str, timings: dict[str, float] | None = None, text: str | None = None) -> str:
    return compile_program(source_path, timings, text=text).c_text


def build(source_path: str, output: str | None = None, target: str | None = None, profile: str = "release",
          cc: str | None = None, sanitize: str | None = None, build_dir: str | None = None,
          progress=None, cpu: str | None = None, train_args: str | None = None, c_cache: str | None = None) -> BuildResult:
    """Build source_path into a binary.  progress: say what slow steps are doing on stderr (the CLI sets it).
    The generated C goes to <build_dir>/<name>-c/, build_dir being the output's folder unless given.
    c_cache: a folder where the C of earlier builds is kept (c_cache.py; the test suite's): a program
    built again, in another profile or for another target, takes its C from there (not with pgo)."""
    target = target or toolchain.host_target()
    if target not in toolchain.TARGETS:
        raise toolchain.ToolchainError(f"unknown target '{target}' (known: {', '.join(toolchain.TARGETS)})")
    if profile not in toolchain.PROFILES:
        raise toolchain.ToolchainError(f"unknown profile '{profile}' (known: {', '.join(toolchain.PROFILES)})")
    if train_args is not None and profile != "pgo":
        raise toolchain.ToolchainError("--train-args is for --profile pgo")
    toolchain.check_cpu(target, cpu, cc)
    output = output or default_output(source_path, target, profile)
    if os.path.isdir(output):
        raise CompileError(Diagnostic(f"the output path {output} is a directory; choose another with -o"))
    if os.path.abspath(output) == os.path.abspath(source_path):
        raise CompileError(Diagnostic(f"refusing to write the binary over the source file {source_path}"))
    check_output_writable(output)
    timings: dict[str, float] = {}
    name = file_stem(output)
    work = os.path.join(build_dir if build_dir is not None else os.path.dirname(output), f"{name}-c")
    measured = None
    counts_file = None
    if profile == "pgo":
        counts_file = os.path.join(work, f"{name}.counts")
        measured = train(source_path, work, name, train_args, counts_file, cc, timings, progress)
    info = {"pyzc": __version__, "source": os.path.abspath(source_path), "target": target,
            "cpu": cpu or ("native" if target == toolchain.host_target() and profile in ("release", "pgo") and not cc
                           else "baseline"),
            "profile": profile}
    if c_cache is not None and measured is None:
        c_text = cached_c(source_path, timings, info, c_cache)
    else:
        c_text = compile_program(source_path, timings, profile=measured, build_info=info).c_text
    c_file = os.path.join(work, f"{name}.c")
    own_c = write_work_file(work, name, ".c", c_text)
    req = toolchain.BuildRequest(own_c, output, target, profile, cc, sanitize, cpu)
    try:
        compile_c(req, timings, progress, kept_as=c_file)
    finally:
        os.replace(own_c, c_file)
    return BuildResult(output, c_file, timings, counts_file, target, profile)


def compile_c(req: toolchain.BuildRequest, timings: dict[str, float], progress=None, kept_as: str | None = None):
    """C file -> binary at req.output, atomically: written beside it and renamed into place on success."""
    out_dir = os.path.dirname(os.path.abspath(req.output))
    os.makedirs(out_dir, exist_ok=True)
    tmp = os.path.join(out_dir, f".{os.path.basename(req.output)}.tmp{os.getpid()}")
    link = dataclasses.replace(req, output=tmp)
    cpu = f", CPU {req.cpu}" if req.cpu else ""
    if toolchain.first_build_pending(req):
        notice = Notice(f"pyzc: first {req.profile} build for {req.target}{cpu}: zig compiles its C library and pyzc "
                        f"its runtime, once (a minute or two); later builds take about a second")
    else:  # the markers can miss a cold cache (zig's cache cleared): then say so after a few seconds
        notice = Notice(f"pyzc: still compiling for {req.target}{cpu} (is zig rebuilding its cache?)", delay=5.0)
    t0 = time.perf_counter()
    try:
        if progress:
            with notice:
                proc = toolchain.run_compiler(toolchain.compile_command(link))
        else:
            proc = toolchain.run_compiler(toolchain.compile_command(link))
        timings["c compile and link"] = timings.get("c compile and link", 0.0) + time.perf_counter() - t0
        if proc.returncode < 0:  # killed: not the generated code's fault
            raise CompileError(Diagnostic(f"the C compiler was killed by {signal_name(-proc.returncode)}; no binary written"))
        if proc.returncode != 0:
            detail = (proc.stderr or proc.stdout).strip().splitlines()
            shown = "\n".join(detail[:40])
            raise CompileError(Diagnostic(f"the C compiler failed on the generated code (a pyzc bug; C kept in {kept_as or req.c_file}):\n{shown}"))
        toolchain.note_built(req)
        if toolchain.strip_debug_after_link(req):
            strip_debug(tmp)
        os.replace(tmp, req.output)
    finally:  # failed or interrupted (Ctrl-C): whatever the C compiler wrote goes; the old binary stays
        if os.path.exists(tmp):
            os.unlink(tmp)


def signal_name(signum: int) -> str:
    try:
        return signal.Signals(signum).name
    except ValueError:
        return f"signal {signum}"


def train(source_path: str, work: str, name: str, train_args: str | None, counts_file: str, cc: str | None,
          timings: dict[str, float], progress=None) -> pgo.Profile:
    """pgo, step 1 and 2: an instrumented build for the host, run with the training arguments.

    The host build is what runs here whatever the final target is; its counts
    are keyed by IR, so they apply to any target's build of the same source."""
    instr = compile_program(source_path, timings, counters=True)
    c_file = os.path.join(work, f"{name}.instr.c")
    own_c = write_work_file(work, name, ".instr.c", instr.c_text)
    exe = os.path.join(work, f"{name}.instr")
    try:
        compile_c(toolchain.BuildRequest(own_c, exe, toolchain.host_target(), "release", cc), timings, progress,
                  kept_as=c_file)
    finally:
        os.replace(own_c, c_file)
    args = shlex.split(train_args or "")
    if os.path.exists(counts_file):
        os.unlink(counts_file)
    t0 = time.perf_counter()
    try:
        proc = subprocess.run([os.path.abspath(exe), *args], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, env={**os.environ, "PYZC_PGO_FILE": os.path.abspath(counts_file)})
    except OSError as e:
        raise toolchain.ToolchainError(f"cannot run the instrumented build {exe}: {e.strerror}")
    timings["pgo training run"] = time.perf_counter() - t0
    if not os.path.exists(counts_file):
        last = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit status {proc.returncode}"]
        raise toolchain.ToolchainError(f"the pgo training run wrote no counts ({last[0]})")
    if progress:
        shown = " ".join(shlex.quote(a) for a in args) or "no arguments"
        status = "" if proc.returncode == 0 else f", exit status {proc.returncode}"
        print(f"pyzc: pgo: trained on {shown} ({timings['pgo training run']:.2f} s{status}); counts in {counts_file}",
              file=sys.stderr, flush=True)
    try:
        return pgo.Profile.load(counts_file, instr.source_digest)
    except pgo.ProfileError as e:
        raise toolchain.ToolchainError(str(e))


@dataclass
class ModuleResult:
    package: str  # the importable package: <folder>/<name>/
    library: str  # the shared library in it
    c_file: str
    timings: dict[str, float] = field(default_factory=dict)
    not_exported: list = field(default_factory=list)  # (function, why CPython cannot call it)


def build_module(source_path: str, out_dir: str | None = None, target: str | None = None, profile: str = "release",
                 cc: str | None = None, sanitize: str | None = None, progress=None, cpu: str | None = None) -> ModuleResult:
    """Hybrid mode: source_path (hot.py) -> a package hot/ that CPython imports in its place.

    The package is hot/__init__.py, a Python wrapper that loads hot/_pyzc_hot.so through cffi's ABI
    mode (ffi.dlopen), and the library itself; it goes beside the source or into out_dir.  A package
    directory is found before a module file of the same name (importlib's FileFinder), so `import hot`
    loads the compiled code while hot.py stays where it is; removing hot/ goes back to the source.
    The generated C is kept in hot/_pyzc_hot.c."""
    target = target or toolchain.host_target()
    if target not in toolchain.TARGETS:
        raise toolchain.ToolchainError(f"unknown target '{target}' (known: {', '.join(toolchain.TARGETS)})")
    if profile not in ("release", "debug", "min-size"):
        raise toolchain.ToolchainError(f"--module builds with --profile release, debug or min-size, not {profile}")
    toolchain.check_cpu(target, cpu, cc)
    name = os.path.splitext(os.path.basename(source_path))[0]
    if not name.isidentifier():
        raise CompileError(Diagnostic(f"'{name}' is not a module name Python can import"))
    folder = out_dir if out_dir is not None else (os.path.dirname(source_path) or ".")
    package = os.path.join(folder, name)
    if os.path.exists(package) and not os.path.exists(os.path.join(package, MODULE_MARKER)):
        raise CompileError(Diagnostic(f"{package} exists and was not written by pyzc build --module; "
                                      f"remove it or choose another folder with -o"))
    timings: dict[str, float] = {}
    compiled = compile_program(source_path, timings, hybrid=True)  # before the folder: a refused module writes nothing
    os.makedirs(package, exist_ok=True)
    check_output_writable(os.path.join(package, "__init__.py"))
    with open(os.path.join(package, MODULE_MARKER), "w") as f:
        f.write(f"pyzc {__version__} {target} {profile}\n")
    lib_name = f"_pyzc_{file_stem(name)}.so"
    library = os.path.join(package, lib_name)
    c_file = os.path.join(package, f"_pyzc_{file_stem(name)}.c")
    own_c = write_work_file(package, name, ".c", compiled.c_text)
    req = toolchain.BuildRequest(own_c, library, target, profile, cc, sanitize, cpu, shared=True)
    try:
        compile_c(req, timings, progress, kept_as=c_file)
    finally:
        os.replace(own_c, c_file)
    ffi_name = f"_pyzc_{file_stem(name)}_ffi"
    ffi_text = ffi_module_text(ffi_name, declarations(compiled.ir))
    ffi_path = os.path.join(package, ffi_name + ".py")
    if ffi_text is not None:
        own_ffi = write_work_file(package, name, ".py", ffi_text)
        os.replace(own_ffi, ffi_path)
    elif os.path.exists(ffi_path):
        os.unlink(ffi_path)
    wrapper = render_wrapper(compiled.ir, TEMPLATES_DIR, name, lib_name, os.path.abspath(source_path), target,
                             ffi_name if ffi_text is not None else None)
    own_py = write_work_file(package, name, ".py", wrapper)
    os.replace(own_py, os.path.join(package, "__init__.py"))
    return ModuleResult(package, library, c_file, timings, list(compiled.ir.not_exported))
