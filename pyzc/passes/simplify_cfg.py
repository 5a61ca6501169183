"""Control-flow cleanup, so the emitted C reads like C a person would write.

Lowering leaves empty blocks that only jump on (the join point of an `if`
without `else`, the exit of a loop) and chains of blocks that could be one.
This pass threads jumps through empty blocks and merges a block into its only
predecessor when that predecessor jumps straight to it.  Semantics are
unchanged; the C compiler would do the same, but the reader of build/*.c
benefits.
"""

from __future__ import annotations

from ..ir.ops import Block, Branch, Goto, Module, drop_unreachable_blocks


def _final_target(b: Block, forward: dict[int, Block]) -> Block:
    seen = set()
    while id(b) in forward and id(b) not in seen:
        seen.add(id(b))
        b = forward[id(b)]
    return b


def simplify_cfg(module: Module) -> Module:
    for fn in module.functions:
        entry = fn.blocks[0]
        forward = {id(b): b.ops[0].target for b in fn.blocks
                   if b is not entry and len(b.ops) == 1 and isinstance(b.ops[0], Goto) and b.ops[0].target is not b}
        # a handler is entered by an exception, not a jump: it is never threaded away
        for b in fn.blocks:
            if b.handler is not None:
                forward.pop(id(b.handler), None)
        for b in fn.blocks:
            if b.handler is not None:
                b.handler = _final_target(b.handler, forward)
            if not b.ops:
                continue
            t = b.ops[-1]
            if isinstance(t, Goto):
                t.target = _final_target(t.target, forward)
            elif isinstance(t, Branch):
                t.then = _final_target(t.then, forward)
                t.else_ = _final_target(t.else_, forward)
        # merge single-predecessor successors into their Goto predecessor
        changed = True
        while changed:
            changed = False
            preds: dict[int, int] = {}
            for b in fn.blocks:
                for s in b.successors():
                    preds[id(s)] = preds.get(id(s), 0) + 1
            for b in fn.blocks:
                if b.ops and isinstance(b.ops[-1], Goto):
                    s = b.ops[-1].target
                    if s is not entry and s is not b and preds.get(id(s)) == 1 and s.handler is b.handler:
                        b.ops = b.ops[:-1] + s.ops
                        s.ops = []
                        changed = True
                        break
            # drop blocks nothing reaches any more
            drop_unreachable_blocks(fn)
    return module
