"""`pyzc analyze`: what a built binary is made of, or what a program is like, and which profile suits it.

A binary (`pyzc analyze build/app`) is read with pyzc/elf.py, no
external tools: the sizes and shares of .text/.rodata/.data/.bss, the code
grouped by origin and the largest functions, each named by the Python
function it was compiled from (C names come from codegen/naming.py, so the
program's own `def` names are mangled the same way and matched), the
runtime file that defines it (found by reading runtime_c/), a container
specialisation, or the C library.  The `.pyzc` section that every pyzc
build embeds says which source, target, CPU and profile made it; when that
source is still there, the suggestions are measured by building it in the
other profiles, otherwise they are estimates and say so.

A source (`pyzc analyze app.py`) is read through the compiler's own front
end: loops and their nesting, recursion (cycles of the call graph),
container work, I/O, int and float arithmetic by inferred type, and
branches inside loops; from these, the profile that suits it and why.
Both list the functions left out as dead code.
"""

from __future__ import annotations

import ast
import glob
import os
import re
import tempfile

from .ast_walk import iter_child_nodes, walk
from . import toolchain
from .codegen.naming import mangle
from .diagnostics import CompileError
from .elf import SHT_NOBITS, STT_FUNC, Elf, ElfError, read_elf

SECTION_ROLES = {
    ".text": "machine code",
    ".rodata": "constants: string literals, tables (float formatting, Unicode)",
    ".data": "initialised globals",
    ".bss": "zero-filled at start, not stored in the file (GC tables, output buffer)",
}
CONTAINER_PREFIXES = ("pyz_list_", "pyz_dict_", "pyz_set_", "pyz_tuple_")


def kb(n: float) -> str:
    return f"{n / 1024:.1f} KB"


def analyze(path: str, top: int = 12, measure: bool = True) -> str:
    if not os.path.exists(path):
        raise toolchain.ToolchainError(f"{path}: no such file")
    if path.endswith(".py"):
        return analyze_source(path)
    try:
        return analyze_binary(path, top, measure)
    except ElfError as e:
        raise toolchain.ToolchainError(str(e))


# ------------------------------------------------------------------ binaries

def build_info(elf: Elf) -> dict[str, str]:
    raw = elf.section_bytes(".pyzc")
    if not raw:
        return {}
    info = {}
    for line in raw.rstrip(b"\0").decode("utf-8", "replace").splitlines():
        k, _, v = line.partition("=")
        info[k] = v
    return info


def runtime_index() -> dict[str, str]:
    """Names defined at the top level of runtime_c/*.c (and pyz.h's static inline functions) -> their file."""
    index: dict[str, str] = {}
    pattern = re.compile(r"^(?!typedef|return|extern|#|/|\*|\}|\s)[^;(]*?\b([A-Za-z_]\w*)\s*(\(|\[|=)")
    files = sorted(glob.glob(os.path.join(toolchain.RUNTIME_DIR, "*.c"))) + [os.path.join(toolchain.RUNTIME_DIR, "pyz.h")]
    for path in files:
        header = path.endswith(".h")
        with open(path, encoding="utf-8") as f:
            for line in f:
                code = re.sub(r"/\*.*?(\*/|$)|//.*", "", line).rstrip()
                m = pattern.match(code)
                if not m or (header and "static inline" not in code):
                    continue
                if m.group(2) == "(" and code.endswith(";"):
                    continue  # a declaration
                index.setdefault(m.group(1), "runtime_c/" + os.path.basename(path))
    return index


def python_functions(source: str | None) -> dict[str, tuple[str, int]]:
    """C name prefix -> (Python name, line) for each def in the source."""
    if not source or not os.path.exists(source):
        return {}
    try:
        with open(source, encoding="utf-8") as f:
            tree = ast.parse(f.read())
    except (SyntaxError, UnicodeDecodeError, OSError):
        return {}
    return {"f_" + mangle(n.name): (n.name, n.lineno) for n in walk(tree) if isinstance(n, ast.FunctionDef)}


