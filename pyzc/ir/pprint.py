"""The IR as text: what `pyzc emit-ir` prints and what tests/ir/*.test pin.

One function after another; in each, its blocks in order, one op per line:

    def fib(n: int) -> int                          # line 1, on a call-graph cycle
    L0:
        %0: bool = prim int_lt(n, 2)                # line 2
        branch %0, L1, L2                           # line 2
    L1:  (except -> L5)
        %1: int = prim int_sub(n, 1)                # line 4, raises

Names are renumbered so that the text depends only on the IR's shape, not on
how many temporaries or blocks the builder made and the passes dropped:
temporaries are `%0, %1, ...` in the order they first appear, blocks
`L0, L1, ...` in the function's block order.  User variables and parameters
keep their Python names (a dot-free name never clashes with `%N`); module
globals are `$name`.  An op's `raises` is what codegen tests a pending
exception (or an overflow flag) after; where the exception goes is the
block's `except ->` target, or out of the function.

Lines are the program's line numbers: plain for the main file, `mod.py:N`
for a line of an imported file (SourceFile numbers file k from k * LINE_STRIDE).
"""

from __future__ import annotations

import os

from ..diagnostics import LINE_STRIDE
from ..types.model import BOOL, EXC_KIND, FLOAT, INT, NONE, STR
from .ops import (Assign, Block, Branch, BuildStr, Call, CallRuntime, CheckObj, ClassLayout, Const, Function, GetField,
                  Goto, ListGet, ListSet, MakeTuple, Module, NewList, NewObject, Op, Prim, Propagate, Raise, ReadVar, Reg,
                  Reraise, Return, SetField, StackCheck, TupleGet, Value, Yield, GenNew, GenGet, GenResume, NewClosure, ClosureGet, is_temp)

# a list index's bounds check (ListGet.check): what remains of it
CHECK_NOTE = {"full": "", "upper": " (index >= 0)", "none": " (in bounds)"}
COMMENT_COLUMN = 48  # where an op's `# line N` comment starts, when the op is shorter


class Names:
    """Stable printed names for one function's registers and blocks."""

    def __init__(self, fn: Function):
        self.blocks = {id(b): f"L{i}" for i, b in enumerate(fn.blocks)}
        self.temps: dict[int, str] = {}
        for b in fn.blocks:  # temporaries numbered in the order they first appear
            for op in b.ops:
                for v in op.uses():
                    if isinstance(v, Reg):
                        self.temp(v)
                dst = getattr(op, "dst", None)
                if isinstance(dst, Reg):
                    self.temp(dst)

    def temp(self, r: Reg) -> None:
        if is_temp(r.name) and not r.is_global and id(r) not in self.temps:
            self.temps[id(r)] = f"%{len(self.temps)}"

    def reg(self, r: Reg) -> str:
        if r.is_global:
            return f"${r.name}"
        return self.temps.get(id(r), r.name)

    def block(self, b: Block | None) -> str:
        if b is None:
            return "<none>"
        return self.blocks.get(id(b), f"<foreign block {b.label}>")


def format_const(c: Const) -> str:
    v, t = c.value, c.type
    if t == EXC_KIND:
        return f"<{v}>"
    natural = ((t == INT and type(v) is int) or (t == FLOAT and type(v) is float) or (t == BOOL and type(v) is bool)
               or (t == STR and type(v) is str) or (t == NONE and v is None))
    return repr(v) if natural else f"{v!r}:{t}"


def format_line(line: int, module: Module | None) -> str:
    k, n = divmod(line, LINE_STRIDE)
    if k == 0 or module is None:
        return f"line {line}"
    path, file_line, _ = module.source.locate(line)
    return f"{os.path.basename(path)}:{file_line}"


