"""The low-level builder: blocks, registers and ops, with no knowledge of the AST.

`FunctionBuilder` (build.py) and its section mixins lower Python's syntax by calling these:
open and enter blocks, allocate temporaries, emit ops (a local read since the last op gets its
`ReadVar` first, for the unbound-local check), call the runtime.  Like mypyc's ll_builder, it
works on one `Function` and knows nothing of Python's statements or expressions.
"""

from __future__ import annotations

from typing import overload

from ..types.model import BOOL, FLOAT, INT, NONE, Type, concrete
from .ops import Block, Const, Function, Goto, Prim, Raise, ReadVar, Reg, SpecFn, Value, call_runtime, temp_name


class LowLevelBuilder:
    """Builds one Function's blocks and ops."""

    def __init__(self, fn: Function, line: int):
        self.fn = fn
        self.ntemps = 0
        self.nblocks = 0
        self.handlers: list[Block] = []  # handler blocks of the enclosing try statements, innermost last
        self.line = line
        self.pending_reads: list[Reg] = []  # locals read since the last op (flush_reads)
        self.block = self.new_block()

    def new_block(self) -> Block:
        b = Block(self.nblocks, handler=self.handlers[-1] if self.handlers else None)
        self.nblocks += 1
        self.fn.blocks.append(b)
        return b


    def set_block(self, b: Block) -> None:
        self.flush_reads(None)
        self.block = b


    def flush_reads(self, op):
        """Locals read (expr_Name) since the last op: each that op does not use gets a ReadVar
        before it, so that a test of whether it is assigned runs in source order (check_unbound)."""
        if not self.pending_reads:
            return
        used = {id(v) for v in op.uses()} if op is not None else set()
        reads, self.pending_reads = self.pending_reads, []
        if self.block.terminated:
            return
        for r in reads:
            if id(r) not in used:
                self.block.ops.append(ReadVar(r, self.line))


    def emit(self, op):
        self.flush_reads(op)
        if self.block.terminated:
            # Code after return/break/continue/raise: unreachable; a fresh block keeps it well formed.
            self.block = self.new_block()
        if getattr(op, "line", 0) == 0 and hasattr(op, "line"):
            op.line = self.line
        self.block.ops.append(op)
        return op


    def goto(self, target: Block) -> None:
        if not self.block.terminated:
            self.emit(Goto(target, self.line))


    def temp(self, t: Type) -> Reg:
        self.ntemps += 1
        r = Reg(temp_name(self.ntemps), concrete(t))
        self.fn.regs.append(r)
        return r


    def prim(self, op: str, args: list[Value], t: Type, raises: bool = False) -> Reg:
        dst = self.temp(t)
        self.emit(Prim(dst, op, args, self.line, raises))
        return dst


    def const(self, value, t: Type) -> Const:
        return Const(value, t)


    def raise_message(self, kind: str, message: Value):
        """Raise a builtin exception with this message (a str) here (for the registered pairs)."""
        self.emit(Raise(kind, message, self.line))


    @overload
    def rt(self, name: str | SpecFn, args: list[Value], t: Type, raises: bool = False) -> Value: ...

    @overload
    def rt(self, name: str | SpecFn, args: list[Value], t: None, raises: bool = False) -> None: ...

    def rt(self, name: str | SpecFn, args: list[Value], t: Type | None, raises: bool = False) -> Value | None:
        dst = self.temp(t) if t is not None and t != NONE else None
        self.emit(call_runtime(dst, name, args, self.line, raises))
        return Const(None, NONE) if t == NONE else dst  # an item of a container of None is None


    def zero(self, t: Type) -> Const:
        zeros: dict[Type, object] = {INT: 0, FLOAT: 0.0, BOOL: False}
        return Const(zeros.get(t), t)