def origin(name: str, runtime: dict[str, str], py: dict[str, tuple[str, int]], src_name: str) -> tuple[str, str]:
    """(group, description) of a symbol."""
    base = name.split(".")[0]
    if base == "pyz_module_body":
        return "your Python code", f"top-level statements of {src_name}"
    if base.startswith("fx_") and base.endswith("_cbody"):  # a function split at its base case: its body
        base = "f_" + base[3:-len("_cbody")]  # (passes/split_base_case.py), under the function's name
    if base.startswith("f_"):
        best = max((c for c in py if base == c or base.startswith(c + "__")), key=len, default=None)
        if best:
            pyname, line = py[best]
            inst = base[len(best) + 2:]
            extra = f", instance for ({inst.replace('_', ' ')})" if inst else ""
            return "your Python code", f"{pyname}() at {src_name}:{line}{extra}"
        return "your Python code", f"Python function {base[2:]}()"
    if base == "main":
        return "start-up", "C main: runtime start-up, then the module body"
    if base in runtime:
        return f"runtime: {runtime[base]}", runtime[base]
    if base.startswith(CONTAINER_PREFIXES):
        kind = base.split("_")[1]
        return "container specialisations", f"{kind} specialisation (templates/{kind}.c.j2)"
    return "C library (musl) and compiler support", "C library (musl) or compiler support"


def find_source(binary: str, info: dict[str, str]) -> str | None:
    src = info.get("source")
    if src and os.path.exists(src):
        return src
    name = os.path.basename(binary)
    for cand in (binary + ".py", os.path.join(os.path.dirname(os.path.abspath(binary)), "..", name + ".py"), name + ".py"):
        if os.path.exists(cand):
            return os.path.normpath(cand)
    return None


def measure_profiles(source: str, info: dict[str, str], profiles: list[str]) -> dict[str, int]:
    """Binary size of source built in each profile, for the same target and CPU, in a scratch directory."""
    from .driver import build
    target = info.get("target") or toolchain.host_target()
    cpu = info.get("cpu")
    cpu = None if cpu in (None, "", "native", "baseline") else cpu
    sizes = {}
    with tempfile.TemporaryDirectory(prefix="pyzc-analyze-") as work:
        for prof in profiles:
            out = os.path.join(work, prof)
            try:
                build(source, out, target, prof, build_dir=os.path.join(work, "c"), cpu=cpu)
            except (CompileError, toolchain.ToolchainError):
                continue
            sizes[prof] = os.path.getsize(out)
    return sizes


def analyze_binary(path: str, top: int, measure: bool) -> str:
    elf = read_elf(path)
    info = build_info(elf)
    file_size = len(elf.data)
    out = []
    made = ""
    if info:
        made = (f"; built by pyzc {info.get('pyzc', '?')} from {info.get('source', '?')} "
                f"({info.get('profile', '?')}, {info.get('target', '?')}, CPU {info.get('cpu', '?')})")
    else:
        made = "; no .pyzc section: not built by pyzc, or by an older pyzc"
    out.append(f"{path}: ELF {elf.bits}-bit {elf.machine}, {kb(file_size)} on disk{made}")
    out.append("")

    loaded = [s for s in elf.sections if s.loaded]
    image = sum(s.size for s in loaded)
    out.append(f"Sections (share of the {kb(image)} loaded image):")
    for name in (".text", ".rodata", ".data", ".bss"):
        s = elf.section(name)
        size = s.size if s else 0
        out.append(f"  {name:8} {kb(size):>10} {100 * size / image if image else 0:5.1f}%  {SECTION_ROLES[name]}")
    other = sum(s.size for s in loaded if s.name not in SECTION_ROLES)
    names = ", ".join(sorted({s.name for s in loaded if s.name not in SECTION_ROLES and s.size})[:5])
    out.append(f"  {'other':8} {kb(other):>10} {100 * other / image if image else 0:5.1f}%  {names}")
    unloaded = [s for s in elf.sections if not s.loaded and s.type != SHT_NOBITS and s.size]
    debug = sum(s.size for s in unloaded if s.name.startswith(".debug"))
    symbols = sum(s.size for s in unloaded if s.name in (".symtab", ".strtab"))
    if unloaded:
        parts = []
        if symbols:
            parts.append(f"symbol table {kb(symbols)}")
        if debug:
            parts.append(f"debug info {kb(debug)}")
        rest = sum(s.size for s in unloaded) - symbols - debug
        if rest:
            parts.append(f"other {kb(rest)}")
        out.append(f"  not loaded, in the file only: {', '.join(parts)}")
    out.append("")

    source = find_source(path, info)
    src_name = os.path.basename(source) if source else os.path.basename(info.get("source", "the program"))
    funcs = [s for s in elf.symbols if s.kind == STT_FUNC and s.size]
    if elf.stripped or not funcs:
        out.append("Functions: none listed: the binary is stripped (no .symtab; min-size strips it). "
                   "Build with --profile release to see which functions take the space.")
        out.append("")
    else:
        runtime = runtime_index()
        py = python_functions(source)
        text_total = sum(s.size for s in funcs)
        groups: dict[str, int] = {}
        described = []
        for sym in funcs:
            group, desc = origin(sym.name, runtime, py, src_name)
            groups[group] = groups.get(group, 0) + sym.size
            described.append((sym.size, sym.name, desc))
        out.append(f"Code by origin ({kb(text_total)} in {len(funcs)} functions):")
        for group, size in sorted(groups.items(), key=lambda g: -g[1]):
            out.append(f"  {group:42} {kb(size):>10} {100 * size / text_total:5.1f}%")
        out.append("")
        out.append(f"Largest functions (of {len(funcs)}):")
        for size, name, desc in sorted(described, reverse=True)[:top]:
            out.append(f"  {kb(size):>10}  {name:32} {desc}")
        shown = {name for _, name, _ in sorted(described, reverse=True)[:top]}
        mine = sorted((size, name, desc) for size, name, desc in described
                      if origin(name, runtime, py, src_name)[0] == "your Python code" and name not in shown)
        if mine:
            out.append("  and your program's own: " + ", ".join(f"{name} {kb(size)} ({desc})"
                                                               for size, name, desc in reversed(mine[-3:])))
        out.append("")

    left = [x for x in info.get("left_out", "").split(",") if x]
    if left:
        out.append("Left out as dead code (not compiled): " +
                   ", ".join(f"{x.rsplit(':', 1)[0]}() (line {x.rsplit(':', 1)[1]})" for x in left))
        out.append("")

    out.append("Suggestions:")
    out += ["  - " + s for s in binary_suggestions(path, elf, info, source, measure, symbols, debug,
                                                   groups if not elf.stripped and funcs else {})]
    return "\n".join(out) + "\n"


