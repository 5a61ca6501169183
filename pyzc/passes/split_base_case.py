"""A recursive function's base case runs in its caller: `if n < 2: return n` before `fib(n - 1)`.

In: the IR after every other pass (calls' `raises`, Call.tested_by_result and the self-calls that
tail_accumulation folded are final).  Out: where a function f on a call-graph cycle starts with

    stack_check                  # its entry test (mark_recursion)
    ...                          # ops that cannot raise and have no effect (a jump or two between)
    branch c, L_leaf, L_rest
  L_leaf:
    ...                          # the same kind of ops
    return v                     # (or the branch the other way round)

f becomes two functions.  `f@body` is f as it was (stack test, base case, recursion, error exits and
traceback frames all unchanged), which the C compiler is told not to inline.  f itself, which every
caller calls as before, is a wrapper the C compiler is told to inline: those ops on copies of the
parameters, then `return v` on the leaf side and `return f@body(params)` on the other, the call
untested (its result is returned as it is, so a caller tests the exception f@body left pending, or
its PYZ_INT_ERR_WORD, exactly as it tested f's).  Inlined, a call that reaches the base case is a
test and a value in the caller: no call, no frame.  Inside f@body, the self-calls call the wrapper,
so the recursion's leaves are inlined there too.

What a program can see is unchanged, with one exception by design: the leaf side runs without the
stack test.  Tracebacks: the copied ops cannot raise, and the wrapper adds no frame (f@body adds f's,
as f did).  RecursionError: a recursion that never ends makes calls on its way down, and each
reaches f@body's test; only a call that makes no call skips it, so it can use one frame of f past
pyz_stack_limit, which the margin beneath the limit (runtime_c/rt.c: a quarter of the stack, at
most 256 KB) holds: compiled frames are small.  The depth at which RecursionError comes is the
stack's in pyzc, never CPython's count (rt.c), and it moves by that one leaf call.

Why: on fib(35) (AMD EPYC, zig cc -O3; CPU time, best of 25 interleaved runs), pyzc's f_fib with the
base case and the loop of folded calls in one function ran 1.24x the C reference
(bench/reference/fib35.c), and no arrangement of its checks measured got robustly under 1.1x: the C
with no checks at all ran 1.0x only because clang then kept the base case free of the frame's
set-up (shrink-wrapping); adding back any one check (the stack test at entry, a pending test after
the call, the overflow test of the return's `acc + n`) cost 15-25%, and one C text moved by up to
20% under -falign-functions=64 or block alignment (1.14x-1.45x across variants).  Split so, every
check kept, 0.97x, and 0.98x-1.05x under those alignments.  Where the base case is the common case
(about half of all calls of a doubly recursive function), this is the partial inlining GCC does
(ipa-split).

Only for functions that return an int, a float or a bool, not generators or method dispatchers, with
no handler on the copied path and at most MAX_OPS ops copied (so the leaf side makes no call), none
of those before the branch writing a parameter (the call passes the arguments as they came).
"""

from __future__ import annotations

import copy

from ..ir.ops import Assign, Block, Branch, Call, Const, Function, Goto, Module, Op, Prim, Reg, Return, StackCheck, Value
from ..types.model import BOOL, FLOAT, INT
from .version_loops import new_temp

BODY_SUFFIX = "@body"
MAX_OPS = 8  # ops copied into the wrapper (each caller gets them inlined)
# primitives with no effect but their register and no state read but their operands' (and the stack room)
PURE_PREFIXES = ("int_", "float_", "bool_")
PURE_PRIMS = frozenset({"obj_is_none", "obj_truth", "opt_is_none", "tail_room"})


def copyable(op: Op) -> bool:
    if isinstance(op, Assign):
        return not op.unbinds and not op.dst.is_global
    if isinstance(op, Prim):
        return (not op.raises and op.fused is None and op.dst is not None and not op.dst.is_global
                and (op.op.startswith(PURE_PREFIXES) or op.op in PURE_PRIMS))
    return False


def straight(b: Block, skip: int, seen: set[int]) -> tuple[list[Op], Op] | None:
    """The copyable ops from b.ops[skip:] on, through jumps, up to the first Branch or Return: (ops, it)."""
    ops: list[Op] = []
    while True:
        if id(b) in seen or b.handler is not None:
            return None
        seen.add(id(b))
        for op in b.ops[skip:-1]:
            if not copyable(op):
                return None
            ops.append(op)
        last = b.ops[-1] if b.ops else None
        if isinstance(last, Goto):
            b, skip = last.target, 0
            continue
        if isinstance(last, (Branch, Return)):
            return ops, last
        return None


