"""The `pyzc` command: argument parsing only; the work is in driver.py."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from . import __version__, toolchain
from .diagnostics import CompileError


def make_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="pyzc",
        description="Compile a Python program to a standalone native executable that prints exactly what CPython prints.")
    p.add_argument("--version", action="version", version=f"pyzc {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def build_options(sp):
        sp.add_argument("source", help="the Python program to compile (e.g. app.py)")
        sp.add_argument("--target", default=None, choices=sorted(toolchain.TARGETS),
                        help=f"platform to build for (default: this machine, {toolchain.host_target()})")
        sp.add_argument("--profile", default="release", choices=sorted(toolchain.PROFILES),
                        help="release: fastest (default); debug: -O0 -g with UBSan; min-size: smallest binary")
        sp.add_argument("--cc", default=None, metavar="CMD",
                        help="build the generated C with this compiler (e.g. gcc) instead of zig cc")
        sp.add_argument("--sanitize", default=None, metavar="LIST",
                        help="with --cc: sanitizers to enable, e.g. address,undefined")
        sp.add_argument("--build-dir", default="build", metavar="DIR",
                        help="where the generated C is kept, in DIR/<name>-c/ (default: build)")
        sp.add_argument("--timings", action="store_true", help="print the time spent in each compiler stage")

    b = sub.add_parser("build", help="compile a program to a native executable",
                       description="Compile SOURCE to a static native executable (default: build/<name>).")
    build_options(b)
    b.add_argument("-o", "--output", default=None, metavar="OUT", help="where to write the executable (default: build/<name>)")

    r = sub.add_parser("run", help="compile a program, then run it with the given arguments",
                       description="Compile SOURCE, then run the executable with ARGS; its exit status is passed through. "
                                   "Options for pyzc go before SOURCE; everything after SOURCE goes to the program.")
    build_options(r)
    r.add_argument("-o", "--output", default=None, metavar="OUT", help="where to write the executable (default: build/<name>)")
    r.add_argument("args", nargs=argparse.REMAINDER, help="arguments for the program")

    c = sub.add_parser("emit-c", help="print the generated C for a program",
                       description="Compile SOURCE to C and print it (nothing is built).")
    c.add_argument("source")

    sub.add_parser("targets", help="list the platforms pyzc can build for")
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
        if args.command == "targets":
            for name, triple in toolchain.TARGETS.items():
                host = " (this machine)" if name == toolchain.host_target() else ""
                print(f"{name:16} {triple}{host}")
            return 0
        if args.command == "emit-c":
            from .driver import compile_to_c
            sys.stdout.write(compile_to_c(args.source))
            return 0
        from .driver import build
        if args.sanitize and not args.cc:
            parser.error("--sanitize needs --cc (zig cc has no AddressSanitizer); e.g. --cc gcc")
        result = build(args.source, args.output, args.target, args.profile, args.cc, args.sanitize,
                       args.build_dir, progress=lambda msg: print(msg, file=sys.stderr, flush=True))
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
                print(f"pyzc: error: cannot run {result.output}: {e.strerror}", file=sys.stderr)
                return 1
        return 0
    except CompileError as e:
        print(e.diagnostic.render(), file=sys.stderr)
        return 1
    except toolchain.ToolchainError as e:
        print(f"pyzc: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("pyzc: interrupted; no binary written", file=sys.stderr)
        return 130
    except RecursionError:
        print(f"pyzc: error: {getattr(args, 'source', 'the program')}: the program is nested too deeply for pyzc to compile", file=sys.stderr)
        return 1
    except Exception as e:  # a pyzc bug: still one clear message, never a traceback (PYZC_DEBUG=1 shows it)
        if os.environ.get("PYZC_DEBUG"):
            raise
        print(f"pyzc: internal compiler error while compiling {getattr(args, 'source', '?')}: "
              f"{type(e).__name__}: {e} (please report it; PYZC_DEBUG=1 shows details)", file=sys.stderr)
        return 1
