"""Reads of a variable that may not be assigned yet raise as CPython does.

CPython raises UnboundLocalError ("cannot access local variable 'y' where it is
not associated with a value") when a function reads a local on a path that never
assigned it, and NameError ("name 'x' is not defined") when the module body, or
a function it calls, reads a global before the module assigns it.  A C local
read before it is written is undefined (an int read as 0, a str as NULL), so
every such read must be found and checked.

Definite assignment, forward over each function's blocks: a variable is
assigned at a point when every path from the entry assigns it.  An exception
edge leaves from anywhere in a block, so a handler starts from what held at the
start of each block it covers.  Where a read may see no value, the variable gets
a flag, a bool set by each assignment (and cleared by `del x`, an Assign that
unbinds), and the read is preceded by a test of the flag that raises.  Reads that are definitely assigned (nearly all) cost nothing.

A read is tested where Python reads the variable: lowering leaves a ReadVar marker where a
local is read but used only by a later op (`u0 + len(u1)`), and this pass removes the markers.

Globals read by functions: a function may run before the module body assigns a
global it reads (called earlier, or from a dunder the runtime calls).  For each
point of the module body that can run user code (a call of a compiled function,
and a runtime call given objects, whose dunders it may call), the globals that
code may read must be assigned; a global that may not be gets a flag (a C
global, zero at start-up), tested at each read in the functions.
"""

from __future__ import annotations

from ..ir.ops import (Assign, Block, Branch, Call, CallRuntime, Const, Function, Global, Goto, Module, Raise, ReadVar, Reg,
                      is_temp)
from ..frontend.symbols import is_split_name, source_name
from ..types.model import BOOL, ClassT, DequeT, DictT, ListT, SetT, TupleT, Type

UNBOUND_LOCAL = "cannot access local variable '{}' where it is not associated with a value"
UNDEFINED_NAME = "name '{}' is not defined"


def check_unbound(module: Module) -> Module:
    funcs = {fn.name: fn for fn in module.functions}
    main = funcs.get(module.main)
    at_risk = globals_read_too_early(module, funcs, main) if main is not None else set()
    flags: dict[str, Reg] = {}  # global name -> its flag (a C global)

    def global_flag(name: str) -> Reg:
        if name not in flags:
            flags[name] = Reg(f"{name}@bound", BOOL, is_global=True)
            module.globals.append(Global(f"{name}@bound", BOOL))
        return flags[name]

    for g in sorted(at_risk):
        global_flag(g)
    for fn in module.functions:
        is_main = fn is main
        tracked = tracked_variables(fn, is_main)
        needs = unassigned_reads(fn, tracked, is_main) if tracked else set()
        local_flags: dict[str, Reg] = {}
        for key in sorted(needs):  # the flags in one order, whatever the hash seed
            reg = tracked[key]
            if reg.is_global:
                local_flags[key] = global_flag(reg.name)
            else:
                flag = Reg(f"{reg.name}@bound", BOOL)
                fn.regs.append(flag)
                local_flags[key] = flag
                fn.blocks[0].ops.insert(0, Assign(flag, Const(False, BOOL), fn.first_line))
        rewrite(fn, is_main, tracked, needs, local_flags, flags, at_risk)
    return module


def unbinds(op) -> bool:
    """`del x`: x has no value after this op."""
    return isinstance(op, Assign) and op.unbinds


def key_of(reg: Reg) -> str:
    return ("g:" if reg.is_global else "l:") + reg.name


def tracked_variables(fn: Function, is_main: bool) -> dict[str, Reg]:
    """The Python variables whose assignment is tracked: locals (not parameters, not the compiler's
    own temporaries) and, in the module body, the globals too."""
    params = {id(p) for p in fn.params + (fn.generator.params if fn.generator is not None else [])}
    out: dict[str, Reg] = {}
    for b in fn.blocks:
        for op in b.ops:
            for r in [getattr(op, "dst", None)] + list(op.uses()):
                if not isinstance(r, Reg) or id(r) in params or is_temp(r.name) or "@" in r.name and not is_split_name(r.name):
                    continue
                if r.is_global and not is_main:
                    continue
                out.setdefault(key_of(r), r)
    return out


