"""Dead code: branches on constants become gotos, and blocks no path reaches are dropped."""

from __future__ import annotations

from ..ir.ops import Branch, Const, Goto, Module, drop_unreachable_blocks


def remove_dead_blocks(module: Module) -> Module:
    for fn in module.functions:
        for block in fn.blocks:
            br = block.ops[-1] if block.ops else None
            if isinstance(br, Branch) and isinstance(br.cond, Const):
                block.ops[-1] = Goto(br.then if br.cond.value else br.else_, br.line)
        drop_unreachable_blocks(fn)
    return module
