"""IR -> C: walks each function's blocks and renders templates/.

Decisions about what to emit are made here, in Python; the templates hold
only the shape of the C (module, function skeleton, list specialisation).
Each op is preceded by a `#line` directive naming its Python line, so C
compiler messages, debuggers and sanitizers point into the Python file.

Error paths: an op that can raise is followed by a test of the pending
exception (or, for checked arithmetic, of the overflow flag) that jumps to
the function's error exit for that Python line; each exit records the
traceback frame and returns.  Nothing on the normal path pays for tracebacks.

Profile-guided builds (codegen/pgo.py): with `counters`, function entries
and branches count themselves; with `profile`, branches carry measured
probabilities and functions hot/cold attributes.  `build_info` lines are
embedded in a `.pyzc` section that `pyzc analyze` reads back.
"""

from __future__ import annotations

import math
import os

import jinja2

from .. import __version__
from ..ir.ops import (is_small_int, Assign, Block, Branch, BuildStr, Call, CallRuntime, CheckObj, ClosureGet, Const, Function, GenGet, GenNew, NewClosure, GenResume, GetField, Goto, ListGet, Yield,
                      ListSet, MakeTuple, Module, NewList, NewObject, Prim, Propagate, Raise, Reg, Reraise, Return,
                      SetField, StackCheck, TupleGet, Value)
from ..types.model import MATCH, PatternT, HASH, ArrayT, StructT, BOOL, BOTTOM, EXC, EXC_KIND, FILE, FLOAT, INT, NONE, NUM, STR, BYTES, BYTEARRAY, BINFILE, ClassT, DequeT, DictT, FuncT, ListT, OptT, SeqIterT, SetT, TupleT, Type, VarTupleT, is_hashable, parts, walk_types, GenT, GenU
from . import naming, pgo
from .copy import render_copies
from .exports import entry_points
from .ctypes import c_type, has_pointers, is_pointer, zero
from .naming import dict_suffix, struct_dict_suffix, struct_suffix, type_suffix

TB_LINES = "tb_lines"  # a function's lines that may catch an exception (exc.c: PyzTbLine)
from .initial_values import written_before_read
from .inlining import noinline_functions, stack_clearing_functions
from .generators import FrameLayout, frame_declaration, frame_layout
from .prims import CHECKED, EXPR, GUARDS, OPTIONAL
from .runtime_table import RuntimeFunction

# every primitive's C spelling, to see which take an operand's address (initial_values.py)
PRIM_SPELLINGS = {**EXPR, **{k: v[0] + v[1] for k, v in CHECKED.items()}, **{k: v[0] + v[1] for k, v in GUARDS.items()},
                  **{k: v[0] + v[1] for k, v in OPTIONAL.items()}}

_envs: dict[str, jinja2.Environment] = {}


def load_template(templates_dir: str, name: str) -> jinja2.Template:
    """A template of templates_dir, loaded once per process."""
    env = _envs.get(templates_dir)
    if env is None:
        env = _envs[templates_dir] = jinja2.Environment(
            loader=jinja2.FileSystemLoader(templates_dir), trim_blocks=True, lstrip_blocks=True,
            keep_trailing_newline=True, undefined=jinja2.StrictUndefined, cache_size=-1)
    return env.get_template(name)


# A list display of at least this many items, half of them constants, starts as a copy of a static array.
LITERAL_ARRAY_MIN = 16
FRAME_ROOM = 16  # items a frame list (passes/frame_lists.py) holds before it moves them to the heap


def line_directive_path(path: str) -> str:
    """A file name as a #line directive's string: backslash, quote and control characters escaped."""
    if path.isprintable() and "\\" not in path and '"' not in path:
        return path
    out = []
    for ch in path:
        if ch in '\\"':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7f:
            out.append(f"\\{ord(ch):03o}")
        else:
            out.append(ch)
    return "".join(out)


def build_info_literal(lines: list[str]) -> str:
    """The C literal of pyz_build_info (templates/module.c.j2): the lines, each ended by a newline."""
    return c_string_literal("\n".join(lines).encode("utf-8") + b"\n")


def c_string_literal(data: bytes) -> str:
    out = ['"']
    for b in data:
        ch = chr(b)
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif 0x20 <= b < 0x7F and ch != "?":
            out.append(ch)
        else:
            out.append(f"\\{b:03o}")
    out.append('"')
    return "".join(out)


class StringTable:
    def __init__(self):
        self.index: dict[str | bytes, str] = {}
        self.entries: list[dict] = []

    def ref(self, value: str | bytes) -> str:
        name = self.index.get(value)
        if name is None:
            name = naming.string_const(len(self.entries))
            data = value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass")
            ascii = isinstance(value, bytes) or value.isascii()  # bytes: each byte is a character (bytes.c)
            self.entries.append({"name": name, "len": len(data), "ncp": len(value),
                                 "ascii": int(ascii), "literal": c_string_literal(data)})
            self.index[value] = name
        return f"(&{name})"


def result_test_covers(op: Prim) -> bool:
    """Does the test of a checked op's result also catch a big operand?  A big word lies in
    [INT64_MIN, INT64_MIN + 2**48) (runtime_c/int.c), so adding a constant below 2**59 to it, or
    subtracting one from it, leaves it below PYZ_SMALL_MIN or overflows, multiplying it by a constant
    other than -1 and 0 overflows (by 1: the word itself; by 0: 0, which is right), and so does any
    shift left.  Not `c - x`: c minus a big word is near 2**63 - its address, a small word."""
    consts = [v.value for v in op.args if isinstance(v, Const) and isinstance(v.value, int)]
    if any(not is_small_int(c) for c in consts):
        return False
    if op.op == "int_lshift_k":
        return True
    if len(op.args) != 2 or len(consts) != 1:
        return False
    c = consts[0]
    if op.op == "int_add":
        return abs(c) < 2**59
    if op.op == "int_sub":
        return isinstance(op.args[1], Const) and abs(c) < 2**59
    return op.op == "int_mul" and c != -1