def binary_suggestions(path: str, elf: Elf, info: dict[str, str], source: str | None, measure: bool,
                       symbols: int, debug: int, groups: dict[str, int]) -> list[str]:
    profile = info.get("profile") or ("debug" if debug else "min-size" if elf.stripped else "release")
    size = len(elf.data)
    tips = []
    wanted = {"release": ["min-size"], "pgo": ["min-size"], "debug": ["release", "min-size"],
              "min-size": ["release"]}[profile]
    measured = measure_profiles(source, info, wanted) if (measure and source) else {}
    how = f"measured: built {source} with --profile {{p}} for {info.get('target') or toolchain.host_target()}"
    for p in wanted:
        if p in measured:
            other = measured[p]
            if other < size:
                tips.append(f"{p} would make this {100 * (size - other) / size:.0f}% smaller: {kb(size)} -> {kb(other)} "
                            f"({how.format(p=p)})")
            else:
                tips.append(f"{p} would make this {other / size:.1f}x the size ({kb(other)}; "
                            f"{how.format(p=p)}), in exchange for speed")
        elif p == "min-size":
            why = "source not found beside the binary" if not source else "not measured (--no-measure)"
            saving = symbols + debug
            tips.append(f"min-size: stripping alone saves {kb(saving)} ({100 * saving / size:.0f}%) exactly; with -Oz and "
                        f"no unwind tables, expect roughly 30-50% smaller in all (estimate: {why})")
    if profile == "debug":
        tips.append("this is a debug build (-O0, UBSan, debug info): use it to chase a crash; release runs much faster")
    if profile == "min-size":
        tips.append("already min-size: for CPU-bound work release is faster (-O3, native CPU); "
                    "for a binary you copy to a board, min-size is the right choice")
    if groups:
        total = sum(groups.values())
        mine = groups.get("your Python code", 0)
        base = total - mine
        if total and mine < 0.2 * total:
            tips.append(f"your program's own code is {kb(mine)} ({100 * mine / total:.0f}% of the code); the other "
                        f"{kb(base)} is the runtime and C library every pyzc binary carries, so the binary grows "
                        "slowly as the program does")
        runtime_files = sorted(((g, s) for g, s in groups.items() if g.startswith("runtime: ")), key=lambda x: -x[1])
        if runtime_files and profile in ("release", "pgo", "debug"):
            g, s = runtime_files[0]
            how = ("debug links whole runtime files; release and min-size keep only the functions called"
                   if profile == "debug" else
                   f"{profile} keeps only the functions called, compiled for speed; min-size compiles them with -Oz")
            tips.append(f"{g[len('runtime: '):]} is the largest runtime part here ({kb(s)}): {how}")
    if source and profile in ("release", "debug"):
        character = read_character(source)
        if character and character.profile == "pgo":
            tips.append(f"pgo may help: {character.reason}")
    return tips


