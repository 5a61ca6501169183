"""A generator made and consumed in one function runs inlined there: its loop becomes the consumer's.

In: the IR after guard_big_ints (so the guards it adds are in the body copied, with the handler that
gives them the generator's frame), before tail_accumulation and remove_range_checks (whose analysis
then sees one loop).  Out: the same IR where, in a function (the consumer) that calls a generator
function's constructor and resumes the generator it made at one place,

    %g = call gen(args)                      # the constructor: GenNew of gen@resume
    ...
    L1: %more = call gen@resume(%g)          # the one resume
        branch %more, L2, L3
    L2: %x = generator_item %g ...

the call is replaced by the constructor's stores (the arguments into copies of the generator's
parameters, the lens GenFrame.lens takes), and each jump to L1 by a jump to where that resume would
have gone on: into a copy of gen@resume's body when the generator has not started, after its yield
when it is stopped there, to L3 when it has finished.  The copy's yield stores the item in a register
the consumer's `generator_item` reads, and goes to L2; its returns go to L3.  So each op runs where
and when the resume would have run it: side effects interleave as before, and the consumer's break
leaves the generator's registers as they are (a stopped generator that holds no finally is dropped,
in CPython as here).

Which state the generator is in on each jump to L1 is a forward analysis over the consumer's blocks
(not made, fresh after the constructor, stopped after the then edge of L1, finished after its else
edge or an exception); a jump that may see two states leaves the function as it is.

Exceptions.  The copied blocks' handler is one new block, `propagate, leaving inlined gen`, whose
handler is L1's: codegen adds the generator's traceback frame for the line where the exception
entered (err_line), turns a StopIteration into RuntimeError (PEP 479), and raises it on at L1's
line, as the resume call would (codegen/emit.py op_Propagate).  So the traceback and what a
consumer's `try` catches are CPython's.

Only where all that holds:
- the generator's object never leaves the consumer: its registers (the constructor's result and
  copies of it) are read only by copies among them, the one resume and `generator_item`, and at the
  constructor no other of them is live (a second object would share the analysis' one state);
- the resume function has one Yield, no handler (a try in the generator, or a with, or a finally
  around the yield: a stopped generator's finally runs when it is dropped), no `exc_handling` prim
  (it yields while handling), reads nothing of its frame but through the Yield, does not make a
  generator of itself, and has at most MAX_OPS ops;
- the consumer is not the generator's own resume function.
Every other generator keeps the state machine of ir/build_generators.py.

gen_sum (sum() of a generator's while loop, 10 million items): the consumer's loop was clang's
inlining of the resume function, which kept a 64-bit counter beside the vectorised one; inlined
here it is the loop written out (bench/reference/gen_sum.py), and C's: 1.9 -> 1.45 ms of CPU, the
C reference 1.45 ms (2026-12-07).  gen_pipeline becomes the C reference's machine code too, which
clang if-converts: 4.4 -> 6.4 ms, the state machine's loop nest having kept a branch that this
CPU predicts.
"""

from __future__ import annotations

import copy
import dataclasses

from ..ir.liveness import Liveness
from ..ir.ops import (Assign, Block, Branch, Call, CallRuntime, Function, GenGet, GenNew, Goto, Module, Op, Prim,
                      Propagate, Reg, Reraise, Return, Yield, drop_unreachable_blocks, is_temp, temp_name)
from .remove_dead_functions import reached_functions
from .simplify_cfg import simplify_cfg

MAX_OPS = 200  # ops of a resume function worth a copy in each consumer
MAX_PER_FUNCTION = 8  # generators inlined into one function (gen_pipeline's three nest)

UNMADE, FRESH, STOPPED, DONE = "unmade", "fresh", "stopped", "done"


@dataclasses.dataclass
class Site:
    """One generator to inline into fn: made by `make`, resumed by `resume` (ops[0] of head)."""
    ctor: Function
    resume_fn: Function
    make: Call
    head: Block  # [resume, branch on its result]
    aliases: set[int]  # ids of the registers that hold the generator


