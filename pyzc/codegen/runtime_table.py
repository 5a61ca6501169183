"""The runtime's function table, read from runtime_c/pyz.h with pycparser.

The header is the one source of truth for what generated code may call:
`zig cc -E` expands it (with the GNU extensions pycparser does not know
defined away, as DESIGN.md records; the driver hands over the command, as
codegen does not find compilers), pycparser parses the result, and every
function declared or defined in pyz.h itself (not in the libc headers it
includes) lands in the table with its C signature.  codegen checks each
runtime call against it; tests/test_runtime_table.py keeps the compiler's
uses and the header in step.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import subprocess
from dataclasses import dataclass

from ..cache import root as cache_dir, touch
from ..package_data import RUNTIME_HEADER


@dataclass(frozen=True)
class RuntimeFunction:
    name: str
    return_type: str  # for a variable: its type
    params: tuple[str, ...]
    is_variable: bool = False


def _type_str(node) -> str:
    """A parameter or return type as C text, without the declarator's name."""
    from pycparser import c_ast, c_generator
    n = node
    while not isinstance(n, c_ast.TypeDecl):
        n = n.type
    saved, n.declname = n.declname, None
    try:
        return c_generator.CGenerator().visit(node).strip()
    finally:
        n.declname = saved


def preprocess_header(path: str, cc: list[str]) -> str:
    """path run through the C preprocessor cc (a command: the driver gives zig's, `python -m ziglang cc`)."""
    cmd = cc + ["-E", "-P", "-D__attribute__(x)=", "-D__extension__=", "-D__restrict=",
                           "-D__inline=", "-D__asm__(x)=", "-D__builtin_va_list=int", "-x", "c", path]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return out.stdout


def load_runtime_table(cc: list[str], header: str = RUNTIME_HEADER) -> dict[str, RuntimeFunction]:
    """The table, cached on disk by the header's content (preprocessing costs a few hundred ms).
    cc: the C compiler command that preprocesses it (codegen does not find compilers: the driver does)."""
    return _load(tuple(cc), header)


@functools.lru_cache(maxsize=None)
def _load(cc: tuple[str, ...], header: str) -> dict[str, RuntimeFunction]:
    with open(header, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:16]
    cache_root = cache_dir()
    cache = os.path.join(cache_root, f"runtime-table-v2-{digest}.json")
    try:
        with open(cache) as f:
            touch(cache)
            return {name: RuntimeFunction(name, ret, tuple(params), var) for name, (ret, params, var) in json.load(f).items()}
    except (OSError, ValueError):
        pass
    table = parse_runtime_table(header, list(cc))
    try:
        os.makedirs(cache_root, exist_ok=True)
        tmp = f"{cache}.{os.getpid()}.tmp"
        with open(tmp, "w") as f:
            json.dump({fn.name: (fn.return_type, list(fn.params), fn.is_variable) for fn in table.values()}, f)
        os.replace(tmp, cache)
    except OSError:
        pass
    return table


def parse_runtime_table(header: str, cc: list[str]) -> dict[str, RuntimeFunction]:
    from pycparser import c_ast, c_parser
    text = preprocess_header(header, cc)
    ast = c_parser.CParser().parse(text, filename=header)
    table: dict[str, RuntimeFunction] = {}
    for ext in ast.ext:
        decl = ext.decl if isinstance(ext, c_ast.FuncDef) else ext
        if not isinstance(decl, c_ast.Decl) or not decl.name or not decl.name.startswith("pyz_"):
            continue
        if not isinstance(decl.type, c_ast.FuncDecl):
            if "extern" in (decl.storage or []):
                table[decl.name] = RuntimeFunction(decl.name, _type_str(decl.type), (), True)
            continue
        fdecl = decl.type
        params = []
        if fdecl.args is not None:
            for p in fdecl.args.params:
                if isinstance(p, c_ast.EllipsisParam):
                    params.append("...")
                    continue
                t = _type_str(p.type)
                if t != "void":
                    params.append(t)
        ret = _type_str(fdecl.type)
        table[decl.name] = RuntimeFunction(decl.name, ret, tuple(params))
    return table