def successors(b: Block) -> list[Block]:
    """Normal successors only: the exception edge is handled apart."""
    if not b.ops:
        return []
    t = b.ops[-1]
    if isinstance(t, Goto):
        return [t.target]
    if isinstance(t, Branch):
        return [t.then, t.else_]
    return []


def assigned_at_entry(fn: Function, tracked: dict[str, Reg]) -> dict[int, frozenset]:
    """Block id -> the tracked variables assigned on every path to its start.

    A worklist over bit sets (bit i: the i-th tracked variable): each block's effect is computed once
    (the last assignment or `del` of a variable in it decides), then only the blocks whose start
    changed are walked again.  A function of thousands of blocks and variables (a long module body)
    takes a fraction of a second."""
    bit = {k: 1 << i for i, k in enumerate(tracked)}
    everything = (1 << len(bit)) - 1
    blocks = fn.blocks
    index = {id(b): i for i, b in enumerate(blocks)}
    n = len(blocks)
    gen = [0] * n
    kill = [0] * n
    raises = [False] * n
    succ: list[list[int]] = [[] for _ in range(n)]
    preds: list[list[int]] = [[] for _ in range(n)]
    covered: list[list[int]] = [[] for _ in range(n)]  # handler -> the blocks it covers that can raise
    for i, b in enumerate(blocks):
        g = k = 0
        for op in b.ops:
            dst = getattr(op, "dst", None)
            if isinstance(dst, Reg):
                m = bit.get(key_of(dst))
                if m:
                    if unbinds(op):
                        g &= ~m
                        k |= m
                    else:
                        g |= m
                        k &= ~m
        gen[i], kill[i] = g, k
        for s in successors(b):
            succ[i].append(index[id(s)])
            preds[index[id(s)]].append(i)
        if b.handler is not None and any(op.can_raise() for op in b.ops):
            covered[index[id(b.handler)]].append(i)
    state = [everything] * n
    state[0] = 0
    handled_by: list[list[int]] = [[] for _ in range(n)]  # block -> the handlers whose start reads its start
    for h, cs in enumerate(covered):
        for c in cs:
            handled_by[c].append(h)
    pending = list(range(n - 1, -1, -1))  # popped from the end: the entry first
    queued = [True] * n
    while pending:
        i = pending.pop()
        queued[i] = False
        new = 0 if i == 0 else everything
        for p in preds[i]:
            new &= (state[p] & ~kill[p]) | gen[p]
        for c in covered[i]:
            new &= state[c]
        if new != state[i]:
            state[i] = new
            for j in succ[i] + handled_by[i]:
                if not queued[j]:
                    queued[j] = True
                    pending.append(j)
    names = list(bit)
    memo: dict[int, frozenset] = {}

    def as_set(bits: int) -> frozenset:
        if bits not in memo:
            members = []
            rest = bits
            while rest:
                low = rest & -rest
                members.append(names[low.bit_length() - 1])
                rest ^= low
            memo[bits] = frozenset(members)
        return memo[bits]

    return {id(b): as_set(state[i]) for i, b in enumerate(blocks)}


def unassigned_reads(fn: Function, tracked: dict[str, Reg], is_main: bool) -> set[str]:
    """The tracked variables read somewhere they may not be assigned."""
    state = assigned_at_entry(fn, tracked)
    found: set[str] = set()
    for b in fn.blocks:
        have = set(state[id(b)])
        for op in b.ops:
            for r in op.uses():
                if isinstance(r, Reg) and key_of(r) in tracked and key_of(r) not in have:
                    found.add(key_of(r))
            dst = getattr(op, "dst", None)
            if isinstance(dst, Reg) and key_of(dst) in tracked:
                if unbinds(op):
                    have.discard(key_of(dst))
                else:
                    have.add(key_of(dst))
    return found


