"""The jump back of folded self-calls tests one condition, not three: `fib(n - 1) + fib(n - 2)`.

In: the IR after mark_raising (so a Call's `raises` is final), where tail_accumulation made a loop
of a function's self-calls and remove_range_checks marked its accumulator's add `nonneg == 2`.  A
block of that loop ends in

    %r = call f(args)            # a real call of f itself, which may raise
    ...                          # ops that cannot raise and have no effect
    acc = prim int_add(acc, %r)  # slow path when acc, %r or the wrapped sum is negative
    stack_check depth            # RecursionError when the folded calls fill the stack
    depth = depth + 1
    ... goto head

Out: where every such block of the function has that shape, `depth` counts down the room left
(pyz_tail_room at entry, TailFrames.counts_down), decremented before the add, and the add's test
takes it in: `(acc | %r | room | sum) < 0`.  Its slow path (Prim.fused) tests, in order, the call's
pending exception, then `room < 0` (RecursionError at the call's line), then adds.  The call has no
pending test of its own (Call.tested_by_result): f returns PYZ_INT_ERR_WORD, a negative word, with
an exception pending (Function.error_word), so the add's test fires whenever the call raised.

Nothing changes that a program can see: the add cannot raise, so testing the room before it, not
after, changes nothing; the room is a count of the same folded calls (every error exit adds
pyz_tail_room - room frames, and the slow path gives back the decrement before it leaves, so that
is the count the separate checks saw); the stack limit is fixed for a run (hybrid mode sets it at
each entry from CPython, never within one).

Why: on fib(40) (AMD Zen 4, zig cc -O3), the loop's three tests after the call (pending, overflow,
room) cost 25% over the C reference; any two of them cost as much as all three, one costs 7%; the
counter's register and the callee-saved registers it costs measured nothing.  Best of 15: 0.338 s
-> 0.294 s, C reference 0.271 s.  (A loop copy without the room test, selected at entry, would leave
two tests: no gain on its own.)
"""

from __future__ import annotations

from ..ir.ops import Assign, Block, Call, Const, FusedChecks, Function, Module, Op, Prim, Reg, StackCheck
from ..types.model import INT


def pure(op: Op) -> bool:
    """An op that cannot raise and has no effect but its register (the arguments staged for the jump)."""
    if isinstance(op, Assign):
        return not op.unbinds
    return isinstance(op, Prim) and not op.raises and op.dst is not None and op.fused is None


def reads(fn: Function, r: Reg) -> int:
    return sum(1 for b in fn.blocks for op in b.ops for a in op.uses() if a is r)


def jump_back(fn: Function, b: Block, depth: Reg) -> tuple[Call, Prim, int] | None:
    """b's folded call, the add of its result and the index of the room test, when b has the shape."""
    ops = b.ops
    at = next((i for i, op in enumerate(ops) if isinstance(op, StackCheck) and op.depth is depth), None)
    if at is None or at < 2 or at + 1 >= len(ops) or b.handler is not None:
        return None
    add, step = ops[at - 1], ops[at + 1]
    if not (isinstance(add, Prim) and add.op == "int_add" and add.nonneg == 2 and add.fused is None and not add.raises
            and all(isinstance(a, Reg) for a in add.args)
            and isinstance(step, Prim) and step.op == "int_add_nocheck" and step.dst is depth
            and step.args == [depth, step.args[1]] and isinstance(step.args[1], Const) and step.args[1].value == 1):
        return None
    c = at - 2
    while c >= 0 and pure(ops[c]) and not any(a is add.dst or a is depth for a in ops[c].uses() + [getattr(ops[c], "dst")]):
        c -= 1
    call = ops[c] if c >= 0 else None
    if not (isinstance(call, Call) and call.func == fn.name and call.raises and not call.tested_by_result
            and isinstance(call.dst, Reg) and call.dst in add.args and reads(fn, call.dst) == 1):
        return None
    return call, add, at


def fuse(fn: Function) -> None:
    tail = fn.tail_frames
    if tail is None or tail.counts_down or fn.return_type != INT or fn.generator is not None:
        return
    depth = tail.depth
    sites = []
    for b in fn.blocks:
        if any(isinstance(op, StackCheck) and op.depth is depth for op in b.ops):
            site = jump_back(fn, b, depth)
            if site is None:
                return  # one count for the whole function: every jump back fused, or none
            sites.append((b, *site))
    starts = [(b, i) for b in fn.blocks for i, op in enumerate(b.ops)
              if isinstance(op, Assign) and op.dst is depth and isinstance(op.src, Const) and op.src.value == 0]
    writes = sum(1 for b in fn.blocks for op in b.ops if getattr(op, "dst", None) is depth)
    if not sites or len(starts) != 1 or writes != 1 + len(sites):
        return
    b0, i0 = starts[0]
    b0.ops[i0] = Prim(depth, "tail_room", [], b0.ops[i0].line)
    for b, call, add, at in sites:
        step = b.ops[at + 1]
        del b.ops[at:at + 2]  # the room test and the count
        b.ops.insert(at - 1, Prim(depth, "int_sub_nocheck", [depth, Const(1, INT)], step.line))
        add.fused = FusedChecks(call.line, depth)
        add.raises = True  # the call's exception, or RecursionError, leaves from its slow path
        call.tested_by_result = True
    tail.counts_down = True
    fn.error_word = True


def fuse_tail_checks(module: Module) -> Module:
    for fn in module.functions:
        if fn.blocks:
            fuse(fn)
    return module