# ------------------------------------------------------------------ sources

class Character:
    def __init__(self):
        self.lines = 0
        self.functions: list[tuple[str, int]] = []
        self.recursive: list[str] = []
        self.loops = 0
        self.nested_loops = 0
        self.deepest = (0, 0)  # (depth, line)
        self.comprehensions = 0
        self.container_ops = 0
        self.container_kinds: dict[str, int] = {}
        self.prints = 0
        self.prints_in_loops = 0
        self.reads_argv = False
        self.int_ops = 0
        self.float_ops = 0
        self.str_ops = 0
        self.branches = 0
        self.branches_in_loops = 0
        self.compiled_error: str | None = None
        self.left_out: list[tuple[str, int, str]] = []
        self.profile = "release"
        self.reason = ""


CONTAINER_METHODS = {"append", "extend", "insert", "pop", "remove", "sort", "reverse", "index", "count", "get",
                     "setdefault", "update", "keys", "values", "items", "add", "discard", "copy", "clear"}


def read_character(source_path: str) -> Character | None:
    from .driver import compile_program
    c = Character()
    try:
        with open(source_path, encoding="utf-8") as f:
            text = f.read()
        tree = ast.parse(text)
    except (OSError, SyntaxError, UnicodeDecodeError):
        return None
    c.lines = len(text.splitlines())
    types: dict[int, str] = {}
    try:
        compiled = compile_program(source_path)
        c.left_out = compiled.left_out
        assert compiled.typed is not None  # compile_program always gives it
        typed_tree = compiled.typed.program.module.node  # the AST inference typed
        assert isinstance(typed_tree, ast.Module)
        tree = typed_tree
        for inst in compiled.typed.instances.values():
            for node_id, t in inst.expr_types.items():
                types.setdefault(node_id, str(t))
    except CompileError as e:
        c.compiled_error = e.diagnostic.render().splitlines()[0]
    defs = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    c.functions = [(n.name, n.lineno) for n in defs.values()]

    graph: dict[str, set[str]] = {name: set() for name in defs}
    for name, node in defs.items():
        for sub in walk(node):
            if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id in defs:
                graph[name].add(sub.func.id)
    from .passes.mark_recursion import cyclic_functions
    c.recursive = sorted(cyclic_functions(graph))

    # functions called from inside a loop (or from such a function, or recursive) run hot: their
    # branches count as branches in loops
    hot = set(c.recursive)
    roots: list[ast.AST] = [tree, *defs.values()]
    for root in roots:
        for loop in (n for n in walk(root) if isinstance(n, (ast.For, ast.While))):
            hot |= {n.func.id for n in walk(loop) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                    and n.func.id in defs}
    grow = list(hot)
    while grow:
        for callee in graph.get(grow.pop(), ()):
            if callee not in hot:
                hot.add(callee)
                grow.append(callee)

    def visit(node, depth, in_hot=False):
        for child in iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef):
                visit(child, 0, child.name in hot)
                continue
            d = depth
            if isinstance(child, (ast.For, ast.While)):
                c.loops += 1
                d = depth + 1
                if d >= 2:
                    c.nested_loops += 1
                if d > c.deepest[0]:
                    c.deepest = (d, child.lineno)
            elif isinstance(child, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
                c.comprehensions += 1
            elif isinstance(child, ast.If):
                c.branches += 1
                if depth or in_hot:
                    c.branches_in_loops += 1
            elif isinstance(child, ast.Call):
                f = child.func
                if isinstance(f, ast.Name) and f.id == "print":
                    c.prints += 1
                    if depth:
                        c.prints_in_loops += 1
                elif isinstance(f, ast.Attribute) and f.attr in CONTAINER_METHODS:
                    c.container_ops += 1
                    c.container_kinds[f.attr] = c.container_kinds.get(f.attr, 0) + 1
            elif isinstance(child, (ast.List, ast.Dict, ast.Set)) or (
                    isinstance(child, ast.Subscript) and not isinstance(node, ast.Subscript)):
                c.container_ops += 1
            elif isinstance(child, ast.Attribute) and child.attr == "argv":
                c.reads_argv = True
            if isinstance(child, (ast.BinOp, ast.AugAssign)):
                t = types.get(id(child)) or types.get(id(getattr(child, "value", None))) or ""
                if t == "float" or _has_float_literal(child):
                    c.float_ops += 1
                elif t == "str":
                    c.str_ops += 1
                elif t in ("int", "bool") or not types:
                    c.int_ops += 1
            visit(child, d, in_hot)

    visit(tree, 0)
    recommend(c)
    return c


def _has_float_literal(node) -> bool:
    return any(isinstance(n, ast.Constant) and isinstance(n.value, float) for n in walk(node))


def recommend(c: Character):
    work = c.loops or c.recursive or c.comprehensions
    if not work:
        c.profile = "min-size"
        c.reason = ("straight-line code with no loops or recursion: it runs in about a millisecond whichever the "
                    "profile, so the smallest binary is the better one")
    elif c.branches_in_loops >= 3 or (c.recursive and c.branches >= 2):
        where = f"{c.branches_in_loops} if/elif in loops or in functions they call" if c.branches_in_loops >= 3 else \
            f"recursion ({', '.join(c.recursive)}) that branches"
        c.profile = "pgo"
        c.reason = (f"its hot code branches on data ({where}): a training run tells the C compiler which way each "
                    "branch usually goes and which functions are hot; give --train-args a typical input "
                    "(`pyzc bench` shows the gain over release, which can be none)")
    else:
        kinds = []
        if c.loops:
            kinds.append(f"loops (nested {c.deepest[0]} deep at line {c.deepest[1]})" if c.deepest[0] > 1
                         else f"loops (line {c.deepest[1]})")
        if c.recursive:
            kinds.append(f"recursion ({', '.join(c.recursive)})")
        c.profile = "release"
        c.reason = (f"CPU-bound: {' and '.join(kinds) or 'comprehensions'} doing "
                    f"{'float' if c.float_ops > c.int_ops else 'int'} arithmetic"
                    f"{' and container work' if c.container_ops or c.comprehensions else ''}; -O3 and "
                    "the native CPU matter most, and its branches give a training run little to learn")
    if c.prints_in_loops and c.prints_in_loops * 4 >= max(1, c.int_ops + c.float_ops):
        c.reason += ("; it prints inside loops, so part of its time is output (buffered by the runtime either way)")


def analyze_source(path: str) -> str:
    c = read_character(path)
    if c is None:
        raise toolchain.ToolchainError(f"{path}: cannot read it as Python")
    name = os.path.basename(path)
    out = [f"{name}: {c.lines} lines, {len(c.functions)} function{'s' if len(c.functions) != 1 else ''}"
           + (f"; pyzc cannot compile it yet: {c.compiled_error}" if c.compiled_error else "")]
    out.append("")
    out.append("Character:")
    loops = f"{c.loops}" + (f", {c.nested_loops} nested, deepest {c.deepest[0]} levels at line {c.deepest[1]}"
                            if c.nested_loops else "")
    out.append(f"  loops         {loops}" + (f"; {c.comprehensions} comprehensions" if c.comprehensions else ""))
    out.append(f"  recursion     {', '.join(f + '()' for f in c.recursive) if c.recursive else 'none'}")
    top = ", ".join(f"{k} {v}" for k, v in sorted(c.container_kinds.items(), key=lambda x: -x[1])[:5])
    out.append(f"  containers    {c.container_ops} operations" + (f" (methods: {top})" if top else ""))
    io = f"{c.prints} print call{'s' if c.prints != 1 else ''}" + (f", {c.prints_in_loops} inside loops" if c.prints_in_loops else "")
    if c.reads_argv:
        io += "; reads sys.argv"
    out.append(f"  I/O           {io}")
    out.append(f"  arithmetic    {c.int_ops} int, {c.float_ops} float, {c.str_ops} str operations")
    out.append(f"  branches      {c.branches} if/elif, {c.branches_in_loops} in loops or in functions called from loops")
    out.append("")
    out.append(f"Suggested profile: {c.profile}: {c.reason}.")
    others = {"release": "release: speed (-O3, native CPU); the default",
              "min-size": "min-size: the smallest binary (-Oz, stripped), for copying to a small board",
              "pgo": "pgo: release tuned by a training run (--train-args)",
              "debug": "debug: -O0 -g with UBSan, to chase a crash or wrong result"}
    out.append("Others: " + "; ".join(v for k, v in others.items() if k != c.profile) + ".")
    out.append("")
    if c.left_out:
        out.append("Left out as dead code (not compiled):")
        for fname, line, why in c.left_out:
            out.append(f"  {fname}() line {line}: {why}")
    else:
        out.append("Left out as dead code: nothing (every function is called)." if not c.compiled_error
                   else "Left out as dead code: unknown (the program does not compile).")
    return "\n".join(out) + "\n"
