"""Loops of the IR's control-flow graph, and how many times a loop's body can run.

In: one ir.Function (and, for trip counts, its value ranges).  Out: facts about its loops; this module
changes nothing.  Used by bound_accumulators.py (a sum whose growth a trip count bounds needs no
overflow check) and version_loops.py (a copy of a loop selected by a test before it).

A counted loop is a loop whose head is `t = c < end; branch t, first, exit` where
- nothing in the loop assigns end;
- every assignment of c in the loop adds one to it (`c = c + 1`, or `t = c + 1; c = t` in two
  adjacent ops), so c never goes down;
- every way from first back to head passes through such a step (`steps_on_every_way`);
- the loop is entered from one block outside it (`pre`), which ends in a goto;
- no block of the loop has a handler (an exception caught inside the loop could skip the step), but
  the exit of a generator's inlined body that raises on out of the function (`exits_function`).
Its body then runs at most end - c0 times, c0 being c's value where pre ends (the k-th test sees
c >= c0 + k).  A `for i in range(a, b)` loop (ir/build_iteration.py's unit-step cursor) and
`i = 0; while i < n: ...; i += 1` are both counted loops.

A generator's loop is a loop whose head is `t = call g@resume(gen); branch t, body, exit` with gen
not assigned in the loop: its body runs once per item the generator yields, so at most as many times
as the generator can yield over its life (`yield_bound`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..ir.ops import Assign, Block, Branch, Call, Const, Function, Goto, Op, Prim, Propagate, Reg, Yield
from .value_ranges import NEG, POS, Ranges


def exits_function(b: Block) -> bool:
    """Whether an exception raised in b leaves the function: b has no handler, or its handler only adds
    the frame of a generator whose body was inlined here and raises on, to none or to another such
    (passes/inline_generators.py; generators nested in one consumer)."""
    h, seen = b.handler, set()
    while h is not None:
        if id(h) in seen or not (len(h.ops) == 1 and isinstance(h.ops[0], Propagate) and h.ops[0].inlined is not None):
            return False
        seen.add(id(h))
        h = h.handler
    return True


def predecessors(fn: Function) -> dict[int, list[Block]]:
    preds: dict[int, list[Block]] = {id(b): [] for b in fn.blocks}
    for b in fn.blocks:
        for s in b.successors():
            preds.setdefault(id(s), []).append(b)
    return preds


def natural_loop(head: Block, latch: Block, preds: dict[int, list[Block]]) -> list[Block]:
    """head and the blocks that reach latch without passing through head."""
    body = {id(head): head}
    todo = [latch]
    while todo:
        b = todo.pop()
        if id(b) in body:
            continue
        body[id(b)] = b
        todo.extend(preds.get(id(b), []))
    return list(body.values())


def forward(head: Block) -> set[int]:
    """ids of the blocks reachable from head's successors."""
    seen: set[int] = set()
    todo = list(head.successors())
    while todo:
        b = todo.pop()
        if id(b) not in seen:
            seen.add(id(b))
            todo.extend(b.successors())
    return seen


def loop_of(head: Block, preds: dict[int, list[Block]]) -> list[Block] | None:
    """The blocks of the loop at head (the union of its natural loops), or None when no block
    that head reaches goes back to it."""
    inside = forward(head)
    latches = [p for p in preds.get(id(head), []) if id(p) in inside]
    if not latches:
        return None
    loop: dict[int, Block] = {}
    for latch in latches:
        for b in natural_loop(head, latch, preds):
            loop[id(b)] = b
    return list(loop.values())


def inner_cycle(head: Block, loop: list[Block]) -> bool:
    """Is there a cycle among the loop's blocks that does not pass through head?"""
    inside = {id(b) for b in loop if b is not head}
    state: dict[int, int] = {}
    for root in loop:
        if root is head or id(root) in state:
            continue
        stack = [(root, iter([s for s in root.successors() if id(s) in inside]))]
        state[id(root)] = 1
        while stack:
            b, it = stack[-1]
            for s in it:
                if state.get(id(s)) == 1:
                    return True
                if id(s) not in state:
                    state[id(s)] = 1
                    stack.append((s, iter([t for t in s.successors() if id(t) in inside])))
                    break
            else:
                state[id(b)] = 2
                stack.pop()
    return False


