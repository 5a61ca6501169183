"""A piece of a str that is only split, converted by int() or copied into a concatenation is read
where it lies in its str, never made a str of its own.

In: the IR after frame_lists.py (this is the last pass).  Out: the same IR where a
`pyz_str_piece(s, a, b)` (a piece cut by a loop over `s.splitlines()` or `s.split(sep)`, or by
`x, y, z = s.split(sep)`) whose str is read only by splits later in the same block (`pyz_str_split`,
`pyz_str_split_into` into a frame list, `pyz_str_split_count` of a split only measured:
count_split_pieces.py), by `int()` (`pyz_str_to_int`), or as str parts of concatenations
(BuildStr, padded or not: fuse_str_parts.py), directly or through copies each the one read of the
last, is dead after them (ir/liveness.py: no later read, in this block, another or a handler), and
is not read by the block's handler where an op from the piece to its last read may raise
(`n += int(t)` between them, `except ValueError: print(row)`), is gone: the piece op leaves copies
of s, a and b in new registers (so that s, a and b may change in between: a loop's cursor moves
on), and each reader reads the piece's bytes in s (`pyz_str_split_range`, `pyz_str_split_range_into`,
`pyz_str_split_count_range`, `pyz_str_to_int_range`, a BuildStr part with a range).

A piece whose register is written by that op alone and read, in any block, only by such splits
and concatenations is gone too, wherever its reads lie (`_Uses`): a field read after a loop over
another field, or in one branch of an if.

`for row in text.splitlines(): fields = row.split("|")` and `ident, words, score = line.split(";");
parts = words.split(","); out.append(f"{ident:>7}|{score}")` make no str for the pieces.  Splitting
makes no str that is all of the piece unless the piece is all of s (runtime_c/str.c, piece_of), a
concatenation makes a new str either way, and int() reads the digits (a text it refuses is made a
str for its message), so nothing sees the difference; the piece's op cannot raise, and each reader
raises what it raised.  Generators' resume functions are left alone, as the other passes leave them.
"""

from __future__ import annotations

from ..ir.liveness import Liveness, defined, read, walk_back
from ..ir.ops import Assign, Block, BuildStr, CallRuntime, Function, Module, Op, Reg
from ..types.model import INT, STR
from .version_loops import new_temp

PIECE = "pyz_str_piece"
# a split, or int() -> (its form that reads a piece's bytes in place, where the piece is among its arguments)
RANGED = {"pyz_str_split_into": ("pyz_str_split_range_into", 1), "pyz_str_split_count": ("pyz_str_split_count_range", 0),
          "pyz_str_split": ("pyz_str_split_range", 0), "pyz_str_to_int": ("pyz_str_to_int_range", 0)}
STR_PADS = ("", "<", ">", "=")  # BuildStr pads of a str part (passes/fuse_str_parts.py)


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
    """op is a split or an int() (RANGED) of r, which it reads nowhere else."""
    if not (isinstance(op, CallRuntime) and op.on is None and op.name in RANGED):
        return False
    at = RANGED[op.name][1]
    return op.args[at] is r and not any(a is r for i, a in enumerate(op.args) if i != at)


def _is_part_of(op: Op, r: Reg) -> bool:
    """op is a concatenation that reads r only as str parts (padded or not)."""
    if not isinstance(op, BuildStr) or not any(p is r for p in op.parts):
        return False
    return all(p is not r or ((op.pads is None or op.pads[i][:1] in STR_PADS)
                              and (op.ranges is None or op.ranges[i] is None)) for i, p in enumerate(op.parts)) \
        and not any(v is r for rg in op.ranges or () if rg is not None for v in rg)


def _reads_in_place(op: Op, r: Reg) -> bool:
    return _is_split_of(op, r) or _is_part_of(op, r)


def _ranged_split(op: CallRuntime, held: list[Reg]) -> None:
    name, at = RANGED[op.name]
    op.name = name
    op.args = op.args[:at] + list(held) + op.args[at + 1:]


def _ranged_parts(op: BuildStr, r: Reg, held: list[Reg]) -> None:
    if op.pads is None:
        op.pads = [""] * len(op.parts)
    if op.ranges is None:
        op.ranges = [None] * len(op.parts)
    for i, p in enumerate(op.parts):
        if p is r:
            op.parts[i] = held[0]
            op.ranges[i] = (held[1], held[2])


def _read_in_place(op: Op, r: Reg, held: list[Reg]) -> None:
    if isinstance(op, BuildStr):
        _ranged_parts(op, r, held)
    else:
        assert isinstance(op, CallRuntime)
        _ranged_split(op, held)


class _Uses:
    """Where each register of a function is written and read, for a piece read in other blocks than its
    own (`ident, words, score = line.split(";")`, then a loop over `words.split(",")`, then
    `f"{ident:>7}|{score}"` after it).  A register written by one op only, the piece's, and read only
    by splits and concatenations that read it in place, holds at each of those reads the piece that
    op made last, as the registers that keep its str and bounds (written there and nowhere else) do:
    the piece need not be made, wherever its reads lie (text_pipeline: two strs fewer per line)."""

    def __init__(self, fn: Function):
        self.writes: dict[Reg, int] = {}
        self.reads: dict[Reg, list[Op]] = {}
        for b in fn.blocks:
            for op in b.ops:
                w = defined(op)
                if w is not None:
                    self.writes[w] = self.writes.get(w, 0) + 1
                for v in read(op):
                    self.reads.setdefault(v, []).append(op)

    def in_place_only(self, r: Reg) -> list[Op] | None:
        """The ops that read r, when it is written once and they all read it in place; else None."""
        ops = list(dict.fromkeys(self.reads.get(r, [])))  # an op reading r twice is listed once
        if self.writes.get(r) != 1 or not ops or not all(_reads_in_place(op, r) for op in ops):
            return None
        return ops


def _ranges(fn: Function) -> None:
    liveness: Liveness | None = None
    uses: _Uses | None = None
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
        parts: dict[int, list[tuple[Reg, list[Reg]]]] = {}  # index of a BuildStr -> (a piece it reads, its registers)
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
                    or not all(_reads_in_place(b.ops[k], r) for k in reads):
                if uses is None:
                    uses = _Uses(fn)
                elsewhere = uses.in_place_only(r)
                if elsewhere is None:
                    continue
                held = [new_temp(fn, STR), new_temp(fn, INT), new_temp(fn, INT)]
                pieces[i] = held
                dropped.update(chain)
                for op in elsewhere:  # read where it is, by ops of any block
                    _read_in_place(op, r, held)
                continue
            held = [new_temp(fn, STR), new_temp(fn, INT), new_temp(fn, INT)]
            pieces[i] = held
            dropped.update(chain)
            for k in reads:
                if isinstance(b.ops[k], BuildStr):
                    parts.setdefault(k, []).append((r, held))
                else:
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
                _ranged_split(op, splits[k])
            for r, held in parts.get(k, ()):  # the piece's parts: its str's bytes [a, b)
                assert isinstance(op, BuildStr)
                _ranged_parts(op, r, held)
            ops.append(op)
        b.ops = ops


def split_piece_ranges(module: Module) -> Module:
    for fn in module.functions:
        if fn.generator is not None:
            continue
        _ranges(fn)
    return module
