"""Self-calls in the tail of a sum or a product become a loop: `return fib(n - 1) + fib(n - 2)`.

In: the IR after guard_big_ints, before remove_range_checks (whose analysis then sees the loop and
proves the accumulator's sums, as for a loop written by hand).  Out: the same IR where, in a function that returns an int, a
block ending in

    %r = call f(args)        # f is the function itself
    %s = prim int_add(x, %r) # or (%r, x); or int_mul
    return %s

instead adds x to an accumulator, stores args into the parameters and jumps back to the entry;
every other `return v` returns `acc + v` (`acc * v`).  Ints have no limit, so + and * are
associative and commutative, and the result is the one the calls would give; nothing is
evaluated in another order (the add cannot raise and comes after x and args, as before).

Why: this is what clang does to the C reference of fib (bench/reference/fib35.c), and what it
cannot do to ours, where each call is followed by a test of the pending exception.  fib(40), best
of 7: 0.53 s as calls, 0.39 s folded, 0.31 s for the C reference.

What a folded call leaves behind, it keeps:
- the traceback: each folded call was a frame stopped at the call's line.  `depth` counts them,
  and every error exit of the function adds that many frames for that line after its own
  (Function.tail_frames; codegen/emit.py);
- the recursion guard: each folded call counts as PYZ_TAIL_FRAME_BYTES of stack, and the jump
  back raises RecursionError once `depth` of them would fill the stack the program started with
  (StackCheck with `depth`, against pyz_tail_room), so a recursion that never ends still raises,
  after as many calls, give or take, as the stack held before.  Measured on fib(40): testing the
  frame's address at each jump back, 0.66 s; computing the room at entry, 0.44 s (every call pays
  for it); a count against a global, 0.39 s.
  Where what the sum adds is a self-call that stays a call (fib's `fib(n - 1)`),
  passes/fuse_tail_checks.py later makes the count, that call's pending test and the sum's overflow
  test one test.

A product that grows past 64 bits stops folding: the rest is a call, `return acc * f(args)` (escape
below), so an unending recursion multiplies nothing, as CPython's does.

Only where that is all there is to keep: no handler (a `try` around the call would have caught the
callee's exceptions in this frame), not a generator or a method dispatcher, no local that may be
read unbound (ReadVar: a local of a folded call would hold the last call's value) and no closure
(a closure made in one call would share what the next call changes).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..ir.ops import (Assign, Block, Branch, Call, CallRuntime, ClosureGet, Const, Function, GenGet, GenNew, GenResume,
                      Goto, Module, NewClosure, Op, Prim, ReadVar, Reg, Return, StackCheck, TailFrames, Value, Yield)
from ..types.model import BOOL, INT
from .version_loops import new_temp

ACCUMULATING = {"int_add": 0, "int_mul": 1}  # the op, and its identity


@dataclass
class Site:
    """A block ending in a self-call whose result `prim` folds: ops[call_at] is the call."""
    block: Block
    call_at: int
    call: Call
    prim: Prim


def tail_site(fn: Function, b: Block) -> Site | None:
    """b's self-call and the op that folds its result, when b ends in `call; prim; return` or (a
    conditional expression) in `call; prim; t = prim's result; goto` a block that only returns t.
    Between the call and the prim may come ops that compute the other operand, when they cannot
    raise and have no effect (`f(n - 1) + n * 2`): folded, they run before the next call, not after."""
    ops = b.ops
    end = len(ops) - 1  # the prim's index
    last = ops[-1] if ops else None
    result: Value | None
    if len(ops) >= 4 and isinstance(last, Goto) and isinstance(ops[-2], Assign) and not ops[-2].unbinds:
        join = last.target.ops
        if not (len(join) == 1 and isinstance(join[0], Return) and join[0].value is ops[-2].dst):
            return None
        end -= 2
        result = ops[-2].src
    elif len(ops) >= 3 and isinstance(last, Return):
        end -= 1
        result = last.value
    else:
        return None
    prim = ops[end]
    if not (isinstance(prim, Prim) and prim.dst is result and prim.op in ACCUMULATING and not prim.raises
            and len(prim.args) == 2):
        return None
    c = end - 1
    while c >= 0 and pure(ops[c]):
        c -= 1
    call = ops[c] if c >= 0 else None
    if not (isinstance(call, Call) and call.func == fn.name and isinstance(call.dst, Reg)
            and len(call.args) == len(fn.params) and sum(a is call.dst for a in prim.args) == 1):
        return None
    between = ops[c + 1:end]
    if any(a is call.dst for op in between for a in op.uses()) or any(getattr(op, "dst", None) is call.dst for op in between):
        return None
    return Site(b, c, call, prim)


def pure(op: Op) -> bool:
    return isinstance(op, Prim) and not op.raises and op.dst is not None


def foldable(fn: Function) -> bool:
    if fn.return_type != INT or fn.generator is not None or not fn.adds_frame:
        return False
    for b in fn.blocks:
        if b.handler is not None:
            return False
        for op in b.ops:
            if isinstance(op, (ReadVar, Yield, GenNew, GenGet, GenResume, NewClosure, ClosureGet)):
                return False
            if isinstance(op, Assign) and op.unbinds:
                return False
    return True


def used_once(fn: Function, r: Reg | None) -> bool:
    return sum(1 for b in fn.blocks for op in b.ops for a in op.uses() if a is r) == 1


def fold(fn: Function) -> None:
    sites = [site for b in fn.blocks if (site := tail_site(fn, b)) is not None]
    sites = [site for site in sites if used_once(fn, site.call.dst) and used_once(fn, site.prim.dst)]
    if not sites:
        return
    op_name, line = sites[0].prim.op, sites[0].call.line
    sites = [site for site in sites if site.prim.op == op_name and site.call.line == line]
    site_blocks = {id(site.block) for site in sites}
    acc = new_temp(fn, INT)
    depth = new_temp(fn, INT)
    head = fn.blocks[0]
    for b in fn.blocks:  # every return gives acc combined with what it returns
        ret = b.ops[-1] if b.ops else None
        if isinstance(ret, Return) and ret.value is not None and id(b) not in site_blocks:
            if isinstance(ret.value, Const) and ret.value.value == ACCUMULATING[op_name]:
                b.ops[-1] = Return(acc, ret.line)  # `return 0` of a sum, `return 1` of a product
                continue
            total = new_temp(fn, INT)
            b.ops[-1:] = [Prim(total, op_name, [acc, ret.value], ret.line), Return(total, ret.line)]
    for site in sites:
        call, prim, b = site.call, site.prim, site.block
        x = prim.args[1] if prim.args[0] is call.dst else prim.args[0]
        ops = b.ops[:site.call_at] + b.ops[site.call_at + 1:b.ops.index(prim)]  # what computes x stays
        staged = []  # the arguments first, then the parameters: f(b, a) swaps them
        for p, a in zip(fn.params, call.args):
            t = new_temp(fn, p.type)
            ops.append(Assign(t, a, call.line))
            staged.append((p, t))
        ops.append(Prim(acc, op_name, [acc, x], prim.line))
        if op_name == "int_mul":  # a product past 64 bits: the rest is a call (see escape)
            on = Block(1 + max(q.label for q in fn.blocks))
            fn.blocks.append(on)
            ops += escape(fn, acc, call, [t for _, t in staged], on)
            b.ops[:] = ops
            b, ops = on, []
        ops.append(StackCheck(call.line, depth))
        ops.append(Prim(depth, "int_add_nocheck", [depth, Const(1, INT)], call.line))
        ops += [Assign(p, t, call.line) for p, t in staged]
        ops.append(Goto(head, call.line))
        b.ops[:] = ops
    entry = Block(1 + max(b.label for b in fn.blocks))
    entry.ops = [Assign(acc, Const(ACCUMULATING[op_name], INT), fn.first_line),
                 Assign(depth, Const(0, INT), fn.first_line), Goto(head, fn.first_line)]
    fn.blocks.insert(0, entry)
    fn.tail_frames = TailFrames(depth, line)


def escape(fn: Function, acc: Reg, call: Call, args: list[Value], on: Block) -> list[Op]:
    """The test after a folded product's multiply: on to `on` (the jump back) while the product fits
    in 64 bits, else to a new block that makes the rest a call, `return acc * f(args)`.  A product
    that only grows would otherwise be multiplied at every folded call: `2 * f(n - 2)` from an odd
    n never returns, and CPython makes its calls up to RecursionError multiplying nothing, where
    the folded loop doubled a big int at every step (15 s against CPython's 1 s).  So at most about
    63 folded calls per frame; the call is the (depth + 1)-th frame's, as the folded ones are (the
    function's error exits add their frames, as for any call it makes)."""
    big = new_temp(fn, BOOL)
    rest = Block(1 + max(q.label for q in fn.blocks))
    fn.blocks.append(rest)
    r = new_temp(fn, INT)
    total = new_temp(fn, INT)
    rest.ops = [Call(r, fn.name, list(args), call.line), Prim(total, "int_mul", [acc, r], call.line),
                Return(total, call.line)]
    return [CallRuntime(big, "pyz_int_is_big", [acc], call.line), Branch(big, rest, on, call.line)]


def tail_accumulation(module: Module) -> Module:
    for fn in module.functions:
        if fn.blocks and foldable(fn):
            fold(fn)
    return module
