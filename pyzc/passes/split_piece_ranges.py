"""A piece of a str that is only split is split where it lies in its str, never made a str of its own.

In: the IR after frame_lists.py (this is the last pass).  Out: the same IR where a
`pyz_str_piece(s, a, b)` (a piece cut by a loop over `s.splitlines()` or `s.split(sep)`, or by
`x, y, z = s.split(sep)`) whose str is read only by splits later in the same block (`pyz_str_split`,
`pyz_str_split_into` into a frame list, `pyz_str_split_count` of a split only measured:
count_split_pieces.py), directly or through copies each the one read of the last, is dead after
them (ir/liveness.py: no later read, in this block, another or a handler), and is not read by the
block's handler where an op from the piece to its last split may raise (`n += int(t)` between them,
`except ValueError: print(row)`), is gone: the piece op leaves copies of s, a and b in new registers
(so that s, a and b may change in between: a loop's cursor moves on), and each split reads the
piece's bytes in s (`pyz_str_split_range`, `pyz_str_split_range_into`, `pyz_str_split_count_range`).

`for row in text.splitlines(): fields = row.split("|")` and `ident, words, score = line.split(";");
parts = words.split(",")` make one str fewer a line.  Splitting makes no str that is all of the
piece unless the piece is all of s (runtime_c/str.c, piece_of), so nothing sees the difference; the
piece's op cannot raise, and the split raises what it raised.  Generators' resume functions are left
alone, as the other passes leave them.
"""

from __future__ import annotations

from ..ir.liveness import Liveness, defined, read, walk_back
from ..ir.ops import Assign, Block, CallRuntime, Function, Module, Op, Reg
from ..types.model import INT, STR
from .version_loops import new_temp

PIECE = "pyz_str_piece"
# a split -> (its form that reads a piece's bytes in place, where the piece is among its arguments)
RANGED = {"pyz_str_split_into": ("pyz_str_split_range_into", 1), "pyz_str_split_count": ("pyz_str_split_count_range", 0),
          "pyz_str_split": ("pyz_str_split_range", 0)}


def _reads_until_written(b: Block, d: int, r: Reg) -> list[int]:
    """Indexes of the ops of b after op d that read r, up to the next op that writes it."""
    out = []
    for k in range(d + 1, len(b.ops)):
        if r in read(b.ops[k]):
            out.append(k)
        if defined(b.ops[k]) is r:
            break
    return out


def _is_split_of(op: Op, r: Reg) -> bool:
    """op is a split (RANGED) of r, which it reads nowhere else."""
    if not (isinstance(op, CallRuntime) and op.on is None and op.name in RANGED):
        return False
    at = RANGED[op.name][1]
    return op.args[at] is r and not any(a is r for i, a in enumerate(op.args) if i != at)


def _ranges(fn: Function) -> None:
    liveness: Liveness | None = None
    for b in fn.blocks:
        if not any(isinstance(op, CallRuntime) and op.name == PIECE for op in b.ops):
            continue
        if liveness is None:
            liveness = Liveness(fn)
        after: list[set] = []  # the registers live just after each op of b (handlers' included)
        handler_in = liveness.handler_in(b)
        walk_back(b, liveness.live_out(b), handler_in, lambda op, live: after.append(set(live)))
        after.reverse()

        def seen_by_handler(r: Reg, d: int, last: int) -> bool:
            """Whether an op from d to last may raise into a handler that reads r (which is never written now)."""
            return r in handler_in and any(b.ops[k].can_raise() for k in range(d, last + 1))

        pieces: dict[int, list[Reg]] = {}  # index of a piece op -> the registers that keep its str and bounds
        dropped: set[int] = set()  # indexes of the copies between a piece and its splits
        splits: dict[int, list[Reg]] = {}  # index of a split op -> the registers it reads in place of the piece
        for i, op in enumerate(b.ops):
            r = defined(op)
            if not (isinstance(op, CallRuntime) and op.name == PIECE and op.on is None and r is not None):
                continue
            d, chain = i, []
            reads = _reads_until_written(b, d, r)
            while len(reads) == 1 and r not in after[reads[0]] and not seen_by_handler(r, d, reads[0]):  # a copy
                copy = b.ops[reads[0]]
                nxt = defined(copy)
                if not (isinstance(copy, Assign) and copy.src is r and not copy.unbinds and nxt is not None):
                    break
                chain.append(reads[0])
                r, d = nxt, reads[0]
                reads = _reads_until_written(b, d, r)
            if not reads or r in after[reads[-1]] or seen_by_handler(r, d, reads[-1]) \
                    or not all(_is_split_of(b.ops[k], r) for k in reads):
                continue
            held = [new_temp(fn, STR), new_temp(fn, INT), new_temp(fn, INT)]
            pieces[i] = held
            dropped.update(chain)
            for k in reads:
                splits[k] = held
        if not pieces:
            continue
        ops: list[Op] = []
        for k, op in enumerate(b.ops):
            if k in pieces:  # the piece's str and bounds as they are here (a loop's cursor moves on after)
                assert isinstance(op, CallRuntime)
                ops += [Assign(r, v, op.line) for r, v in zip(pieces[k], op.args)]
                continue
            if k in dropped:
                continue
            if k in splits:
                assert isinstance(op, CallRuntime)
                name, at = RANGED[op.name]
                op.name = name
                op.args = op.args[:at] + list(splits[k]) + op.args[at + 1:]
            ops.append(op)
        b.ops = ops


def split_piece_ranges(module: Module) -> Module:
    for fn in module.functions:
        if fn.generator is not None:
            continue
        _ranges(fn)
    return module