def constructor_of(fn: Function) -> GenNew | None:
    """fn's GenNew when fn is a generator function's constructor (ir/build_generators.constructor)."""
    if len(fn.blocks) != 1:
        return None
    ops = fn.blocks[0].ops
    if len(ops) < 2 or not isinstance(ops[-2], GenNew) or not isinstance(ops[-1], Return) or ops[-1].value is not ops[-2].dst:
        return None
    if not all(isinstance(op, Prim) and op.op == "container_len" for op in ops[:-2]):
        return None
    return ops[-2]


def inlinable(resume: Function, ctor: Function) -> bool:
    if resume.generator is None or resume.tail_frames is not None or len(resume.params) != 1 or not resume.adds_frame:
        return False
    frame = resume.params[0]
    yields = count = 0
    for b in resume.blocks:
        if b.handler is not None:
            return False
        for op in b.ops:
            count += 1
            if isinstance(op, Yield):
                yields += 1
            elif isinstance(op, (Propagate, Reraise)):
                return False
            elif isinstance(op, Prim) and op.op.startswith("exc_handling"):
                return False
            elif isinstance(op, CallRuntime) and op.name == "pyz_exc_fetch":
                return False
            elif isinstance(op, Call) and op.func == ctor.name:
                return False
            if any(v is frame for v in op.uses()) or getattr(op, "dst", None) is frame:
                return False
    return yields == 1 and count <= MAX_OPS


def aliases_of(fn: Function, make: Call) -> set[int] | None:
    """The registers holding make's generator (its result and copies of it), when nothing else reads
    or writes them; else None."""
    assert make.dst is not None
    regs = {id(make.dst): make.dst}
    changed = True
    while changed:
        changed = False
        for b in fn.blocks:
            for op in b.ops:
                if isinstance(op, Assign) and isinstance(op.src, Reg) and id(op.src) in regs and id(op.dst) not in regs:
                    regs[id(op.dst)] = op.dst
                    changed = True
    if any(r.is_global for r in regs.values()) or any(id(p) in regs for p in fn.params):
        return None
    for b in fn.blocks:
        for op in b.ops:
            dst = getattr(op, "dst", None)
            if isinstance(dst, Reg) and id(dst) in regs and op is not make \
                    and not (isinstance(op, Assign) and isinstance(op.src, Reg) and id(op.src) in regs and not op.unbinds):
                return None
    return set(regs)


def find_site(fn: Function, by_name: dict[str, Function]) -> tuple[Site, dict] | None:
    """A generator to inline into fn, and the states its jumps to the resume see (states())."""
    for b in fn.blocks:
        for op in b.ops:
            if not (isinstance(op, Call) and op.dst is not None and op.func in by_name):
                continue
            ctor = by_name[op.func]
            gen_new = constructor_of(ctor)
            if gen_new is None or gen_new.resume not in by_name:
                continue
            resume_fn = by_name[gen_new.resume]
            if resume_fn is fn or not inlinable(resume_fn, ctor):
                continue
            site = site_of(fn, op, ctor, resume_fn)
            edges = states(fn, site) if site is not None else None
            if site is not None and edges is not None:
                return site, edges
    return None


def site_of(fn: Function, make: Call, ctor: Function, resume_fn: Function) -> Site | None:
    aliases = aliases_of(fn, make)
    if aliases is None:
        return None
    head: Block | None = None
    for b in fn.blocks:
        for i, op in enumerate(b.ops):
            reads = [v for v in op.uses() if isinstance(v, Reg) and id(v) in aliases]
            if not reads:
                continue
            if isinstance(op, Assign):
                continue  # a copy among them
            if isinstance(op, GenGet) and op.what == "item":
                continue
            if isinstance(op, Call) and op.func == resume_fn.name and head is None and i == 0 and len(b.ops) == 2 \
                    and isinstance(b.ops[1], Branch) and b.ops[1].cond is op.dst:
                head = b
                continue
            return None  # it escapes, or a second resume
    if head is None:
        return None
    resume, branch = head.ops
    assert isinstance(resume, Call) and isinstance(branch, Branch)
    more = resume.dst
    if branch.else_ is head or branch.then is branch.else_ or head is fn.blocks[0]:
        return None
    if any(v is more for b in fn.blocks for op in b.ops for v in op.uses() if op is not branch):
        return None
    if any(b.handler is head for b in fn.blocks):
        return None
    if not only_one_object(fn, make, aliases):
        return None
    return Site(ctor, resume_fn, make, head, aliases)


