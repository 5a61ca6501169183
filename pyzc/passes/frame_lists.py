"""Lists that never leave their function's call live in its C frame.

In: the IR after the other passes.  Out: the same IR, where the `NewList` of such a list has
`local` set (codegen then puts the list's header and room for its first items in the C frame: no
allocation, and memory the cache holds), and a `pyz_str_split` whose list is such a list becomes a
`NewList` (local, empty) and `pyz_str_split_into` that list.  A list that outgrows its room moves
its items to the heap as any list grows, so only the header stays in the frame.

`fields = []; ...append...; ",".join(fields)` in a loop, `parts = s.split(","); for p in parts:`:
CPython frees such a list when the loop comes round and hands its memory to the next one; a
collector without generations instead marks everything live once for each few megabytes of such
lists (text_pipeline: a list and its items were two of the nine blocks of each line).

Which lists: a set of a function's local registers of list type such that
- every write of each is a `NewList` of at most MAX_ITEMS items, a `pyz_str_split` call, or a plain
  assignment from another of the set;
- every read of each is one that does not keep the list: its length, truth or items
  (`container_len`, `container_truth`, `list_item`, `x[i]`, `x[i] = v`), a list method named in
  KEEPS_NOTHING with the list as its receiver (or as extend's argument), `pyz_str_join`'s list, a
  list joined into a `BuildStr` (fuse_str_parts.py), or a plain assignment to another of the set.
So nothing outside the registers ever holds the list: no store into an object or container, no call
of a compiled function, no return, yield, closure or iterator object.  The largest such set is found
by dropping registers that break a rule until none does (closed_registers.py).

Each list-making op of the set (a site) has one place in the frame, made anew each time the op runs,
so the list it made before must be dead by then: the pass follows which sites each register may
hold (through the plain assignments, in any order) and keeps a site on the heap when a register
that may hold its list, other than the one it writes, is live just after it (ir/liveness.py).
`prev = cur` before `cur = []` comes round again is such a case.  A split remakes its frame list
before it may raise (ValueError for an empty separator), so a split whose handler may read any
register holding its list, the one it writes too, stays on the heap: there the list must still be
the last round's.

Generators' resume functions are left alone: their registers live in the generator's frame, on the
heap, across yields.
"""

from __future__ import annotations

from ..ir.liveness import Liveness
from ..ir.ops import Assign, BuildStr, CallRuntime, Function, ListGet, ListSet, Module, NewList, Op, Prim, Reg, Value
from ..types.model import STR, ListT
from .closed_registers import largest_closed_set

MAX_ITEMS = 16  # a display with more items is left on the heap (codegen gives a frame list FRAME_ROOM)
MAX_SITES = 8  # frame lists per function (each is FRAME_ROOM items of room in the C frame)
SPLIT = "pyz_str_split"
SPLIT_INTO = "pyz_str_split_into"
JOIN = "pyz_str_join"
# list methods that neither keep their receiver nor return it (templates/list.c.j2)
KEEPS_NOTHING = {"append", "get", "set", "pop", "del", "insert", "remove", "index", "count", "contains", "reverse",
                 "sort", "sort_reverse", "clear", "extend", "eq", "cmp", "repr", "copy", "slice", "concat"}
OTHER_LIST = {"extend", "eq", "cmp", "concat"}  # their second argument is a list they only read
PRIMS = {"container_len", "container_truth", "list_item"}


def _list_method(op: CallRuntime) -> str | None:
    if op.on is None or not isinstance(op.on, ListT) or "_N_" not in op.name:
        return None
    return op.name.split("_N_", 1)[1]


def _writes_ok(op: Op, cand: set[int]) -> bool:
    if isinstance(op, NewList):
        return len(op.items) <= MAX_ITEMS
    if isinstance(op, CallRuntime):
        return op.name == SPLIT and op.on is None
    if isinstance(op, Assign):
        return not op.unbinds and isinstance(op.src, Reg) and id(op.src) in cand
    return False