def rewrite(fn: Function, is_main: bool, tracked: dict[str, Reg], needs: set[str], local_flags: dict[str, Reg],
            global_flags: dict[str, Reg], at_risk: set[str]):
    """Set each flag where its variable is assigned; test it before each read that may see no value."""
    state = assigned_at_entry(fn, tracked) if needs else {}
    next_label = max((b.label for b in fn.blocks), default=0) + 1
    new_blocks: list[Block] = []
    for b in list(fn.blocks):
        have = set(state.get(id(b), ()))
        ops = b.ops
        b.ops = []
        cur = b
        for op in ops:
            for r in op.uses():
                if not isinstance(r, Reg):
                    continue
                k = key_of(r)
                flag = None
                if k in needs and k not in have:
                    flag = local_flags[k]
                elif r.is_global and not is_main and r.name in at_risk:
                    flag = global_flags[r.name]
                if flag is None:
                    continue
                message = (UNDEFINED_NAME if r.is_global or is_main else UNBOUND_LOCAL).format(source_name(r.name))
                kind = "NameError" if r.is_global or is_main else "UnboundLocalError"
                if r.is_global and "." in r.name and ":" not in r.name:  # a class attribute (`Cls.x = ...` later)
                    cls, attr = r.name.rsplit(".", 1)
                    kind, message = "AttributeError", f"type object '{cls.rsplit('.', 1)[-1]}' has no attribute '{attr}'"
                ok = Block(next_label, handler=b.handler)
                fail = Block(next_label + 1, [Raise(kind, message, op.line)], handler=b.handler)
                next_label += 2
                cur.ops.append(Branch(flag, ok, fail, op.line))
                new_blocks += [ok, fail]
                cur = ok
                have.add(k)  # a read that did not raise: assigned from here on
            if isinstance(op, ReadVar):  # its test is in place: the marker itself computes nothing
                continue
            cur.ops.append(op)
            dst = getattr(op, "dst", None)
            if isinstance(dst, Reg):
                k = key_of(dst)
                if k in tracked:
                    if unbinds(op):
                        have.discard(k)
                    else:
                        have.add(k)
                flag = local_flags.get(k) if k in needs else None
                if flag is None and dst.is_global and dst.name in global_flags:
                    flag = global_flags[dst.name]
                if flag is not None:
                    cur.ops.append(Assign(flag, Const(not unbinds(op), BOOL), op.line))
    fn.blocks += new_blocks


def contains_objects(t: Type) -> bool:
    if isinstance(t, ClassT):
        return True
    if isinstance(t, (ListT, SetT, DequeT)):
        return contains_objects(t.elem)
    if isinstance(t, DictT):
        return contains_objects(t.key) or contains_objects(t.value)
    if isinstance(t, TupleT):
        return any(contains_objects(e) for e in t.elems)
    return False


def globals_read_too_early(module: Module, funcs: dict[str, Function], main: Function) -> set[str]:
    """Globals a function reads that the module body may not have assigned when that function can run."""
    direct: dict[str, set[str]] = {}
    callees: dict[str, set[str]] = {}
    for fn in module.functions:
        reads: set[str] = set()
        calls: set[str] = set()
        for b in fn.blocks:
            for op in b.ops:
                if fn is not main:
                    reads |= {r.name for r in op.uses() if isinstance(r, Reg) and r.is_global}
                if isinstance(op, Call):
                    calls.add(op.func)
        direct[fn.name] = reads
        callees[fn.name] = calls
    everything_read = set().union(*direct.values()) if direct else set()
    if not everything_read:
        return set()

    def reads_of(name: str) -> set[str]:
        seen, stack, out = set(), [name], set()
        while stack:
            f = stack.pop()
            if f in seen:
                continue
            seen.add(f)
            out |= direct.get(f, set())
            stack += callees.get(f, ())
        return out

    # assignment state of the globals along the module body
    tracked = {("g:" + name): Reg(name, BOOL, is_global=True) for name in everything_read}
    for b in main.blocks:
        for op in b.ops:
            dst = getattr(op, "dst", None)
            if isinstance(dst, Reg) and dst.is_global and dst.name in everything_read:
                tracked["g:" + dst.name] = dst
    state = assigned_at_entry(main, tracked)
    at_risk: set[str] = set()
    everything_callable = None
    for b in main.blocks:
        have = set(state[id(b)])
        for op in b.ops:
            runs: set[str] = set()
            if isinstance(op, Call):
                runs = reads_of(op.func)
            elif isinstance(op, CallRuntime) and any(contains_objects(a.type) for a in op.args):
                if everything_callable is None:
                    everything_callable = set(everything_read)
                runs = everything_callable
            at_risk |= {g for g in runs if "g:" + g not in have}
            dst = getattr(op, "dst", None)
            if isinstance(dst, Reg) and dst.is_global:
                if unbinds(op):
                    have.discard("g:" + dst.name)
                else:
                    have.add("g:" + dst.name)
    return at_risk