def only_one_object(fn: Function, make: Call, aliases: set[int]) -> bool:
    """No register of the generator is live after make but its result: the object made before is dead."""
    live = Liveness(fn)
    for b in fn.blocks:
        for op, after in live.after_each(b):
            if op is make:
                return not any(id(r) in aliases and r is not make.dst for r in after)
    return False


def states(fn: Function, site: Site) -> dict[tuple[int, int], frozenset] | None:
    """For each jump to the head (id of the block it leaves, index of the edge: 0 a goto or the then
    of a branch, 1 the else), the states the generator may be in there; None if some jump may see two."""
    head = site.head
    entry: dict[int, frozenset] = {id(fn.blocks[0]): frozenset([UNMADE])}
    work = [fn.blocks[0]]
    edges: dict[tuple[int, int], frozenset] = {}

    def flow(to: Block, s: frozenset) -> None:
        old = entry.get(id(to), frozenset())
        if not s <= old:
            entry[id(to)] = old | s
            work.append(to)

    while work:
        b = work.pop()
        s = entry[id(b)]
        if b is head:
            t = b.ops[-1]
            assert isinstance(t, Branch)
            flow(t.then, frozenset([STOPPED]))
            flow(t.else_, frozenset([DONE]))
            if b.handler is not None:
                flow(b.handler, frozenset([DONE]))
            continue
        at_raise: frozenset = frozenset()
        for op in b.ops:
            if op.can_raise():
                at_raise |= s
            if op is site.make:
                s = frozenset([FRESH])
        if b.handler is not None and at_raise:
            flow(b.handler, at_raise)
        last = b.ops[-1] if b.ops else None
        targets = [last.target] if isinstance(last, Goto) else [last.then, last.else_] if isinstance(last, Branch) else []
        for k, to in enumerate(targets):
            if to is head:
                edges[(id(b), k)] = edges.get((id(b), k), frozenset()) | s
            flow(to, s)
    if any(len(s) != 1 or UNMADE in s for s in edges.values()):
        return None
    return edges


def copy_op(op: Op, reg: "Renamer", blocks: dict[int, Block]) -> Op:
    new = copy.copy(op)
    for f in dataclasses.fields(new):  # type: ignore[arg-type]  # every op is a dataclass
        setattr(new, f.name, reg.value(getattr(new, f.name)))
    if isinstance(new, Goto):
        new.target = blocks[id(new.target)]
    elif isinstance(new, Branch):
        new.then = blocks[id(new.then)]
        new.else_ = blocks[id(new.else_)]
    return new


class Renamer:
    """The consumer's copies of the generator's registers, made on first sight (globals stay)."""

    def __init__(self, fn: Function, tag: str):
        self.fn = fn
        self.tag = tag
        self.map: dict[int, Reg] = {}
        self.names = {r.name for r in fn.regs}
        self.next_temp = 1 + max((int(r.name[2:]) for r in fn.regs if is_temp(r.name) and r.name[2:].isdigit()), default=0)

    def reg(self, r: Reg) -> Reg:
        if r.is_global:
            return r
        new = self.map.get(id(r))
        if new is None:
            new = Reg(self.fresh(r.name), r.type)
            self.map[id(r)] = new
            self.fn.regs.append(new)
        return new

    def fresh(self, name: str) -> str:
        if is_temp(name):
            self.next_temp += 1
            return temp_name(self.next_temp - 1)
        new, k = f"{name}@{self.tag}", 1
        while new in self.names:
            k += 1
            new = f"{name}@{self.tag}.{k}"
        self.names.add(new)
        return new

    def value(self, x):
        if isinstance(x, Reg):
            return self.reg(x)
        if type(x) is list:
            return [self.value(e) for e in x]
        if type(x) is tuple:
            return tuple(self.value(e) for e in x)
        return x


