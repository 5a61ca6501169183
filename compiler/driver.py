"""One build: source -> C -> binary.  The pipeline's stages and passes are listed here, in order.

The generated C is kept in build/<name>-c/<name>.c (readable, with #line
directives); not build/<name>/, since build/<name> is the binary itself.
The binary is written to a temporary name beside the requested output and
renamed into place only when the compiler succeeded, so a failed, killed
or interrupted build never leaves a half-written or stale binary under the
requested name (nor the temporary); the source file is only ever read.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from dataclasses import dataclass, field

from . import toolchain
from .codegen.emit import emit_c
from .diagnostics import CompileError, Diagnostic, SourceFile
from .frontend.check import check_subset
from .frontend.parse import parse, read_source
from .frontend.symbols import resolve
from .ir.build import lower
from .passes.fold_constants import fold_constants
from .passes.mark_raising import mark_raising
from .passes.mark_recursion import mark_recursion
from .passes.remove_dead_blocks import remove_dead_blocks
from .passes.simplify_cfg import simplify_cfg
from .types.infer import infer

# IR -> IR passes, in the order they run.
PASSES = [fold_constants, remove_dead_blocks, simplify_cfg, mark_recursion, mark_raising]


@dataclass
class BuildResult:
    output: str
    c_file: str
    timings: dict[str, float] = field(default_factory=dict)


def default_output(source_path: str, build_dir: str = "build") -> str:
    name = os.path.splitext(os.path.basename(source_path))[0]
    return os.path.join(build_dir, name)


def compile_to_c(source_path: str, timings: dict[str, float] | None = None, text: str | None = None) -> str:
    """The front half of the pipeline: Python source -> C text.

    With `text`, that is the program (named source_path in diagnostics) and no
    file is read: tests feed many generated programs through in one process.
    """
    timings = timings if timings is not None else {}

    def stage(name, fn, *args):
        t0 = time.perf_counter()
        result = fn(*args)
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - t0
        return result

    source = SourceFile(source_path, text) if text is not None else stage("parse", read_source, source_path)
    module_ast = stage("parse", parse, source)
    stage("parse", check_subset, source, module_ast)
    program = stage("parse", resolve, source, module_ast)
    typed = stage("inference", infer, program)
    ir_module = stage("lowering", lower, typed)
    for p in PASSES:
        ir_module = stage("passes", p, ir_module)
    return stage("codegen", emit_c, ir_module)


def build(source_path: str, output: str | None = None, target: str | None = None, profile: str = "release",
          cc: str | None = None, sanitize: str | None = None, build_dir: str = "build",
          progress=None) -> BuildResult:
    target = target or toolchain.host_target()
    output = output or default_output(source_path, build_dir)
    if os.path.abspath(output) == os.path.abspath(source_path):
        raise CompileError(Diagnostic(f"refusing to write the binary over the source file {source_path}"))
    timings: dict[str, float] = {}
    c_text = compile_to_c(source_path, timings)
    name = os.path.splitext(os.path.basename(source_path))[0]
    work = os.path.join(build_dir, f"{name}-c")
    os.makedirs(work, exist_ok=True)
    c_file = os.path.join(work, f"{name}.c")
    with open(c_file, "w", encoding="utf-8") as f:
        f.write(c_text)
    out_dir = os.path.dirname(os.path.abspath(output))
    os.makedirs(out_dir, exist_ok=True)
    tmp = os.path.join(out_dir, f".{os.path.basename(output)}.tmp{os.getpid()}")
    req = toolchain.BuildRequest(c_file, tmp, target, profile, cc, sanitize)
    cmd = toolchain.compile_command(req)
    first = cc is None and toolchain.first_build_pending(target)
    if first and progress:
        progress(f"pyzc: first build for {target}: zig compiles its C library once (about a minute); later builds are fast")
    t0 = time.perf_counter()
    try:
        proc = toolchain.run_compiler(cmd)
        if proc.returncode < 0:  # killed: not the generated code's fault
            raise CompileError(Diagnostic(f"the C compiler was killed by {signal_name(-proc.returncode)}; no binary written"))
        if proc.returncode != 0:
            detail = (proc.stderr or proc.stdout).strip().splitlines()
            shown = "\n".join(detail[:40])
            raise CompileError(Diagnostic(f"the C compiler failed on the generated code (a pyzc bug; C kept in {c_file}):\n{shown}"))
        if cc is None:
            toolchain.note_target_built(target)
        os.replace(tmp, output)
    finally:  # failed or interrupted (Ctrl-C): whatever the C compiler wrote goes; the old binary stays
        timings["c compile and link"] = time.perf_counter() - t0
        if os.path.exists(tmp):
            os.unlink(tmp)
    return BuildResult(output, c_file, timings)


def signal_name(signum: int) -> str:
    try:
        return signal.Signals(signum).name
    except ValueError:
        return f"signal {signum}"