class FunctionPrinter:
    def __init__(self, fn: Function, module: Module | None):
        self.fn = fn
        self.module = module
        self.names = Names(fn)

    def v(self, val: Value | str | None) -> str:
        if val is None:
            return "None"
        if isinstance(val, Reg):
            return self.names.reg(val)
        if isinstance(val, Const):
            return format_const(val)
        return f"<not a value: {val!r}>"

    def args(self, vals) -> str:
        return ", ".join(self.v(a) for a in vals)

    def dst(self, r: Reg | None) -> str:
        return "" if r is None else f"{self.names.reg(r)}: {r.type} = "

    def op_text(self, op: Op) -> str:
        """The op itself, without its line."""
        if isinstance(op, Assign) and op.unbinds:
            return f"del {self.v(op.dst)}"
        if isinstance(op, Assign):
            return f"{self.dst(op.dst)}{self.v(op.src)}"
        if isinstance(op, Prim):
            text = f"{self.dst(op.dst)}prim {op.op}({self.args(op.args)})"
            if op.fused is not None:  # passes/fuse_tail_checks.py
                text += f" (slow path: the call at {format_line(op.fused.call_line, self.module)} raised, {self.v(op.fused.room)} < 0)"
            return text
        if isinstance(op, CallRuntime):
            fn = op.fn
            name = fn if isinstance(fn, str) else f"{fn.on}.{fn.verb}"  # a container's function: its type, its verb
            return f"{self.dst(op.dst)}rt {name}({self.args(op.args)})"
        if isinstance(op, Call):
            tested = " (tested by its result)" if op.tested_by_result else ""
            return f"{self.dst(op.dst)}call {op.func}({self.args(op.args)}){tested}"
        if isinstance(op, BuildStr):
            if op.pads is not None:  # a part's pad after it: x:02, s:>7; a joined list: ','.join(xs); a range: s[a:b]
                ranges = op.ranges or [None] * len(op.parts)
                return f"{self.dst(op.dst)}build_str({', '.join((repr(pad[1:]) + '.join(' + self.args([p]) + ')') if pad[:1] == 'j' else self.args([p]) + ('[' + ':'.join(self.v(x) for x in r) + ']' if r else '') + (':' + pad if pad else '') for p, pad, r in zip(op.parts, op.pads, ranges))})"
            return f"{self.dst(op.dst)}build_str({self.args(op.parts)})"
        if isinstance(op, NewList):
            return f"{self.dst(op.dst)}{'frame_list' if op.local else 'new_list'}[{self.args(op.items)}]"
        if isinstance(op, MakeTuple):
            return f"{self.dst(op.dst)}make_tuple({self.args(op.items)})"
        if isinstance(op, TupleGet):
            return f"{self.dst(op.dst)}{self.v(op.tup)}.{op.index}"
        if isinstance(op, ListGet):
            return f"{self.dst(op.dst)}{self.v(op.lst)}[{self.v(op.index)}]{CHECK_NOTE[op.check]}"
        if isinstance(op, ListSet):
            return f"{self.v(op.lst)}[{self.v(op.index)}] = {self.v(op.value)}{CHECK_NOTE[op.check]}"
        if isinstance(op, NewObject):
            return f"{self.dst(op.dst)}new {op.cls}"
        if isinstance(op, GetField):
            return f"{self.dst(op.dst)}{self.v(op.obj)}.{op.attr} ({op.owner})"
        if isinstance(op, SetField):
            return f"{self.v(op.obj)}.{op.attr} ({op.owner}) = {self.v(op.value)}"
        if isinstance(op, ReadVar):
            return f"read {self.v(op.var)}"
        if isinstance(op, CheckObj):
            return f"check_not_none {self.v(op.obj)} (.{op.attr})"
        if isinstance(op, Raise):
            return self.raise_text(op)
        if isinstance(op, Propagate):
            return "propagate" if op.inlined is None else f"propagate, leaving inlined {op.inlined}"
        if isinstance(op, Reraise):
            return f"reraise {self.v(op.exc)}" + (" (bare)" if op.bare else "")
        if isinstance(op, StackCheck):
            return f"stack_check {self.v(op.depth)} folded calls" if op.depth is not None else "stack_check"
        if isinstance(op, Yield):
            return f"yield {self.v(op.value)}"
        if isinstance(op, GenResume):
            return f"{self.dst(op.dst)}resume_generator {self.v(op.gen)} (one of {', '.join(op.targets)})"
        if isinstance(op, GenNew):
            return f"{self.dst(op.dst)}new_generator {op.resume}({self.args(op.args)})"
        if isinstance(op, GenGet):
            return f"{self.dst(op.dst)}generator_{op.what} {self.v(op.gen)}"
        if isinstance(op, NewClosure):
            return f"{self.dst(op.dst)}new_closure {op.func}({self.args(op.captures)})"
        if isinstance(op, ClosureGet):
            return f"{self.dst(op.dst)}closure_get {self.v(op.closure)} ({op.func}, slot {op.index})"
        if isinstance(op, Goto):
            return f"goto {self.names.block(op.target)}"
        if isinstance(op, Branch):
            return f"branch {self.v(op.cond)}, {self.names.block(op.then)}, {self.names.block(op.else_)}"
        if isinstance(op, Return):
            return "return" if op.value is None else f"return {self.v(op.value)}"
        return f"<unknown op {type(op).__name__}>"

    def raise_text(self, op: Raise) -> str:
        if op.obj is not None:
            text = f"raise {self.v(op.obj)} ({op.kind}, message {self.v(op.message)})"
        elif op.message is None:
            text = f"raise {op.kind}"
        elif isinstance(op.message, str):
            text = f"raise {op.kind}({op.message!r})"
        else:
            text = f"raise {op.kind}({self.v(op.message)})"
        if op.args is not None:
            text += f" args({self.args(op.args)})"
        if op.has_cause:
            text += f" from {self.v(op.cause)}"
        return text

    def op_line(self, op: Op) -> str:
        text = "    " + self.op_text(op)
        notes = [format_line(getattr(op, "line", 0), self.module)]
        if op.can_raise():
            notes.append("raises")
        return f"{text.ljust(COMMENT_COLUMN - 1)} # {', '.join(notes)}"

    def header(self) -> str:
        fn = self.fn
        params = ", ".join(f"{p.name}: {p.type}" for p in fn.params)
        notes = [format_line(fn.first_line, self.module)]
        if fn.py_name != fn.name.split("@")[0].split("#")[0].rsplit(".", 1)[-1]:
            notes.append(f"Python name {fn.py_name}")
        if fn.on_cycle:
            notes.append("on a call-graph cycle")
        if fn.tail_frames is not None:
            notes.append(f"self-calls at {format_line(fn.tail_frames.line, self.module)} folded into a loop")
            if fn.tail_frames.counts_down:
                notes.append(f"{self.names.reg(fn.tail_frames.depth)} the room left for them")
        if fn.error_word:
            notes.append("returns PYZ_INT_ERR_WORD on error")
        if not fn.adds_frame:
            notes.append("adds no traceback frame")
        if fn.inlining == "always":
            notes.append("inlined into its callers")
        elif fn.inlining == "never":
            notes.append("never inlined")
        return f"def {fn.name}({params}) -> {fn.return_type}".ljust(COMMENT_COLUMN - 1) + f" # {', '.join(notes)}"

    def lines(self) -> list[str]:
        out = [self.header()]
        for b in self.fn.blocks:
            label = f"{self.names.block(b)}:"
            if b.handler is not None:
                label += f"  (except -> {self.names.block(b.handler)})"
            out.append(label)
            out.extend(self.op_line(op) for op in b.ops)
        return out