def base_case(fn: Function) -> tuple[list[Op], Branch, list[Op], Return, bool] | None:
    """The ops up to the entry's branch, it, the leaf side's ops and return, and whether the leaf is
    the branch's `then` side."""
    entry = fn.blocks[0]
    if not (entry.ops and isinstance(entry.ops[0], StackCheck) and entry.ops[0].depth is None):
        return None
    seen: set[int] = set()
    head = straight(entry, 1, seen)
    if head is None or not isinstance(head[1], Branch):
        return None
    prefix, br = head
    assert isinstance(br, Branch)
    if any(getattr(op, "dst", None) in fn.params for op in prefix):  # the call passes the arguments as they came
        return None
    for leaf_is_then, side in ((True, br.then), (False, br.else_)):
        leaf = straight(side, 0, set(seen))
        if leaf is not None and isinstance(leaf[1], Return) and leaf[1].value is not None:
            if len(prefix) + len(leaf[0]) <= MAX_OPS:
                ret = leaf[1]
                assert isinstance(ret, Return)
                return prefix, br, leaf[0], ret, leaf_is_then
            return None
    return None


IDENTITY = {"int_add": 0, "int_add_nocheck": 0, "int_mul": 1, "int_mul_nocheck": 1}


def wrapper(fn: Function, body_name: str, prefix: list[Op], br: Branch, leaf: list[Op], ret: Return,
            leaf_is_then: bool) -> Function:
    """f's replacement: the copied ops on registers of its own, then the leaf's return or the call of
    f@body.  A register that holds a constant along the copied path is read as that constant, and
    `0 + x`, `x + 0`, `1 * x`, `x * 1` of ints become copies: the accumulator of folded self-calls
    (passes/tail_accumulation.py) starts at its identity, so the leaf's `acc + n` is `n`."""
    regs: dict[int, Reg] = {}
    consts: dict[int, Const] = {}  # by id of f's register

    def reg(r: Reg) -> Reg:
        if r.is_global:  # read as it is (copyable ops write no global)
            return r
        if id(r) not in regs:
            regs[id(r)] = Reg(r.name, r.type)
        return regs[id(r)]

    def val(v: Value) -> Value:
        if isinstance(v, Reg):
            c = consts.get(id(v))
            return c if c is not None else reg(v)
        return v

    def copied(op: Op) -> Op:
        op = copy.copy(op)
        dst = getattr(op, "dst")
        assert isinstance(dst, Reg)
        if isinstance(op, Prim):
            op.args = [val(a) for a in op.args]
            identity = IDENTITY.get(op.op)
            for i in range(len(op.args) if identity is not None and len(op.args) == 2 else 0):
                a = op.args[i]
                if isinstance(a, Const) and a.type == INT and type(a.value) is int and a.value == identity:
                    op = Assign(dst, op.args[1 - i], op.line)
                    break
        else:
            assert isinstance(op, Assign)
            op.src = val(op.src)
        if isinstance(op, Assign) and isinstance(op.src, Const):
            consts[id(dst)] = op.src
        else:
            consts.pop(id(dst), None)
        op.dst = reg(dst)
        return op

    params = [reg(p) for p in fn.params]
    entry, leaf_b, call_b = Block(0), Block(1), Block(2)
    entry.ops = [copied(op) for op in prefix]
    then, else_ = (leaf_b, call_b) if leaf_is_then else (call_b, leaf_b)
    entry.ops.append(Branch(val(br.cond), then, else_, br.line))
    leaf_b.ops = [copied(op) for op in leaf]
    assert ret.value is not None
    leaf_b.ops.append(Return(val(ret.value), ret.line))
    w = Function(fn.name, fn.py_name, params, fn.return_type, [entry, leaf_b, call_b],
                 params + [r for r in regs.values() if r not in params],
                 on_cycle=False, first_line=fn.first_line, adds_frame=False, error_word=fn.error_word)
    result = new_temp(w, fn.return_type)
    # untested: its result, PYZ_INT_ERR_WORD or not, and the exception it left pending go to f's caller
    call_b.ops = [Call(result, body_name, list(params), fn.first_line, raises=True, tested_by_result=True),
                  Return(result, fn.first_line)]
    drop_dead(entry, [leaf_b, call_b])
    drop_dead(leaf_b, [])
    w.inlining = "always"
    return w


def drop_dead(b: Block, successors: list[Block]) -> None:
    """b's copied ops whose register nothing after them reads (the accumulator's 0, the room left)."""
    live = {id(a) for s in successors for op in s.ops for a in op.uses()}
    kept: list[Op] = []
    for op in reversed(b.ops):
        dst = getattr(op, "dst", None)
        if isinstance(op, (Assign, Prim)) and id(dst) not in live:
            continue
        live.discard(id(dst))
        live.update(id(a) for a in op.uses())
        kept.append(op)
    b.ops = kept[::-1]


def split(fn: Function) -> Function | None:
    if (not fn.on_cycle or fn.generator is not None or not fn.adds_frame or not fn.blocks
            or fn.return_type not in (INT, FLOAT, BOOL) or any(p.is_global for p in fn.params)):
        return None
    found = base_case(fn)
    if found is None:
        return None
    body_name = fn.name + BODY_SUFFIX
    w = wrapper(fn, body_name, *found)
    fn.name = body_name
    fn.inlining = "never"
    return w


def split_base_case(module: Module) -> Module:
    out: list[Function] = []
    for fn in module.functions:
        w = split(fn)
        if w is not None:
            out.append(w)
        out.append(fn)
    module.functions = out
    return module