def inline(fn: Function, site: Site, edges: dict[tuple[int, int], frozenset], tag: str) -> None:
    resume_fn, head = site.resume_fn, site.head
    gen = resume_fn.generator
    assert gen is not None
    branch = head.ops[1]
    assert isinstance(branch, Branch)
    reg = Renamer(fn, tag)
    item = reg.fresh("item")
    item_reg = Reg(item, gen.item)
    fn.regs.append(item_reg)
    label = 1 + max(b.label for b in fn.blocks)
    # the exception leaving the body: the generator's frame, then on from the resume's line
    leave = Block(label, [Propagate(head.ops[0].line, resume_fn.py_name)], head.handler)
    label += 1
    twins: dict[int, Block] = {}
    for b in resume_fn.blocks:
        twins[id(b)] = Block(label, [], leave)
        label += 1
    after_yield = Block(label, [], leave)
    for b in resume_fn.blocks:
        out = twins[id(b)]
        for op in b.ops:
            if isinstance(op, Yield):
                # `for _ in g: pass`: the empty body threaded away, the then edge is a resume again
                then = after_yield if branch.then is head else branch.then
                out.ops += [Assign(item_reg, reg.value(op.value), op.line), Goto(then, op.line)]
                out = after_yield
            elif isinstance(op, Return):
                out.ops.append(Goto(branch.else_, op.line))
            else:
                out.ops.append(copy_op(op, reg, twins))
    start = twins[id(resume_fn.blocks[0])]
    # the constructor's work, where it was called: the arguments into the parameters, the lens
    ctor = site.ctor
    gen_new = ctor.blocks[0].ops[-2]
    assert isinstance(gen_new, GenNew)
    made: list[Op] = [Assign(reg.reg(p), a, site.make.line) for p, a in zip(ctor.params, site.make.args)]
    made += [copy_op(op, reg, {}) for op in ctor.blocks[0].ops[:-2]]
    made += [Assign(reg.reg(p), reg.value(a), site.make.line) for p, a in zip(gen.params, gen_new.args)
             if reg.reg(p) is not reg.value(a)]
    for b in fn.blocks:
        if site.make in b.ops:
            i = b.ops.index(site.make)
            b.ops[i:i + 1] = made
        b.ops = [op for op in b.ops if not (isinstance(op, Assign) and id(op.dst) in site.aliases)]
        for i, op in enumerate(b.ops):
            if isinstance(op, GenGet) and id(op.gen) in site.aliases:
                b.ops[i] = Assign(op.dst, item_reg, op.line)
    where = {FRESH: start, STOPPED: after_yield, DONE: branch.else_}
    for b in fn.blocks:
        t = b.ops[-1] if b.ops else None
        if isinstance(t, Goto) and t.target is head:
            t.target = where[next(iter(edges[(id(b), 0)]))]
        elif isinstance(t, Branch):
            if t.then is head:
                t.then = where[next(iter(edges[(id(b), 0)]))]
            if t.else_ is head:
                t.else_ = where[next(iter(edges[(id(b), 1)]))]
    fn.blocks += [leave] + [twins[id(b)] for b in resume_fn.blocks] + [after_yield]
    for b in fn.blocks:  # where nothing can raise, nothing leaves: the blocks merge with the consumer's
        if b.handler is leave and not any(op.can_raise() for op in b.ops):
            b.handler = None
    drop_unreachable_blocks(fn)
    used = {id(v) for b in fn.blocks for op in b.ops for v in op.uses() + [getattr(op, "dst", None)] if isinstance(v, Reg)}
    fn.regs = [r for r in fn.regs if id(r) not in site.aliases or id(r) in used]


def inline_generators(module: Module) -> Module:
    by_name = {f.name: f for f in module.functions}
    inlined: set[str] = set()
    for fn in module.functions:
        for k in range(MAX_PER_FUNCTION):
            drop_unreachable_blocks(fn)
            found = find_site(fn, by_name)
            if found is None:
                break
            site, edges = found
            inline(fn, site, edges, f"g{k + 1}")
            inlined |= {site.ctor.name, site.resume_fn.name}
    if not inlined:
        return module
    simplify_cfg(module)
    drop_unused(module, inlined)
    return module


def drop_unused(module: Module, inlined: set[str]) -> None:
    """The generators inlined everywhere they were made: nothing that runs calls or makes them any more
    (remove_dead_functions' walk; a function it would drop for another reason is left to it)."""
    live = reached_functions(module)
    module.functions = [f for f in module.functions if f.name in live or f.name not in inlined]