def _reads_ok(op: Op, r: Reg, cand: set[int]) -> bool:
    """Whether op reads r (a register of the set) in a way that does not keep the list."""
    if isinstance(op, Assign):
        return not op.unbinds and id(op.dst) in cand
    if isinstance(op, Prim):
        return op.op in PRIMS and all(i == 0 for i, a in enumerate(op.args) if a is r)
    if isinstance(op, ListGet):
        return op.lst is r and op.index is not r
    if isinstance(op, ListSet):
        return op.lst is r and op.value is not r and op.index is not r
    if isinstance(op, CallRuntime):
        verb = _list_method(op)
        if verb in KEEPS_NOTHING:
            # the receiver, or the other list of extend, concat, eq and cmp; never an item
            return all(i == 0 or (i == 1 and verb in OTHER_LIST) for i, a in enumerate(op.args) if a is r)
        if op.name == JOIN and op.on is None:
            return all(i == 1 for i, a in enumerate(op.args) if a is r)
    if isinstance(op, BuildStr):  # a list joined into a concatenation (fuse_str_parts.py)
        return op.pads is not None and all(op.pads[i][:1] == "j" for i, a in enumerate(op.parts) if a is r)
    return False


def frame_registers(fn: Function) -> set[int]:
    """id() of the registers of fn holding lists that never leave the call (the module's docstring)."""
    params = {id(p) for p in fn.params}
    cand = {id(r) for r in fn.regs if isinstance(r.type, ListT) and not r.is_global and id(r) not in params}
    return largest_closed_set(fn, cand, _writes_ok, _reads_ok)


def _sites_of(fn: Function, regs: set[int]) -> dict[int, set[int]]:
    """id(register) -> id() of the list-making ops whose list it may hold."""
    pts: dict[int, set[int]] = {r: set() for r in regs}
    copies: list[tuple[int, int]] = []
    for b in fn.blocks:
        for op in b.ops:
            dst = getattr(op, "dst", None)
            if not isinstance(dst, Reg) or id(dst) not in regs:
                continue
            if isinstance(op, Assign):
                assert isinstance(op.src, Reg)
                copies.append((id(op.src), id(dst)))
            else:
                pts[id(dst)].add(id(op))
    changed = True
    while changed:
        changed = False
        for src, dst in copies:
            if not pts[src] <= pts[dst]:
                pts[dst] |= pts[src]
                changed = True
    return pts


def frame_lists(module: Module) -> Module:
    for fn in module.functions:
        if fn.generator is not None:
            continue
        regs = frame_registers(fn)
        if not regs:
            continue
        pts = _sites_of(fn, regs)
        holders: dict[int, list[Reg]] = {}  # site -> the registers that may hold its list
        for r in fn.regs:
            for site in pts.get(id(r), ()):
                holders.setdefault(site, []).append(r)
        # the blocks with an op that may make a frame list (the others are left as they are)
        making = [b for b in fn.blocks if any(isinstance(op, (NewList, CallRuntime)) and isinstance(op.dst, Reg)
                                              and id(op.dst) in regs for op in b.ops)]
        if not making:
            continue
        liveness = Liveness(fn)
        sites = 0
        for b in making:
            rewritten: list[Op] = []
            handler_in = liveness.handler_in(b)
            for op, live in liveness.after_each(b):
                dst = getattr(op, "dst", None)
                held = holders.get(id(op), ())
                # a split remakes the list before it may raise: then the handler (or what follows it)
                # must read no register that may hold the list, not even the one the split would write
                local = (isinstance(dst, Reg) and id(dst) in regs and not isinstance(op, Assign) and sites < MAX_SITES
                         and not any(h is not dst and h in live for h in held)
                         and not (op.can_raise() and any(h in handler_in for h in held)))
                if local and isinstance(op, NewList):
                    op.local = True
                    sites += 1
                elif local and isinstance(op, CallRuntime):
                    assert isinstance(dst, Reg) and dst.type == ListT(STR)
                    rewritten.append(NewList(dst, [], op.line, local=True))
                    op.name = SPLIT_INTO
                    args: list[Value] = [dst]
                    op.args = args + op.args
                    sites += 1
                rewritten.append(op)
            b.ops = rewritten
    return module