def counter_test(head: Block) -> tuple[Reg, Reg] | None:
    """(c, end) when head is `t = c < end; branch t, body, exit` with c and end registers."""
    if len(head.ops) != 2 or not isinstance(head.ops[1], Branch):
        return None
    test, br = head.ops
    if not (isinstance(test, Prim) and isinstance(br, Branch) and test.op in ("int_lt", "int_lt_small") and br.cond is test.dst):
        return None
    c, end = test.args
    if not isinstance(c, Reg) or not isinstance(end, Reg) or c.is_global or end.is_global or c is end:
        return None
    return c, end


def assigned(blocks: list[Block]) -> set[int]:
    return {id(getattr(op, "dst")) for b in blocks for op in b.ops if isinstance(getattr(op, "dst", None), Reg)}


def defs_in(loop: list[Block]) -> dict[int, list[Op]]:
    """id(register) -> the ops of the loop that assign it."""
    defs: dict[int, list[Op]] = {}
    for b in loop:
        for op in b.ops:
            d = getattr(op, "dst", None)
            if isinstance(d, Reg):
                defs.setdefault(id(d), []).append(op)
    return defs


def _plus_one(op: Op | None, c: Reg) -> bool:
    """Is op `dst = c + 1`?"""
    return isinstance(op, Prim) and op.op in ("int_add", "int_add_nocheck") and len(op.args) == 2 and op.args[0] is c \
        and isinstance(op.args[1], Const) and type(op.args[1].value) is int and op.args[1].value == 1


def counter_steps(loop: list[Block], c: Reg) -> list[Block] | None:
    """The blocks holding a step of c when every assignment of c in the loop adds one to it (`c = c + 1`,
    or `t = c + 1` and `c = t` right after it, t assigned nowhere else in the loop), else None."""
    defs = defs_in(loop)
    out: list[Block] = []
    for b in loop:
        for i, op in enumerate(b.ops):
            if getattr(op, "dst", None) is not c:
                continue
            if _plus_one(op, c):
                out.append(b)
                continue
            prev = b.ops[i - 1] if i > 0 else None
            if isinstance(op, Assign) and not op.unbinds and isinstance(op.src, Reg) and op.src is not c \
                    and _plus_one(prev, c) and getattr(prev, "dst", None) is op.src \
                    and len(defs.get(id(op.src), [])) == 1:
                out.append(b)
                continue
            return None
    return out or None


def steps_on_every_way(head: Block, first: Block, loop: list[Block], steps: list[Block]) -> bool:
    """Does every way from first back to head, inside the loop, pass through a block of steps?"""
    stop = {id(b) for b in steps}
    inside = {id(b) for b in loop}
    seen: set[int] = set()
    todo = [first]
    while todo:
        b = todo.pop()
        if id(b) in stop or id(b) in seen:
            continue
        seen.add(id(b))
        for s in b.successors():
            if s is head:
                return False
            if id(s) in inside:
                todo.append(s)
    return True


@dataclass
class CountedLoop:
    head: Block
    loop: list[Block]
    pre: Block  # the loop's one way in from outside; it ends in a goto to head
    c: Reg  # the counter: only ever stepped by one
    end: Reg  # c < end runs the body; the loop does not assign it
    first: Block  # the block the test enters


def outside_entry(head: Block, loop: list[Block], preds: dict[int, list[Block]]) -> Block | None:
    """The one block outside the loop that enters it, when it ends in a goto."""
    outside = [p for p in preds.get(id(head), []) if all(p is not b for b in loop)]
    if len(outside) != 1 or not outside[0].ops or not isinstance(outside[0].ops[-1], Goto):
        return None
    return outside[0]


def counted_loop(head: Block, loop: list[Block], preds: dict[int, list[Block]]) -> CountedLoop | None:
    got = counter_test(head)
    if got is None:
        return None
    c, end = got
    br = head.ops[-1]
    assert isinstance(br, Branch)
    first = br.then
    if first is head or all(first is not b for b in loop) or any(br.else_ is b for b in loop):
        return None
    pre = outside_entry(head, loop, preds)
    if pre is None or id(end) in assigned(loop) or not all(exits_function(b) for b in loop):
        return None
    steps = counter_steps(loop, c)
    if steps is None or not steps_on_every_way(head, first, loop, steps):
        return None
    return CountedLoop(head, loop, pre, c, end, first)