class ModuleEmitter:
    def __init__(self, module: Module, runtime: dict[str, RuntimeFunction], templates_dir: str,
                 counters: pgo.Counters | None = None, profile: pgo.Profile | None = None,
                 build_info: list[str] | None = None, hybrid: bool = False):
        self.module = module
        self.hybrid = hybrid  # a module for CPython (pyzc build --module): entry points, not main
        self.templates_dir = templates_dir
        self.counters = counters
        self.profile = profile
        self.build_info = build_info
        self.strings = StringTable()
        self.literal_arrays: list[str] = []  # static arrays of long constant list displays
        self.big_ints: list[str] = []  # the decimal digits of int constants past the small range (runtime_c/int.c)
        self.runtime = runtime
        self.specialised: set[str] = set()  # functions rendered from list.c.j2
        self.structs_defined: set[tuple] = set()
        self.class_names = {c.name for c in module.classes}
        self.functions = {f.name: f for f in module.functions}
        self.noinline = noinline_functions(module)  # codegen/inlining.py: C compile time stays linear
        self.stack_clearing = stack_clearing_functions(module)  # codegen/inlining.py: no stale pointers kept
        self.noinline |= self.stack_clearing
        # generators' resume functions: their frame structs and what each yield saves (codegen/generators.py)
        self.frames = {f.name: frame_layout(f) for f in module.functions if f.generator is not None}
        # the resume functions some GenResume calls through a frame: only their frames record them, since
        # taking a function's address keeps clang from inlining it into its one direct caller (measured:
        # sum() of a generator then calls the resume function per item instead of fusing the loops)
        self.indirect_resumes = {t for f in module.functions for b in f.blocks for op in b.ops
                                 if isinstance(op, GenResume) for t in op.targets}

    def template(self, name: str) -> jinja2.Template:
        return load_template(self.templates_dir, name)

    # ------------------------------------------------------------ values
    def literal_array(self, ctype: str, items: list[str]) -> str:
        """A static array holding items (C constant expressions); its name."""
        name = naming.literal_array(len(self.literal_arrays))
        rows = [", ".join(items[i:i + 8]) for i in range(0, len(items), 8)]
        self.literal_arrays.append(f"static {ctype} const {name}[{len(items)}] = {{\n    " + ",\n    ".join(rows) + "\n};")
        return name

    def value(self, v: Value) -> str:
        if isinstance(v, Reg):
            return naming.global_name(v.name) if v.is_global else naming.local_name(v.name)
        return self.const(v)

    def const(self, c: Const) -> str:
        t, v = c.type, c.value
        if v is None:
            return zero(t) if t != NONE else "0"
        if t == BOOL:
            return "true" if v else "false"
        if isinstance(t, FuncT) or t == INT:  # a function value is its number (ir/build_functions.py)
            assert isinstance(v, (int, float)), v
            i = int(v)
            if isinstance(t, FuncT):
                return f"INT64_C({i})"
            if not is_small_int(i):  # a big int: made once, at first use
                if str(i) not in self.big_ints:
                    self.big_ints.append(str(i))
                return f"big_int_const({self.big_ints.index(str(i))})"
            return f"INT64_C({i})" if i >= 0 else f"(-INT64_C({-i}))"
        if t == FLOAT:
            assert isinstance(v, (int, float)), v
            f = float(v)
            if math.isnan(f):
                return "NAN"
            if math.isinf(f):
                return "INFINITY" if f > 0 else "(-INFINITY)"
            r = repr(f)
            if "e" not in r and "." not in r:
                r += ".0"
            return r if not r.startswith("-") else f"({r})"
        if t in (STR, BYTES) or isinstance(t, StructT):  # a struct.Struct is its format, a str
            assert isinstance(v, (str, bytes)), v
            return self.strings.ref(v)
        if t == EXC_KIND:
            assert isinstance(v, str), v
            if v in self.class_names:  # a user exception class: kinds after the builtin ones, by class id
                return f"(PYZ_EXC_COUNT + {naming.class_id(v)})"
            return f"PYZ_EXC_{v}"
        raise AssertionError(f"constant {v!r} of type {t}")

    # ------------------------------------------------------------ functions
    def prototype(self, fn: Function) -> str:
        params = ", ".join(f"{c_type(p.type)} {naming.local_name(p.name)}" for p in fn.params) or "void"
        ret = c_type(fn.return_type)
        attr = "__attribute__((noinline)) " if fn.name in self.noinline or fn.inlining == "never" else ""
        if fn.inlining == "always":  # a recursive function's base case, run in its callers (passes/split_base_case.py)
            attr = "__attribute__((always_inline)) inline "
        return f"{attr}static {ret} {naming.function_name(fn.name)}({params})"

    def traceback_place(self, line: int) -> tuple[str, int, str | None]:
        """(file, line in it, its text) as a traceback shows a program line: the file's absolute path,
        as CPython (3.9 on) gives the main script's and its modules' (`python3 app.py`: "/home/u/app.py")."""
        path, file_line, text = self.module.source.locate(line)
        return os.path.abspath(path), file_line, text

    def emit_function(self, fn: Function) -> dict:
        fe = FunctionEmitter(self, fn)
        body = fe.emit()
        param_names = {p.name for p in fn.params}
        decls = ["int64_t ix = 0;  /* list index being checked */"] if fe.fn_needs_index_temp else []
        if fe.uses_err_line:
            decls.append("int32_t err_line = 0;  /* line where the exception being handled entered this function */")
        if fe.needs_tb_lines:  # where this function may catch an exception: its traceback's last frame
            entries = []
            for line in sorted(fe.err_line_values) or [0]:
                path, file_line, text = self.traceback_place(line) if line else ("", 0, "")
                entries.append(f"{{{line}, {file_line}, {c_string_literal(path.encode('utf-8'))}, "
                               f"{c_string_literal((text or '').strip().encode('utf-8'))}}}")
            decls.append(f"static const PyzTbLine {TB_LINES}[] = {{{', '.join(entries)}}};")
        # codegen/initial_values.py; a generator saves its live registers at each yield, written or not yet
        no_zero = written_before_read(fn, PRIM_SPELLINGS) if fn.generator is None else set()
        if fn.generator is not None:
            layout = self.frames[fn.name]
            decls.append(f"{layout.struct} *F = ({layout.struct} *){naming.local_name(fn.params[0].name)};")
            body[:0] = self.resume_dispatch(fn, layout)
        decls += fe.frame_lists
        for r in fn.regs:
            if r.name in param_names or r.is_global:
                continue
            if id(r) in no_zero:
                decls.append(f"{c_type(r.type)} {naming.local_name(r.name)};")
            else:
                decls.append(f"{c_type(r.type)} {naming.local_name(r.name)} = {zero(r.type)};")
        exits = []
        if fe.dynamic_exit:
            body.append("EDYN:")
            body.append("    switch (err_line) {")
            for line in sorted(fe.err_line_values):
                body.append(f"    case {line}: goto {naming.error_label(line)};")
                fe.error_lines.add(line)
            body.append(f"    default: goto {naming.error_label(fn.first_line)};")
            fe.error_lines.add(fn.first_line)
            body.append("    }")
        func_lit = c_string_literal(fn.py_name.encode("utf-8"))
        tail = None  # self-calls folded into a loop (passes/tail_accumulation.py): a frame each, stopped at their line
        if fn.tail_frames is not None:
            path, file_line, text = self.traceback_place(fn.tail_frames.line)
            depth = naming.local_name(fn.tail_frames.depth.name)
            if fn.tail_frames.counts_down:  # the room left (passes/fuse_tail_checks.py)
                depth = f"pyz_tail_room - {depth}"
            tail = {"depth": depth, "file": c_string_literal(path.encode("utf-8")),
                    "line": file_line, "source": c_string_literal((text or "").strip().encode("utf-8"))}
        for line in sorted(fe.error_lines):
            path, file_line, text = self.traceback_place(line)
            src = (text or "").strip()
            exits.append({"label": naming.error_label(line), "file": c_string_literal(path.encode("utf-8")), "line": file_line,
                          "func": func_lit, "source": c_string_literal(src.encode("utf-8")),
                          "adds_frame": fn.adds_frame, "tail": tail})
        proto = self.prototype(fn)
        if self.counters is not None:
            body.insert(0, f"    {naming.PGO_COUNTERS}[{self.counters.entry(fn.name)}]++;")
        if self.profile is not None:
            attr = self.profile.function_attribute(fn.name, fn.name == self.module.main)
            if attr:
                proto = f"__attribute__(({attr})) {proto}"
        sig = ", ".join(str(p.type) for p in fn.params)
        text = self.template("function.c.j2").render(
            py_name=fn.py_name, signature=sig, first_line=fn.first_line, prototype=proto, decls=decls,
            body=body, error_exits=exits, zero=error_value(fn),
            # an exception ends a generator; a StopIteration leaving it is a RuntimeError (PEP 479)
            finish="pyz_gen_exc_leaving(); F->h.state = -1;" if fn.generator is not None else "")
        return {"prototype": proto, "text": text}

    @staticmethod
    def resume_dispatch(fn: Function, layout: FrameLayout) -> list[str]:
        """The entry of a resume function: the first resume loads the parameters, a later one jumps
        back to where the last yield left off; once finished (a return, an exception) the state is -1.
        While it runs the state stays what it was: a store at entry would cost every item a store."""
        gen = fn.generator
        assert gen is not None
        lines = ["    switch (F->h.state) {", "    case 0:"]
        lines += [f"        {naming.local_name(r.name)} = F->{naming.local_name(r.name)};" for r in gen.params]
        lines.append("        break;")
        for op_id, k in sorted(layout.numbers.items(), key=lambda item: item[1]):
            lines.append(f"    case {k}: goto Y{k};")
        lines += ["    default: return false;", "    }"]
        return lines

    # ------------------------------------------------------------ containers
    def value_ops(self, t: Type, a: str, b: str, x: str) -> tuple[str, str, str, str]:
        """C expressions for a value type: equality of a and b, three-way comparison, a < b, repr of x."""
        if t == NONE:  # None in a tuple: equal to itself, unordered
            return "true", "0", "false", 'pyz_str_from_cstr("None")'
        if t == INT:  # big words too (runtime_c/int.c)
            return f"pyz_int_eq({a}, {b})", f"pyz_int_cmp3({a}, {b})", f"pyz_int_lt({a}, {b})", f"pyz_int_to_str({x})"
        if t == FLOAT:
            return f"{a} == {b}", f"({a} > {b}) - ({a} < {b})", f"{a} < {b}", f"pyz_float_to_str({x})"
        if t == BOOL:
            return f"{a} == {b}", f"(int32_t){a} - (int32_t){b}", f"{a} < {b}", f"pyz_bool_to_str({x})"
        if t == NUM:
            return f"pyz_num_eq({a}, {b})", f"pyz_num_cmp3({a}, {b})", f"pyz_num_lt({a}, {b})", f"pyz_num_to_str({x})"
        if t == STR:
            return (f"pyz_str_eq({a}, {b})", f"pyz_str_cmp({a}, {b})", f"pyz_str_cmp({a}, {b}) < 0",
                    f"pyz_str_repr({x})")
        if t in (BYTES, BYTEARRAY):
            rep = "pyz_bytes_repr" if t == BYTES else "pyz_bytearray_repr"
            return (f"pyz_str_eq({a}, {b})", f"pyz_str_cmp({a}, {b})", f"pyz_str_cmp({a}, {b}) < 0", f"{rep}({x})")
        if isinstance(t, VarTupleT):  # a list that prints as a tuple
            n = type_suffix(t.elem)
            return (f"pyz_list_{n}_eq({a}, {b})", f"pyz_list_{n}_cmp({a}, {b})",
                    f"pyz_list_{n}_cmp({a}, {b}) < 0", f"pyz_list_{n}_tuple_repr({x})")
        if isinstance(t, ArrayT):  # a list that prints as an array
            n = type_suffix(t.elem)
            return (f"pyz_list_{n}_eq({a}, {b})", f"pyz_list_{n}_cmp({a}, {b})",
                    f"pyz_list_{n}_cmp({a}, {b}) < 0", f"pyz_list_{n}_array_repr({x}, {ord(t.code)})")
        if isinstance(t, (ListT, TupleT)):
            kind = "list" if isinstance(t, ListT) else "tuple"
            n = type_suffix(t.elem) if isinstance(t, ListT) else type_suffix(t)
            return (f"pyz_{kind}_{n}_eq({a}, {b})", f"pyz_{kind}_{n}_cmp({a}, {b})",
                    f"pyz_{kind}_{n}_cmp({a}, {b}) < 0", f"pyz_{kind}_{n}_repr({x})")
        if isinstance(t, ClassT):  # the class's __eq__ and __lt__ (inference refuses ordering without __lt__)
            eq_fn = self.module.elem_ops.get((t.name, "__eq__"))
            lt_fn = self.module.elem_ops.get((t.name, "__lt__"))
            # a container compares an item with itself as equal unasked (CPython's PyObject_RichCompareBool)
            eq = f"({a} == {b} || (bool){naming.function_name(eq_fn)}({a}, {b}))" if eq_fn else f"{a} == {b}"
            lt = f"(bool){naming.function_name(lt_fn)}({a}, {b})" if lt_fn else "false"
            return eq, f"({lt} ? -1 : 1)", lt, f"pyz_class_repr({x})"
        if isinstance(t, DequeT):  # equality and repr only
            n = type_suffix(t.elem)
            return f"pyz_deque_{n}_eq({a}, {b})", "0", "false", f"pyz_deque_{n}_repr({x})"
        if isinstance(t, DictT) and t.kind:  # Counter and defaultdict: a dict's equality, their own repr
            n = dict_suffix(t)
            if t.kind == "Counter":
                rep = f"pyz_dict_{n}_counter_repr({x})"
            elif t.kind == "OrderedDict":
                return f"pyz_dict_{n}_od_eq({a}, {b})", "0", "false", f"pyz_dict_{n}_od_repr({x})"
            else:
                factory = t.kind.split(":")[1]
                head = c_string_literal((f"defaultdict({factory}, " if factory == "None" else f"defaultdict(<class '{factory}'>, ").encode())
                rep = (f"pyz_str_concat(pyz_str_concat(pyz_str_from_cstr({head}), pyz_dict_{n}_repr({x})), "
                       f"pyz_str_from_cstr(\")\"))")
            return f"pyz_dict_{n}_eq({a}, {b})", "0", "false", rep
        if isinstance(t, (DictT, SetT)):  # equality and repr only: inference refuses ordering them
            kind, n = ("dict", dict_suffix(t)) if isinstance(t, DictT) else ("set", type_suffix(t.elem))
            return f"pyz_{kind}_{n}_eq({a}, {b})", "0", "false", f"pyz_{kind}_{n}_repr({x})"
        if isinstance(t, OptT):  # equal when both are None or both hold equal values; no ordering, no hash
            if is_pointer(t):
                none_a, none_b, va, vb, vx, none_x = f"({a}) == NULL", f"({b}) == NULL", a, b, x, f"({x}) == NULL"
            else:
                none_a, none_b, va, vb, vx, none_x = f"!({a}).some", f"!({b}).some", f"({a}).v", f"({b}).v", f"({x}).v", f"!({x}).some"
            eq, _, _, rep = self.value_ops(t.inner, va, vb, vx)
            return (f"(({none_a}) || ({none_b}) ? ({none_a}) == ({none_b}) : ({eq}))", "0", "false",
                    f"(({none_x}) ? pyz_str_from_cstr(\"None\") : {rep})")
        if t == EXC:  # a caught exception: identity (as CPython's BaseException compares); its repr
            return f"{a} == {b}", "0", "false", f"pyz_exc_repr({x})"
        if t == BINFILE:  # identity; its repr names its path
            return f"{a} == {b}", "0", "false", f"pyz_file_binary_repr({x})"
        if t == MATCH:  # identity; <re.Match object; span=(0, 1), match='a'>
            return f"{a} == {b}", "0", "false", f"pyz_re_match_repr({x})"
        if isinstance(t, PatternT):  # re.compile('a'); compared by identity (CPython: pattern and flags)
            return f"{a} == {b}", "0", "false", f"pyz_re_pattern_repr({x})"
        if t in (FILE, HASH) or isinstance(t, (SeqIterT, FuncT, StructT, GenT, GenU)):  # identity; inference refuses ordering and printing them
            return f"{a} == {b}", "0", "false", 'pyz_str_from_cstr("<unprintable>")'
        raise AssertionError(t)

    def hash_expr(self, t: Type, k: str) -> str:
        """CPython's hash() of a key of type t, as int64_t."""
        if isinstance(t, ClassT):  # __hash__ gives an int of any size: CPython's hash() of it
            fn = self.module.elem_ops.get((t.name, "__hash__"))
            return f"pyz_hash_of_hash({naming.function_name(fn)}({k}))" if fn else f"pyz_pyhash_ptr({k})"
        if t in (INT, BOOL) or isinstance(t, FuncT):  # a function: by its number (CPython: by its address)
            return f"pyz_pyhash_int((int64_t){k})"
        if t == FLOAT:
            return f"pyz_pyhash_float({k})"
        if t == NUM:
            return f"pyz_num_hash({k})"
        if t in (STR, BYTES):
            return f"pyz_str_hash({k})"
        if isinstance(t, TupleT):
            return f"pyz_tuple_{type_suffix(t)}_hash({k})"
        if isinstance(t, VarTupleT):
            return f"pyz_list_{type_suffix(t.elem)}_tuple_hash({k})"
        raise AssertionError(f"unhashable {t}")

    def dict_specialisation(self, t: DictT) -> str:
        keq, _, _, krepr = self.value_ops(t.key, "a", "b", "x")
        veq, _, _, vrepr = self.value_ops(t.value, "a", "b", "x")
        return self.template("dict.c.j2").render(
            N=dict_suffix(t), S=struct_dict_suffix(t), declared=self.struct_seen("dict", struct_dict_suffix(t)), K=c_type(t.key), V=c_type(t.value), key_hash=self.hash_expr(t.key, "k"), key_eq=keq,
            key_repr=krepr, value_repr=vrepr, value_eq=veq, key_zero=zero(t.key), value_zero=zero(t.value),
            scanned=has_pointers(t.key) or has_pointers(t.value), counter=t.value == INT, item_raises=self.item_raises(t),
            repr_raises=self.repr_raises(t))

    def set_specialisation(self, t: SetT) -> str:
        eq, _, _, rep = self.value_ops(t.elem, "a", "b", "x")
        return self.template("set.c.j2").render(
            N=type_suffix(t.elem), S=struct_suffix(t.elem), declared=self.struct_seen("set", struct_suffix(t.elem)), T=c_type(t.elem), elem_hash=self.hash_expr(t.elem, "k"), elem_eq=eq,
            elem_repr=rep, elem_zero=zero(t.elem), scanned=has_pointers(t.elem), item_raises=self.item_raises(t),
            repr_raises=self.repr_raises(t))

    def list_specialisation(self, elem: Type) -> str:
        eq, cmp, lt, rep = self.value_ops(elem, "a", "b", "x")
        return self.template("list.c.j2").render(
            N=type_suffix(elem), S=struct_suffix(elem), T=c_type(elem), zero=zero(elem), py_elem=str(elem),
            declared=self.struct_seen("list", struct_suffix(elem)) or elem in (STR, BYTES),
            atomic=not has_pointers(elem), alloc="pyz_gc_alloc" if has_pointers(elem) else "pyz_gc_alloc_atomic",
            try_alloc="pyz_gc_try_alloc" if has_pointers(elem) else "pyz_gc_try_alloc_atomic",
            plain_sort=elem in (INT, BOOL),  # no user code, no told-apart equal items: any stable sort
            first_lt=self.value_ops(elem.elems[0], "a.f0", "b.f0", "a.f0")[2] if isinstance(elem, TupleT) else None,
            elem_eq=eq, elem_cmp=cmp, elem_lt=lt, elem_repr=rep, item_raises=self.item_raises(ListT(elem)),
            repr_raises=self.repr_raises(ListT(elem)),
            elem_hash=self.hash_expr(elem, "k") if is_hashable(elem) and elem != BOTTOM else None)

    def deque_specialisation(self, t: DequeT) -> str:
        eq, _, _, rep = self.value_ops(t.elem, "a", "b", "x")
        return self.template("deque.c.j2").render(
            N=type_suffix(t.elem), S=struct_suffix(t.elem), T=c_type(t.elem), zero=zero(t.elem), py_elem=str(t.elem),
            declared=self.struct_seen("deque", struct_suffix(t.elem)), atomic=not has_pointers(t.elem),
            alloc="pyz_gc_alloc" if has_pointers(t.elem) else "pyz_gc_alloc_atomic",
            try_alloc="pyz_gc_try_alloc" if has_pointers(t.elem) else "pyz_gc_try_alloc_atomic", elem_eq=eq, elem_repr=rep,
            item_raises=self.item_raises(t), repr_raises=self.repr_raises(t))

    def tuple_specialisation(self, t: TupleT) -> str:
        fields = []
        for i, e in enumerate(t.elems):
            eq, cmp, _, rep = self.value_ops(e, f"a.f{i}", f"b.f{i}", f"t.f{i}")
            hsh = self.hash_expr(e, f"t.f{i}") if is_hashable(e) and e != BOTTOM else "0"  # unhashable: never hashed
            # a named tuple prints `P(x=1, y=2)`: what goes before each item's repr, as a C literal and its length
            opening = f"{t.name}(" if t.name else "("
            before = (opening if i == 0 else ", ") + (f"{t.fields[i]}=" if t.name else "")
            data = before.encode("utf-8")
            fields.append({"eq": eq, "cmp": cmp, "repr": rep, "hash": hsh, "before": c_string_literal(data), "nbefore": len(data)})
        return self.template("tuple.c.j2").render(N=type_suffix(t), S=struct_suffix(t), py_type=str(t), fields=fields,
                                             item_raises=self.item_raises(t), repr_raises=self.repr_raises(t), named=bool(t.name))

    @staticmethod
    def repr_raises(t: Type) -> bool:
        """Whether the repr of t's items can raise whatever the program does: some of them hold ints, whose
        text raises past 4,300 digits (passes/mark_raising.py marks those calls raising); then the
        specialisation's reprs test after each item's (repr_failed)."""
        return any(p in (INT, NUM) for p in walk_types(t))

    def item_raises(self, t: Type) -> bool:
        """Whether t's item operations can raise: its items include objects, and some dunder the containers
        call on objects can raise (passes/mark_raising.py); then the specialisation tests after each."""
        return self.module.item_code_raises and any(isinstance(p, ClassT) for p in walk_types(t))

    def struct_seen(self, kind: str, suffix: str) -> bool:
        """Whether a container struct was already defined (list[Circle] and list[Shape] share PyzList_obj)."""
        key = (kind, suffix)
        if key in self.structs_defined:
            return True
        self.structs_defined.add(key)
        return False

    def container_types(self) -> list[Type]:
        """Every list and tuple type used, each after the types it is made of (post-order)."""
        order: list[Type] = []
        seen: set = set()

        def visit(t: Type):
            if isinstance(t, DictT) and t.kind:  # a Counter or defaultdict is rendered as its dict
                t = DictT(t.key, t.value)
            if isinstance(t, ArrayT):  # an array is rendered as the list it is held in
                t = ListT(t.elem)
            if t in seen:
                return
            seen.add(t)
            for p in parts(t):
                visit(p)
            if isinstance(t, (ListT, TupleT, DictT, SetT, DequeT)) or (isinstance(t, OptT) and not is_pointer(t)):
                order.append(t)

        # by name, then by the whole type: named tuples of one class share their name (P) but not their items
        for e in sorted(self.module.list_elem_types, key=lambda x: (str(x), repr(x))):
            visit(ListT(e))
        for t in sorted(self.module.tuple_types | self.module.opt_types | self.module.dict_types | self.module.set_types | self.module.deque_types,
                        key=lambda x: (str(x), repr(x))):
            visit(t)
        return order

    def type_declarations(self, containers: list[Type]) -> list[str]:
        """List structs declared ahead (they are used through pointers), then tuple structs in dependency order."""
        decls = [f"typedef struct PyzList_{struct_suffix(t.elem)} PyzList_{struct_suffix(t.elem)};"
                 for t in containers if isinstance(t, ListT) and t.elem != STR]
        decls += [f"typedef struct PyzDict_{struct_dict_suffix(t)} PyzDict_{struct_dict_suffix(t)};"
                  for t in containers if isinstance(t, DictT)]
        decls += [f"typedef struct PyzSet_{struct_suffix(t.elem)} PyzSet_{struct_suffix(t.elem)};"
                  for t in containers if isinstance(t, SetT)]
        decls += [f"typedef struct PyzDeque_{struct_suffix(t.elem)} PyzDeque_{struct_suffix(t.elem)};"
                  for t in containers if isinstance(t, DequeT)]
        for t in containers:
            if isinstance(t, TupleT):
                fields = " ".join(f"{c_type(e)} f{i};" for i, e in enumerate(t.elems))
                decls.append(f"typedef struct PyzTuple_{struct_suffix(t)} {{ {fields} }} PyzTuple_{struct_suffix(t)};")
            elif isinstance(t, OptT):  # None or a value held by value: a `some` flag beside it
                decls.append(f"typedef struct {c_type(t)} {{ bool some; {c_type(t.inner)} v; }} {c_type(t)};")
        decls += [frame_declaration(self.functions[name], layout) for name, layout in self.frames.items()]
        return list(dict.fromkeys(decls))  # list[Circle] and list[Shape] declare PyzList_obj once

    def emit(self) -> str:
        funcs = [self.emit_function(f) for f in self.module.functions]
        containers = self.container_types()
        render = {ListT: lambda t: self.list_specialisation(t.elem), TupleT: self.tuple_specialisation,
                  DictT: self.dict_specialisation, SetT: self.set_specialisation, DequeT: self.deque_specialisation}
        specs = [render[type(t)](t) for t in containers if type(t) in render]
        if self.module.copy_types:  # copy.copy / copy.deepcopy: after the containers whose functions they call
            specs.append(render_copies(self.template("copy.c.j2"), self.module.copy_types, self.module.classes))
        globals_ = [{"ctype": c_type(g.type), "field": naming.global_field(g.name)} for g in self.module.globals]
        counters = None
        if self.counters is not None:
            counters = {"n": len(self.counters.keys), "array": naming.PGO_COUNTERS, "key_array": naming.PGO_KEYS,
                        "header": c_string_literal((pgo.COUNTS_HEADER + self.counters.source_digest).encode()),
                        "names": [c_string_literal(k.encode("utf-8")) for k in self.counters.keys]}
        entries, codecs = entry_points(self.module.exports) if self.hybrid else ([], [])
        info = None if self.build_info is None else build_info_literal(self.build_info)
        return self.template("module.c.j2").render(pgo_counters=counters, build_info=info,
            version=__version__, source_path=os.path.basename(self.module.path),
            type_declarations=self.type_declarations(containers), classes=self.class_declarations(),
            exception_table=self.exception_table() if any(c.exc_parent for c in self.module.classes) else [],
            container_specialisations=specs, strings=self.strings.entries, literal_arrays=self.literal_arrays, big_ints=self.big_ints,
            globals=globals_, functions=funcs,
            main=naming.function_name(self.module.main), hybrid=self.hybrid,
            entries=entries, codecs=codecs)

    def class_declarations(self) -> list[dict]:
        """What templates/class.c.j2 renders: each class's id and struct, and str()/repr() by class id."""
        classes = []
        for c in self.module.classes:
            fields = [{"ctype": c_type(t), "name": naming.field_name(attr), "owner": owner}
                      for owner, attr, t in c.fields]
            classes.append({"name": c.name, "struct": naming.class_struct(c.name), "id_name": naming.class_id(c.name),
                            "id": c.id, "fields": fields,
                            "str_call": self.printer_call(c, c.str_func, "str"),
                            "repr_call": self.printer_call(c, c.repr_func, "repr")})
        return classes

    def exception_table(self) -> list[dict]:
        """Parent kind and name of every class id (index 0 unused): what pyz_exc_register_classes takes."""
        rows = [{"parent": "0", "name": '""'}]
        for c in self.module.classes:
            if c.exc_parent is None:
                parent = "0"
            elif c.exc_parent in self.class_names:
                parent = f"PYZ_EXC_COUNT + {naming.class_id(c.exc_parent)}"
            else:
                parent = f"PYZ_EXC_{c.exc_parent}"
            rows.append({"parent": parent, "name": c_string_literal(c.traceback_name.encode("utf-8"))})
        return rows

    @staticmethod
    def printer_call(c, func: str | None, which: str) -> str:
        """The C call for str(o) or repr(o) of an object of class c (`o` in class_printers.c.j2)."""
        if func is not None:
            return f"{naming.function_name(func)}(o)"
        if c.exc_root is not None:  # BaseException's str (the message) and repr (Name('message'))
            name = c_string_literal(c.bare_name.encode("utf-8"))
            fields = f"(({naming.class_struct(c.exc_root)} *)o)->"
            if which == "str":
                return f"pyz_obj_exc_str({name}, {fields}{naming.field_name('__msg')})"
            return f"pyz_obj_exc_repr({name}, {fields}{naming.field_name('__args')}, {fields}{naming.field_name('__nargs')})"
        return f"pyz_obj_default_repr(o, {c_string_literal(c.qualified_name.encode('utf-8'))})"


