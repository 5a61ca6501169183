"""The `pyzc` command: argument parsing only; the work is in driver.py."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from . import __version__, toolchain
from .diagnostics import CompileError, error_prefix, use_color


def color_option(sp):
    sp.add_argument("--color", default="auto", choices=["auto", "always", "never"],
                    help="colour the diagnostics: auto (default) when stderr is a terminal and NO_COLOR is not set")


def make_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="pyzc",
        description="Compile a Python program to a standalone native executable that prints exactly what CPython prints.")
    p.add_argument("--version", action="version", version=f"pyzc {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def build_options(sp, source_optional=False):
        sp.add_argument("source", nargs="?" if source_optional else None, help="the Python program to compile (e.g. app.py)")
        sp.add_argument("--target", default=None, choices=sorted(toolchain.TARGETS),
                        help=f"platform to build for (default: this machine, {toolchain.host_target()})")
        sp.add_argument("--cpu", default=None, metavar="NAME",
                        help="CPU model, zig's -mcpu name (e.g. cortex_a72 for a Raspberry Pi 4; `pyzc targets --cpus "
                             "TARGET` lists them); default: this machine's CPU on the host, a generic one on a cross target")
        sp.add_argument("--profile", default="release", choices=list(toolchain.PROFILES),
                        help="release: fastest (default); min-size: smallest binary; debug: -O0 -g with UBSan; "
                             "pgo: release tuned by a training run (see --show-profile-info)")
        sp.add_argument("--train-args", default=None, metavar="ARGS",
                        help='with --profile pgo: arguments for the training run, one string (default: none), e.g. "--n 1000"')
        sp.add_argument("--cc", default=None, metavar="CMD",
                        help="build the generated C with this compiler (e.g. gcc) instead of zig cc")
        sp.add_argument("--sanitize", default=None, metavar="LIST",
                        help="with --cc: sanitizers to enable, e.g. address,undefined")
        sp.add_argument("--build-dir", default=None, metavar="DIR",
                        help="where the generated C is kept, in DIR/<name>-c/ (default: the output's folder)")
        sp.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
        sp.add_argument("--timings", action="store_true", help="print the time spent in each compiler stage")
        color_option(sp)

    b = sub.add_parser("build", help="compile a program to a native executable",
                       description="Compile SOURCE to a static native executable: build/<name> for this machine "
                                   "in release, build/<target>/<profile>/<name> for other targets and profiles.")
    build_options(b, source_optional=True)
    b.add_argument("--show-profile-info", action="store_true",
                   help="explain each profile and show its compiler flags, then exit")
    b.add_argument("-o", "--output", default=None, metavar="OUT",
                   help="where to write the executable (default: build/<name>, or build/<target>/<profile>/<name>); "
                        "with --module, the folder that receives the package <name>/ (default: the source's folder)")
    b.add_argument("--module", action="store_true",
                   help="hybrid mode: build a module CPython imports (a package <name>/ beside the source: "
                        "`import <name>` then runs the compiled functions; cffi must be installed where it is imported)")

    r = sub.add_parser("run", help="compile a program, then run it with the given arguments",
                       description="Compile SOURCE, then run the executable with ARGS; its exit status is passed through. "
                                   "Options for pyzc go before SOURCE; everything after SOURCE goes to the program.")
    build_options(r)
    r.add_argument("-o", "--output", default=None, metavar="OUT",
                   help="where to write the executable (default: build/<name>, or build/<target>/<profile>/<name>)")
    r.add_argument("args", nargs=argparse.REMAINDER, help="arguments for the program")

    c = sub.add_parser("emit-c", help="print the generated C for a program",
                       description="Compile SOURCE to C and print it (nothing is built).")
    c.add_argument("source")
    c.add_argument("--module", action="store_true",
                   help="the C of a module for CPython (pyzc build --module): entry points instead of main")
    color_option(c)

    ir = sub.add_parser("emit-ir", help="print a program's IR (after the optimisation passes)",
                        description="Lower SOURCE to pyzc's typed IR and print it: functions of basic blocks, one "
                                    "op per line with its types, whether it can raise and its Python line "
                                    "(nothing is built). The format is described in pyzc/ir/pprint.py.")
    ir.add_argument("source")
    color_option(ir)
    ir.add_argument("--before-passes", action="store_true", help="print the IR as lowering made it, before the passes")
    ir.add_argument("--check", action="store_true",
                    help="run the IR checker (pyzc/ir/check.py) after lowering and after each pass")

    t = sub.add_parser("targets", help="list the platforms pyzc can build for")
    t.add_argument("--cpus", default=None, metavar="TARGET", choices=sorted(toolchain.TARGETS),
                   help="list the CPU names --cpu accepts for TARGET")

    sub.add_parser("modules", help="list the modules a program can import, with their members",
                   description="The modules pyzc provides: those the compiler implements and those it compiles "
                               "from Python source with the program, each with the members pyzc provides and "
                               "those of CPython's module it leaves out (a program using one is refused). A "
                               "program may also import its own .py files from the folder of its main file.")

    a = sub.add_parser("analyze", help="explain a built binary or a program's source, and suggest a profile",
                       description="pyzc analyze build/app: sections, largest functions (named by Python function or "
                                   "runtime part) and concrete suggestions. pyzc analyze app.py: the program's "
                                   "character (loops, recursion, containers, I/O, arithmetic), the profile that suits "
                                   "it and why, and the functions left out as dead code.")
    a.add_argument("path", help="a binary built by pyzc, or a Python program")
    a.add_argument("--top", type=int, default=12, help="how many of the largest functions to list (default 12)")
    a.add_argument("--no-measure", action="store_true",
                   help="do not build the source in other profiles to measure sizes (estimate instead)")
    color_option(a)
    k = sub.add_parser("cache", help="show or clear pyzc's cache of compiled runtimes",
                       description="The cache is $PYZC_CACHE, else $XDG_CACHE_HOME/pyzc, else ~/.cache/pyzc. "
                                   "Entries are keyed by content and pyzc's version; those unused for 30 days are "
                                   "removed when a build adds a new one.")
    k.add_argument("action", choices=["info", "clean"], help="info: where it is and what it holds; clean: remove it all")
    sub.add_parser("bench", help="compare pyzc with CPython (and peers) on programs; see pyzc bench --help",
                   add_help=False)
    return p


# The stages walk the AST recursively, a few Python frames per level of nesting, so an
# expression nested 1,000 deep (which CPython runs) needs more than the default limit of
# 1,000.  Since 3.11 Python-to-Python calls do not grow the C stack; 3.10's do, so less there.
# Deeper programs still end in one clear "nested too deeply" message below.
RECURSION_LIMIT = 20_000 if sys.version_info >= (3, 11) else 6_000


def main(argv: list[str] | None = None) -> int:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), RECURSION_LIMIT))
    parser = make_parser()
    raw = sys.argv[1:] if argv is None else argv
    if raw[:1] == ["bench"]:
        from .benchmark import main as bench_main
        return bench_main(raw[1:])
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        status = run_command(parser, args)
        sys.stdout.flush()
        return status
    except BrokenPipeError:  # `pyzc modules | head -1`: the reader left; not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


def subparser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action.choices[name]
    return parser


def run_command(parser: argparse.ArgumentParser, args) -> int:
    color = use_color(getattr(args, "color", "auto"), sys.stderr)

    def error(message: str):
        print(error_prefix("pyzc", color) + message, file=sys.stderr)

    try:
        if args.command == "modules":
            from .module_list import describe
            print(describe())
            return 0
        if args.command == "cache":
            from . import cache
            if args.action == "clean":
                n, size = cache.clean()
                print(f"removed {n} cache entries ({cache.human_size(size)}) from {cache.root()}")
            else:
                print(cache.info())
            return 0
        if args.command == "targets":
            if args.cpus:
                print("\n".join(toolchain.cpu_names(args.cpus)))
                return 0
            for name, triple in toolchain.TARGETS.items():
                host = " (this machine)" if name == toolchain.host_target() else ""
                print(f"{name:16} {triple}{host}")
            return 0
        if args.command == "emit-c":
            from .driver import compile_program
            sys.stdout.write(compile_program(args.source, hybrid=args.module).c_text)
            return 0
        if args.command == "emit-ir":
            from .driver import lower_program
            from .ir.pprint import format_module
            lowered = lower_program(args.source, passes=not args.before_passes, check=True if args.check else None)
            sys.stdout.write(format_module(lowered.ir))
            return 0
        if args.command == "analyze":
            from .analyze import analyze
            sys.stdout.write(analyze(args.path, top=args.top, measure=not args.no_measure))
            return 0
        if getattr(args, "show_profile_info", False):
            sys.stdout.write(toolchain.profile_info(args.target, args.cpu))
            return 0
        if args.source is None:
            subparser(parser, args.command).error("the following arguments are required: source")
        from .driver import build, build_module
        if args.sanitize and not args.cc:
            parser.error("--sanitize needs --cc (zig cc has no AddressSanitizer); e.g. --cc gcc")
        if getattr(args, "module", False):
            mod = build_module(args.source, args.output, args.target, args.profile, args.cc, args.sanitize,
                               progress=True, cpu=args.cpu)
            if not args.quiet:
                for name, why in mod.not_exported:
                    print(f"pyzc: note: {name}() is compiled for the module's own use, not for CPython: {why}",
                          file=sys.stderr)
                print(f"pyzc: built {mod.package}/ (import {os.path.basename(mod.package)}; "
                      f"C in {mod.c_file})", file=sys.stderr)
            return 0
        result = build(args.source, args.output, args.target, args.profile, args.cc, args.sanitize,
                       args.build_dir, progress=True, cpu=args.cpu, train_args=args.train_args)
        if args.command == "build" and not args.quiet:  # `pyzc run`'s output is the program's
            print(built_line(result), file=sys.stderr)
        if args.timings:
            total = sum(result.timings.values())
            for stage, secs in result.timings.items():
                print(f"  {stage:20} {secs * 1000:9.1f} ms", file=sys.stderr)
            print(f"  {'total':20} {total * 1000:9.1f} ms", file=sys.stderr)
        if args.command == "run":
            prog_args = args.args[1:] if args.args[:1] == ["--"] else args.args
            exe = os.path.abspath(result.output)
            try:
                return subprocess.run([exe] + prog_args).returncode
            except KeyboardInterrupt:  # Ctrl-C reached the program too: the build itself is done
                return 130
            except OSError as e:
                error(f"cannot run {result.output}: {e.strerror}")
                return 1
        return 0
    except CompileError as e:
        print(e.render(color), file=sys.stderr)
        return 1
    except toolchain.ToolchainError as e:
        error(str(e))
        return 1
    except KeyboardInterrupt:
        print("pyzc: interrupted; no binary written", file=sys.stderr)
        return 130
    except RecursionError:
        error(f"{getattr(args, 'source', 'the program')}: the program is nested too deeply for pyzc to compile")
        return 1
    except BrokenPipeError:
        raise  # main() handles it: the reader of our output has gone
    except Exception as e:  # a pyzc bug: still one clear message, never a traceback (PYZC_DEBUG=1 shows it)
        if os.environ.get("PYZC_DEBUG"):
            raise
        print(f"pyzc: internal compiler error while compiling {getattr(args, 'source', '?')}: "
              f"{type(e).__name__}: {e} (please report it; PYZC_DEBUG=1 shows details)", file=sys.stderr)
        return 1


def built_line(result) -> str:
    """`wrote build/app (152 KB, x86_64-linux, release) in 0.4 s`"""
    try:
        size = f"{os.path.getsize(result.output) / 1024:.0f} KB, "
    except OSError:
        size = ""
    secs = sum(result.timings.values())
    return f"wrote {result.output} ({size}{result.target}, {result.profile}) in {secs:.1f} s"
