"""One jump back per loop: a loop head that several blocks jump back to gets one block that they all
jump to, which jumps to the head.

In: the IR after every other pass.  Out: the same IR, where each loop head has at most one
predecessor that jumps back to it (its latch), a block holding only that jump.

Why: this is the shape a C `for` or `while` loop has (`continue` and the end of the body both go to
one place), and the one clang's loop passes expect.  Measured on the sieve's counting loop
(`for n in range(limit + 1): if is_prime[n]: count += 1; ...`): with the body's two ends jumping to
the loop test directly, clang neither rotates the loop nor turns the `if` into conditional moves; with
one latch block it does both, as for the C reference (bench/reference/sieve.c).  simplify_cfg.py
threads jumps through empty blocks, so this runs after it.  Semantics are unchanged.
"""

from __future__ import annotations

from ..ir.ops import Block, Branch, Function, Goto, Module


def back_edges(fn: Function) -> dict[int, list[Block]]:
    """id(head) -> the blocks whose last op jumps back to head (an edge to a block on the depth-first
    search's stack), in the order of fn.blocks."""
    on_stack: set[int] = set()
    seen: set[int] = set()
    found: dict[int, set[int]] = {}
    entry = fn.blocks[0]
    stack = [(entry, iter(entry.successors()))]
    seen.add(id(entry))
    on_stack.add(id(entry))
    while stack:
        b, it = stack[-1]
        for s in it:
            if id(s) in on_stack:
                found.setdefault(id(s), set()).add(id(b))
            elif id(s) not in seen:
                seen.add(id(s))
                on_stack.add(id(s))
                stack.append((s, iter(s.successors())))
                break
        else:
            on_stack.discard(id(b))
            stack.pop()
    out: dict[int, list[Block]] = {}
    for b in fn.blocks:
        t = b.ops[-1] if b.ops else None
        for head_id, latches in found.items():
            if id(b) in latches and jumps_to(t, head_id):
                out.setdefault(head_id, []).append(b)
    return out


def jumps_to(t, head_id: int) -> bool:
    if isinstance(t, Goto):
        return id(t.target) == head_id
    if isinstance(t, Branch):
        return id(t.then) == head_id or id(t.else_) == head_id
    return False


def redirect(t, head: Block, latch: Block) -> None:
    if isinstance(t, Goto):
        t.target = latch
    elif isinstance(t, Branch):
        if t.then is head:
            t.then = latch
        if t.else_ is head:
            t.else_ = latch


def single_latches(module: Module) -> Module:
    for fn in module.functions:
        if not fn.blocks:
            continue
        heads = {id(b): b for b in fn.blocks}
        for head_id, latches in back_edges(fn).items():
            if len(latches) < 2:
                continue
            head = heads[head_id]
            latch = Block(1 + max(b.label for b in fn.blocks))
            latch.ops.append(Goto(head, latches[-1].ops[-1].line))
            for b in latches:
                redirect(b.ops[-1], head, latch)
            fn.blocks.insert(fn.blocks.index(latches[-1]) + 1, latch)
    return module
