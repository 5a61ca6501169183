"""The C shape of a generator: its frame struct, and which registers each yield saves.

A generator's resume function (ir/build_generators.py) keeps its registers in C locals while it
runs, so its loops are as fast as any function's.  What must survive a `Yield` is what is live
after it: those registers are stored into the generator's frame at the yield and loaded back when
the switch at the function's entry jumps to the yield's resume label.  The frame is one GC block
per generator, allocated when the generator function is called (`GenNew`):

    typedef struct { PyzGen h; <item> item; <ret> ret; <one field per saved register> } Fx_f_cresume;

`h.state` is 0 before the first resume, k after the k-th yield, and -1 once it has finished
(returned, or raised), so a finished generator gives no more items.  A register no op writes (a
parameter the body never assigns) is loaded from the frame and never saved: its field holds it.

Liveness is ir/liveness.py's: the usual backward analysis over the blocks, with each op that can
raise also reading what its block's handler reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..ir.liveness import Liveness, defined
from ..ir.ops import Function, Reg, Yield
from . import naming
from .ctypes import c_type


@dataclass
class FrameLayout:
    struct: str  # the C struct's name
    fields: list[Reg]  # the registers with a field in the frame, parameters first
    saves: dict[int, list[Reg]] = field(default_factory=dict)  # id of a Yield -> the registers it stores
    restores: dict[int, list[Reg]] = field(default_factory=dict)  # id of a Yield -> the registers live after it
    numbers: dict[int, int] = field(default_factory=dict)  # id of a Yield -> its state number (1, 2, ...)


def frame_layout(fn: Function) -> FrameLayout:
    gen = fn.generator
    assert gen is not None
    liveness = Liveness(fn)
    layout = FrameLayout(naming.frame_struct(fn.name), list(gen.params))
    frame_param = fn.params[0]
    written = {id(d) for b in fn.blocks for op in b.ops for d in [defined(op)] if d is not None}
    unchanged = {id(r) for r in gen.params if id(r) not in written}
    seen = {id(r) for r in gen.params}
    number = 0
    for b in fn.blocks:
        for op, live in liveness.after_each(b):
            if not isinstance(op, Yield):
                continue
            number += 1
            regs = sorted((r for r in live if r is not frame_param), key=lambda r: r.name)
            layout.saves[id(op)] = [r for r in regs if id(r) not in unchanged]
            layout.restores[id(op)] = regs
            layout.numbers[id(op)] = number
            for r in regs:
                if id(r) not in seen:
                    seen.add(id(r))
                    layout.fields.append(r)
    return layout


def frame_declaration(fn: Function, layout: FrameLayout) -> str:
    gen = fn.generator
    assert gen is not None
    fields = [f"{c_type(gen.item)} item;", f"{c_type(gen.ret)} ret;"]
    fields += [f"{c_type(r.type)} {naming.local_name(r.name)};" for r in layout.fields]
    return f"typedef struct {{ PyzGen h; {' '.join(fields)} }} {layout.struct};"