def trip_bound(cl: CountedLoop, ranges: Ranges) -> int | None:
    """The most times the counted loop's body can run, from the intervals of c and end where pre ends."""
    c0 = ranges.at_end(cl.pre, cl.c)
    end = ranges.at_end(cl.pre, cl.end)
    if c0[0] == NEG or end[1] == POS:
        return None
    return max(0, end[1] - c0[0])


def generator_loop(head: Block, loop: list[Block], preds: dict[int, list[Block]]) -> tuple[Block, str] | None:
    """(pre, the resume function) when head is `t = call g@resume(gen); branch t, body, exit`, gen not
    assigned in the loop: each run of the body follows an item of that one generator."""
    if len(head.ops) != 2:
        return None
    call, br = head.ops
    if not (isinstance(call, Call) and isinstance(br, Branch) and br.cond is call.dst and len(call.args) == 1):
        return None
    gen = call.args[0]
    if not isinstance(gen, Reg) or gen.is_global or id(gen) in assigned(loop):
        return None
    if all(br.then is not b for b in loop) or any(br.else_ is b for b in loop):
        return None
    pre = outside_entry(head, loop, preds)
    if pre is None or not all(exits_function(b) for b in loop):
        return None
    return pre, call.func


def loop_trips(head: Block, loop: list[Block], preds: dict[int, list[Block]], ranges: Ranges,
               yields: dict[str, int]) -> tuple[Block, int] | None:
    """(pre, the most times the body runs) for a counted loop or a loop over a generator whose resume
    function yields bounds; None for another loop."""
    cl = counted_loop(head, loop, preds)
    if cl is not None:
        trips = trip_bound(cl, ranges)
        return None if trips is None else (cl.pre, trips)
    got = generator_loop(head, loop, preds)
    if got is not None and got[1] in yields:
        return got[0], yields[got[1]]
    return None


def components(fn: Function) -> list[list[Block]]:
    """The strongly connected components of fn's blocks (Tarjan's algorithm, without recursion)."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[Block] = []
    out: list[list[Block]] = []
    counter = 0
    for root in fn.blocks:
        if id(root) in index:
            continue
        work = [(root, iter(root.successors()))]
        index[id(root)] = low[id(root)] = counter
        counter += 1
        stack.append(root)
        on_stack.add(id(root))
        while work:
            b, it = work[-1]
            pushed = False
            for s in it:
                if id(s) not in index:
                    index[id(s)] = low[id(s)] = counter
                    counter += 1
                    stack.append(s)
                    on_stack.add(id(s))
                    work.append((s, iter(s.successors())))
                    pushed = True
                    break
                if id(s) in on_stack:
                    low[id(b)] = min(low[id(b)], index[id(s)])
            if pushed:
                continue
            work.pop()
            if work:
                low[id(work[-1][0])] = min(low[id(work[-1][0])], low[id(b)])
            if low[id(b)] == index[id(b)]:
                comp = []
                while True:
                    x = stack.pop()
                    on_stack.discard(id(x))
                    comp.append(x)
                    if x is b:
                        break
                out.append(comp)
    return out


def yield_bound(fn: Function, ranges: Ranges, known: dict[str, int]) -> int | None:
    """The most items a generator's resume function can yield over a frame's life (it runs as one
    pass through its blocks, resumed after each Yield), or None when no bound is found: a Yield outside
    every cycle yields once; one in a loop with no cycle inside it, once per run of the body, which is
    bounded for a counted loop, and for a loop over a generator whose resume function `known` bounds."""
    preds = predecessors(fn)
    total = 0
    for comp in components(fn):
        n = sum(1 for b in comp for op in b.ops if isinstance(op, Yield))
        if n == 0:
            continue
        if len(comp) == 1 and all(s is not comp[0] for s in comp[0].successors()):
            total += n
            continue
        ids = {id(b) for b in comp}
        for head in comp:
            loop = loop_of(head, preds)
            if loop is None or {id(b) for b in loop} != ids or inner_cycle(head, loop):
                continue
            got = loop_trips(head, loop, preds, ranges, known)
            if got is not None:
                total += n * got[1]
                break
        else:
            return None
    return total