class FunctionEmitter:
    def __init__(self, me: ModuleEmitter, fn: Function):
        self.me = me
        self.fn = fn
        self.lines: list[str] = []
        self.error_lines: set[int] = set()
        self.cur_line = 0
        self.fn_needs_index_temp = False
        self.uses_err_line = False
        self.dynamic_exit = False
        self.err_line_values: set[int] = set()
        self.needs_tb_lines = False
        self.block: Block | None = None  # the block being emitted
        self.frame_lists: list[str] = []  # declarations of the frame lists' headers and room (NewList.local)

    def out(self, text: str):
        self.lines.append("    " + text)

    def line_directive(self, line: int):
        if line and line != self.cur_line:
            path, file_line, _ = self.me.module.source.locate(line)
            self.lines.append(f'#line {file_line} "{line_directive_path(path)}"')
            self.cur_line = line

    def v(self, val: Value) -> str:
        return self.me.value(val)

    def on_error(self, op) -> str:
        """Where an exception raised by op goes: this block's handler, or out of the function."""
        return self.on_error_at(op.line)

    def on_error_at(self, line: int) -> str:
        """Where an exception raised at line goes: this block's handler, or out of the function."""
        if self.block is not None and self.block.handler is not None:
            self.uses_err_line = True
            self.err_line_values.add(line)
            return f"{{ err_line = {line}; goto {naming.block_label(self.block.handler.label)}; }}"
        self.error_lines.add(line)
        return f"goto {naming.error_label(line)};"

    def emit(self) -> list[str]:
        blocks = self.fn.blocks
        targets = {id(s) for b in blocks for s in b.successors()}
        for i, b in enumerate(blocks):
            self.block = b
            self.next_block = blocks[i + 1] if i + 1 < len(blocks) else None
            if id(b) in targets:
                self.lines.append(f"{naming.block_label(b.label)}:;")
            for op in b.ops:
                self.line_directive(op.line)
                self.op(op)
        return self.lines

    def op(self, op):
        meth = getattr(self, "op_" + type(op).__name__)
        meth(op)

    def op_Assign(self, op: Assign):
        if op.dst.type == NONE:
            return
        if op.unbinds:  # del x: nothing it held stays reachable through it
            self.out(f"memset(&{self.v(op.dst)}, 0, sizeof {self.v(op.dst)});")
            return
        self.out(f"{self.v(op.dst)} = {self.v(op.src)};")

    def op_Prim(self, op: Prim):
        args = [self.v(a) for a in op.args]
        if op.op in CHECKED:
            assert op.dst is not None  # a checked operation has a result
            fast, slow = CHECKED[op.op]
            if op.fused is not None:  # the jump back of folded self-calls (passes/fuse_tail_checks.py)
                assert op.nonneg == 2 and not any(isinstance(v, Const) for v in op.args)
                room = self.v(op.fused.room)
                test = f"({args[0]} | {args[1]} | {room} | (t_ = (int64_t)((uint64_t){args[0]} + (uint64_t){args[1]}))) < 0"
                back = f"{room} += 1;"  # the error exits count the folded calls before this one
                leave = self.on_error_at(op.fused.call_line)
                self.out(f"{{ int64_t t_; if (PYZ_UNLIKELY({test})) {{ "
                         f"if (pyz_exc_pending) {{ {back} {leave} }} "
                         f"if ({room} < 0) {{ {back} pyz_raise_recursion(); {leave} }} "
                         f"t_ = pyz_int_add_slow_wrapped(t_, {args[1]}); }} {self.v(op.dst)} = t_; }}")
                return
            if any(isinstance(v, Const) and isinstance(v.value, int) and not is_small_int(v.value) for v in op.args):
                self.out(f"{self.v(op.dst)} = {slow.format(*args)};")  # a big constant: the fast path never holds
                return
            # operands not proved small are tested too: a big word may not overflow (the temporary
            # keeps them intact when dst is one of them)
            tests = [fast.format(*args, dst="t_"), "t_ < PYZ_SMALL_MIN"]
            if op.nonneg:  # both >= 0, one near 0: a wrapped sum below 0 is an overflow or a big operand
                tests = [f"(t_ = (int64_t)((uint64_t){args[0]} + (uint64_t){args[1]})) < 0"]
                if op.nonneg == 2:  # either may be big: its word is negative
                    tests = [f"(({args[0]} | {args[1]} | (t_ = (int64_t)((uint64_t){args[0]} + (uint64_t){args[1]}))) < 0)"]
                # the slow path from the wrapped sum: clang keeps no copy of the accumulator for it (gen_sum)
                slow = "pyz_int_add_slow_wrapped(t_, {1})"
            elif not result_test_covers(op):
                tests += [f"{a} < PYZ_SMALL_MIN" for i, (a, v) in enumerate(zip(args, op.args))
                          if not (op.proven >> i) & 1 and not isinstance(v, Const)]
            # with small operands the slow path gives a big word: saying so lets clang see that a guard
            # after it (`_nofit`) raises, so only the fast path's value goes on (sieve's `range(i * i, ...)`)
            big = " if (!(t_ < PYZ_SMALL_MIN)) __builtin_unreachable();" if op.small_args else ""
            self.out(f"{{ int64_t t_; if (PYZ_UNLIKELY({' | '.join(f'({t})' for t in tests)})) {{ t_ = {slow.format(*args)};{big} }} "
                     f"{self.v(op.dst)} = t_; }}")
            return
        if op.op in GUARDS:
            assert op.dst is not None and op.dst is not op.args[0]
            test, slow = GUARDS[op.op]
            dst = self.v(op.dst)
            if op.op.endswith("_nofit"):  # a big word does not fit: the slow path raises
                self.out(f"if (PYZ_UNLIKELY({test.format(*args)})) {{ (void){slow.format(*args, dst=dst)}; "
                         f"{self.on_error(op)} }} {dst} = {args[0]};")
                return
            self.out(f"if (PYZ_UNLIKELY({test.format(*args)})) {{ if (PYZ_UNLIKELY(!{slow.format(*args, dst=dst)})) "
                     f"{self.on_error(op)} }} else {dst} = {args[0]};")
            return
        if op.op in OPTIONAL:
            if op.op == "opt_wrap":
                assert op.dst is not None
                opt = op.dst.type
            else:
                opt = op.args[0].type
            expr = OPTIONAL[op.op][0 if is_pointer(opt) else 1].format(*args, T=c_type(opt))
        else:
            expr = EXPR[op.op].format(*args)
        if op.dst is None:
            self.out(f"{expr};")
        else:
            self.out(f"{self.v(op.dst)} = {expr};")
        if op.raises:
            self.out(f"if (PYZ_UNLIKELY(pyz_exc_pending)) {self.on_error(op)}")

    def op_CallRuntime(self, op: CallRuntime):
        fn = op.fn
        name = fn if isinstance(fn, str) else naming.spec_fn(fn)
        if not isinstance(fn, str) or name.startswith("pyz_class_"):
            pass  # rendered from templates/*.c.j2
        elif name not in self.me.runtime:
            raise AssertionError(f"runtime function {name} is not declared in runtime_c/pyz.h")
        call = f"{name}({', '.join(self.v(a) for a in op.args)})"
        if name == "pyz_exc_fetch":  # a handler takes the exception: note the frame that caught it
            self.uses_err_line = self.needs_tb_lines = True
            func = c_string_literal(self.fn.py_name.encode("utf-8"))
            call = f"pyz_exc_fetch_at(err_line, {TB_LINES}, (int32_t)(sizeof {TB_LINES} / sizeof {TB_LINES}[0]), {func})"
        if op.dst is not None and op.dst.type != NONE:
            self.out(f"{self.v(op.dst)} = {call};")
        else:
            self.out(f"{call};")
        if op.raises:
            self.out(f"if (PYZ_UNLIKELY(pyz_exc_pending)) {self.on_error(op)}")

    def op_Call(self, op: Call):
        call = f"{naming.function_name(op.func)}({', '.join(self.v(a) for a in op.args)})"
        if op.dst is not None and op.dst.type != NONE:
            self.out(f"{self.v(op.dst)} = {call};")
        else:
            self.out(f"{call};")
        if op.func in self.me.stack_clearing:
            self.out("pyz_gc_clear_stack();")
        if op.raises and not op.tested_by_result:  # else the add reading its result tests it (Prim.fused)
            self.out(f"if (PYZ_UNLIKELY(pyz_exc_pending)) {self.on_error(op)}")

    def op_BuildStr(self, op: BuildStr):
        if op.pads is not None:  # ints written in the one block: runtime_c/format.c, pyz_str_build
            fields: list[str] = []
            for p, pad, r in zip(op.parts, op.pads, op.ranges or [None] * len(op.parts)):
                if r is not None:  # its bytes [a, b) of p (passes/split_piece_ranges.py)
                    spec = f", .width = {int(pad[1:])}, .fill = {chr(39) + ('0' if pad[0] == '=' else ' ') + chr(39)}, .align = '{pad[0]}'" if pad else ""
                    fields.append(f"{{.s = {self.v(p)}, .i = {self.v(r[0])}, .to = {self.v(r[1])}, .range = 1{spec}}}")
                    continue
                if isinstance(p, Const) and p.value == "" and not pad:
                    continue
                if pad[:1] == "j":  # a list of strs joined by the separator after the "j" (passes/fuse_str_parts.py)
                    fields.append(f"{{.s = {self.v(Const(pad[1:], STR))}, .l = {self.v(p)}}}")
                    continue
                if p.type != INT:  # a str, padded to a width (passes/fuse_str_parts.py): ">7" rjust, "<7" ljust, "=7" zfill
                    fill = "'0'" if pad[:1] == "=" else "' '"
                    fields.append(f"{{.s = {self.v(p)}, .width = {int(pad[1:])}, .fill = {fill}, .align = '{pad[0]}'}}"
                                  if pad else f"{{.s = {self.v(p)}}}")
                    continue
                fill = "'0'" if pad.startswith("0") else "' '"
                fields.append(f"{{.i = {self.v(p)}, .width = {int(pad or '0')}, .fill = {fill}, .is_int = 1}}")
            self.out(f"{{ PyzStrPart parts_[] = {{{', '.join(fields)}}}; {self.v(op.dst)} = pyz_str_build(parts_, {len(fields)}); }}")
            if op.raises:
                self.out(f"if (PYZ_UNLIKELY(pyz_exc_pending)) {self.on_error(op)}")
            return
        parts = [p for p in op.parts if not (isinstance(p, Const) and p.value == "")]
        if len(parts) == 1:
            self.out(f"{self.v(op.dst)} = {self.v(parts[0])};")
            return
        items = ", ".join(self.v(p) for p in parts)
        self.out(f"{{ PyzStr *const parts_[] = {{{items}}}; {self.v(op.dst)} = pyz_str_concat_n(parts_, {len(parts)}); }}")

    def op_MakeTuple(self, op: MakeTuple):
        items = ", ".join(self.v(i) for i in op.items)
        self.out(f"{self.v(op.dst)} = ({c_type(op.dst.type)}){{{items}}};")

    def op_TupleGet(self, op: TupleGet):
        self.out(f"{self.v(op.dst)} = {self.v(op.tup)}.f{op.index};")

    def op_NewList(self, op: NewList):
        assert isinstance(op.dst.type, ListT)
        elem = op.dst.type.elem
        n = type_suffix(elem)
        d = self.v(op.dst)
        if op.local:  # passes/frame_lists.py: the header and room for FRAME_ROOM items in this C frame
            h = naming.frame_list(len(self.frame_lists) // 2 + 1)
            room = max(FRAME_ROOM, len(op.items))
            self.frame_lists += [f"{c_type(op.dst.type).removesuffix(' *')} {h};", f"{c_type(elem)} {h}_items[{room}];"]
            self.out(f"{h}.len = {len(op.items)}; {h}.cap = {room}; {h}.items = {h}_items; {d} = &{h};")
        else:
            self.out(f"{d} = pyz_list_{n}_new({len(op.items)});")
        def static(item) -> bool:  # a C constant (a big int is made at run time: runtime_c/int.c)
            return isinstance(item, Const) and not (elem == INT and isinstance(item.value, int)
                                                    and not is_small_int(item.value))

        consts = sum(static(item) for item in op.items)
        if elem in (INT, FLOAT, BOOL, STR) and len(op.items) >= LITERAL_ARRAY_MIN and 2 * consts >= len(op.items):
            # A long display of constants is data, not code: one static array copied in (a C function
            # with 200,000 stores took the C compiler minutes), then the items that are not constants.
            name = self.me.literal_array(c_type(elem), [self.v(item) if static(item) else zero(elem)
                                                        for item in op.items])
            self.out(f"memcpy({d}->items, {name}, sizeof {name});")
            for i, item in enumerate(op.items):
                if not static(item):
                    self.out(f"{d}->items[{i}] = {self.v(item)};")
            return
        for i, item in enumerate(op.items):
            self.out(f"{d}->items[{i}] = {self.v(item)};")

    def checked_index(self, op, lst: str, index: str, message: str) -> str:
        """Inline bounds check; the slow path (negative index or IndexError) is a runtime call.
        Returns the C index expression to use.  An index proved inside the list has no check, one proved
        >= 0 only the upper one (op.check, passes/remove_range_checks.py)."""
        if op.check == "none":
            return index
        if op.check == "upper" or isinstance(op.index, Const) and isinstance(op.index.value, int) and op.index.value >= 0:
            idx = index
            self.out(f"if (PYZ_UNLIKELY({idx} >= {lst}->len)) {{ pyz_raise(PYZ_EXC_IndexError, \"{message}\"); {self.on_error(op)} }}")
            return idx
        self.fn_needs_index_temp = True
        self.out(f"ix = {index};")
        self.out(f"if (PYZ_UNLIKELY((uint64_t)ix >= (uint64_t){lst}->len) && "
                 f"!pyz_index_fix(&ix, {lst}->len, \"{message}\")) {self.on_error(op)}")
        return "ix"

    def op_ListGet(self, op: ListGet):
        lst = self.v(op.lst)
        kind = "tuple" if isinstance(op.lst.type, VarTupleT) else "array" if isinstance(op.lst.type, ArrayT) else "list"
        idx = self.checked_index(op, lst, self.v(op.index), f"{kind} index out of range")
        self.out(f"{self.v(op.dst)} = {lst}->items[{idx}];")

    def op_ListSet(self, op: ListSet):
        lst = self.v(op.lst)
        kind = "array" if isinstance(op.lst.type, ArrayT) else "list"
        idx = self.checked_index(op, lst, self.v(op.index), f"{kind} assignment index out of range")
        self.out(f"{lst}->items[{idx}] = {self.v(op.value)};")

    def null_check(self, op, obj: str, attr: str):
        msg = c_string_literal(attr.encode("utf-8"))
        self.out(f"if (PYZ_UNLIKELY({obj} == NULL)) {{ pyz_raise_none_attr({msg}); {self.on_error(op)} }}")

    def op_NewObject(self, op: NewObject):
        self.out(f"{self.v(op.dst)} = pyz_obj_new(sizeof({naming.class_struct(op.cls)}), {naming.class_id(op.cls)});")

    def op_GetField(self, op: GetField):
        obj = self.v(op.obj)
        if op.checked:
            self.null_check(op, obj, op.attr)
        self.out(f"{self.v(op.dst)} = (({naming.class_struct(op.owner)} *){obj})->{naming.field_name(op.attr)};")

    def op_SetField(self, op: SetField):
        obj = self.v(op.obj)
        if op.checked:
            self.null_check(op, obj, op.attr)
        self.out(f"(({naming.class_struct(op.owner)} *){obj})->{naming.field_name(op.attr)} = {self.v(op.value)};")

    def op_CheckObj(self, op: CheckObj):
        self.null_check(op, self.v(op.obj), op.attr)

    def op_Raise(self, op: Raise):
        if op.obj is not None:
            obj = self.v(op.obj)
            set_args = f" pyz_exc_set_args({', '.join(self.v(a) for a in op.args)});" if op.args is not None else ""
            assert op.message is not None and not isinstance(op.message, str)  # str(the object), computed
            self.out(f"pyz_raise_obj(PYZ_EXC_COUNT + {obj}->cls, {self.v(op.message)}, {obj});{set_args}{self.cause(op)} {self.on_error(op)}")
            return
        if op.message is None:
            raise_call = f"pyz_raise_str(PYZ_EXC_{op.kind}, NULL);"
        elif isinstance(op.message, str):
            msg = c_string_literal(op.message.encode("utf-8"))
            raise_call = f"pyz_raise(PYZ_EXC_{op.kind}, {msg});"
        else:
            raise_call = f"pyz_raise_str(PYZ_EXC_{op.kind}, {self.v(op.message)});"
        if op.args is not None:
            raise_call += f" pyz_exc_set_args({', '.join(self.v(a) for a in op.args)});"
        self.out(f"{raise_call}{self.cause(op)} {self.on_error(op)}")

    def cause(self, op: Raise) -> str:
        if not op.has_cause:
            return ""
        return f" pyz_exc_set_cause({self.v(op.cause) if op.cause is not None else 'NULL'});"

    def op_Reraise(self, op: Reraise):
        exc = self.v(op.exc)
        if not op.bare:
            self.out(f"pyz_exc_restore({exc}); {self.on_error(op)}")
            return
        # bare `raise`: this frame's line is where the exception was caught, as CPython's traceback keeps it
        self.uses_err_line = True
        self.out(f"pyz_exc_restore({exc});")
        self.out(f"if ({exc}->caught_line) {{ err_line = {exc}->caught_line; {self.goto_pending()} }}")
        self.out(self.on_error(op))

    def goto_pending(self) -> str:
        """Jump on with the pending exception, err_line already set (as Propagate)."""
        if self.block is not None and self.block.handler is not None:
            return f"goto {naming.block_label(self.block.handler.label)};"
        self.dynamic_exit = True
        return "goto EDYN;"

    def op_Propagate(self, op: Propagate):
        """The exception is pending and err_line says where it entered this function."""
        self.uses_err_line = True
        if op.inlined is not None:  # leaving a generator's inlined body: its frame (the error exit's order), PEP 479
            self.needs_tb_lines = True
            func = c_string_literal(op.inlined.encode("utf-8"))
            self.out(f"pyz_exc_add_frame_at(err_line, {TB_LINES}, (int32_t)(sizeof {TB_LINES} / sizeof {TB_LINES}[0]), {func});")
            self.out("pyz_gen_exc_leaving();")
            self.out(self.on_error(op))
            return
        self.out(self.goto_pending())

    def op_StackCheck(self, op: StackCheck):
        """At entry, so (as in CPython) the frame that did not start adds no line to the traceback:
        the last one shown is the call that went too deep."""
        if op.depth is not None:  # the jump back for a folded self-call: this frame stops at its line
            self.out(f"if (PYZ_UNLIKELY({self.v(op.depth)} >= pyz_tail_room)) {{ pyz_raise_recursion(); {self.on_error(op)} }}")
            return
        finish = "F->h.state = -1; " if self.fn.generator is not None else ""
        self.out("if (PYZ_UNLIKELY((char *)__builtin_frame_address(0) < pyz_stack_limit)) "
                 f"{{ pyz_raise_recursion(); {finish}return {error_value(self.fn)}; }}")

    def op_Goto(self, op: Goto):
        if op.target is not self.next_block:  # falling through needs no jump
            self.out(f"goto {naming.block_label(op.target.label)};")

    def op_Branch(self, op: Branch):
        if isinstance(op.cond, Const):
            target = op.then if op.cond.value else op.else_
            self.out(f"goto {naming.block_label(target.label)};")
            return
        cond = self.v(op.cond)
        me = self.me
        assert self.block is not None
        if me.counters is not None:
            self.out(f"{naming.PGO_COUNTERS}[{me.counters.branch(self.fn.name, self.block.label)} + !({cond})]++;")
        elif me.profile is not None:
            p = me.profile.branch_probability(self.fn.name, self.block.label)
            if p is not None:
                cond = f"__builtin_expect_with_probability({cond}, 1, {pgo.probability_literal(p)})"
        self.out(f"if ({cond}) goto {naming.block_label(op.then.label)}; "
                 f"else goto {naming.block_label(op.else_.label)};")

    def op_Yield(self, op: Yield):
        """Hand the item over and stop; the next resume comes back to the label below (resume_dispatch)."""
        layout = self.me.frames[self.fn.name]
        k = layout.numbers[id(op)]
        if op.value.type != NONE:
            self.out(f"F->item = {self.v(op.value)};")
        for r in layout.saves[id(op)]:
            self.out(f"F->{naming.local_name(r.name)} = {naming.local_name(r.name)};")
        self.out(f"F->h.state = {k};")
        self.out("return true;")
        self.lines.append(f"Y{k}:;")
        for r in layout.restores[id(op)]:
            self.out(f"{naming.local_name(r.name)} = F->{naming.local_name(r.name)};")

    def op_GenNew(self, op: GenNew):
        struct = self.me.frames[op.resume].struct
        gen = self.me.functions[op.resume].generator
        assert gen is not None
        dst = self.v(op.dst)
        self.out(f"{dst} = (PyzGen *)pyz_gc_alloc(sizeof({struct}));")
        # the GC's block is zeroed already; saying so lets clang, once the resume function is inlined
        # into the one loop consuming the generator, know the first resume starts at the top, and so
        # the ranges of the generator's variables (gen_sum: i >= 0, no sign fix-up in i * 3 % 1000)
        self.out(f"{dst}->state = 0;")
        if op.resume in self.me.indirect_resumes:
            self.out(f"{dst}->resume = {naming.function_name(op.resume)};")
        for r, a in zip(gen.params, op.args):
            if r.type != NONE:
                self.out(f"(({struct} *){dst})->{naming.local_name(r.name)} = {self.v(a)};")

    def env_struct(self, env) -> str:
        """The C struct of a closure's environment (ir/ops.py NewClosure): its function's number, then its slots."""
        return "struct { int64_t fid; " + "".join(f"{c_type(t)} c{i}; " for i, t in enumerate(env)) + "}"

    def op_NewClosure(self, op: NewClosure):
        struct = self.env_struct(op.env)
        self.out(f"{{ {struct} *env_ = pyz_gc_alloc(sizeof *env_);")
        self.out(f"  env_->fid = {op.fid};")
        for i, v in enumerate(op.captures):
            self.out(f"  env_->c{i} = {self.v(v)};")
        self.out(f"  {self.v(op.dst)} = (int64_t)(intptr_t)env_; }}")

    def op_ClosureGet(self, op: ClosureGet):
        self.out(f"{self.v(op.dst)} = (({self.env_struct(op.env)} *)(intptr_t){self.v(op.closure)})->c{op.index};")

    def op_GenGet(self, op: GenGet):
        if op.dst.type == NONE:
            return
        if op.resume:
            self.out(f"{self.v(op.dst)} = (({self.me.frames[op.resume].struct} *){self.v(op.gen)})->{op.what};")
            return
        # a generator of several functions: every frame starts with the header and the item (ir/ops.py GenGet)
        assert op.what == "item"
        self.out(f"{self.v(op.dst)} = ((struct {{ PyzGen h; {c_type(op.dst.type)} item; }} *){self.v(op.gen)})->item;")

    def op_GenResume(self, op: GenResume):
        g = self.v(op.gen)
        self.out(f"{self.v(op.dst)} = {g}->resume({g});")
        self.out(f"if (PYZ_UNLIKELY(pyz_exc_pending)) {self.on_error(op)}")

    def op_Return(self, op: Return):
        if self.fn.generator is not None:  # finished
            if op.value is not None and self.fn.generator.ret != NONE:
                self.out(f"F->ret = {self.v(op.value)};")
            self.out("F->h.state = -1;")
            self.out("return false;")
            return
        if self.fn.return_type == NONE or op.value is None:
            self.out("return 0;")
        else:
            self.out(f"return {self.v(op.value)};")


def error_value(fn: Function) -> str:
    """What fn returns with an exception pending: a word its callers may test (Function.error_word), or 0."""
    return "PYZ_INT_ERR_WORD" if fn.error_word else zero(fn.return_type)


def emit_c(module: Module, runtime: dict[str, RuntimeFunction], templates_dir: str,
           counters: pgo.Counters | None = None, profile: pgo.Profile | None = None,
           build_info: list[str] | None = None, hybrid: bool = False) -> str:
    """The C of module.  runtime: the runtime's function table (runtime_table.py, loaded by the driver);
    templates_dir: the Jinja2 templates.  Both are handed over, so codegen needs nothing of the toolchain."""
    return ModuleEmitter(module, runtime, templates_dir, counters, profile, build_info, hybrid).emit()