def format_function(fn: Function, module: Module | None = None) -> str:
    return "\n".join(FunctionPrinter(fn, module).lines()) + "\n"


def format_class(c: ClassLayout) -> str:
    ids = f"id {c.id}" if c.last_id == c.id else f"ids {c.id}..{c.last_id}"
    fields = ", ".join(f"{attr}: {t}" + (f" ({owner})" if owner != c.name else "") for owner, attr, t in c.fields)
    notes = []
    if c.str_func:
        notes.append(f"str {c.str_func}")
    if c.repr_func:
        notes.append(f"repr {c.repr_func}")
    if c.exc_parent:
        notes.append(f"exception, base {c.exc_parent}")
    tail = f"  # {', '.join(notes)}" if notes else ""
    return f"class {c.name} ({ids}) {{{fields}}}{tail}"


def format_module(module: Module) -> str:
    """The whole module: classes, globals, the container types it renders, then every function."""
    out = []
    for c in module.classes:
        out.append(format_class(c))
    for g in module.globals:
        out.append(f"global ${g.name}: {g.type}")
    containers = sorted({f"list[{t}]" for t in module.list_elem_types}
                        | {str(t) for t in module.tuple_types | module.dict_types | module.set_types
                           | module.deque_types})
    if containers:
        out.append("containers: " + ", ".join(containers))
    if out:
        out.append("")
    for fn in module.functions:
        out.append(format_function(fn, module))
    return "\n".join(out)
