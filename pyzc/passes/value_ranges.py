"""Value ranges: for each int value an op reads or makes, an interval [lo, hi] it is proved to lie in.

In: one ir.Function.  Out: `Ranges`, queried per op and value (`ranges.arg(op, i)`,
`ranges.result(op)`); this module changes nothing.  The passes that use it
(remove_range_checks.py) turn a check that cannot fire into the op without it; the
arbitrary-precision ints (issue 19) can ask the same question: a value whose interval
lies inside int64 needs no promotion path.

How: abstract interpretation over the blocks with one interval per int register
(registers are not SSA: a loop counter is reassigned, so facts are per program
point).  A block's entry state is the join of its predecessors' exit states along
each edge; a Branch on a comparison of ints refines its operands on each edge (`n < 2`
false gives n >= 2 after it), and an edge whose refined interval is empty is never
taken.  Loop heads would climb one step per iteration, so after WIDEN_AFTER visits a
bound that still moves jumps to the int64 limit; the branch refinement at the loop's
test then bounds the counter again inside the body, which is where the checks are.

Soundness rules kept throughout (every check removed must be one that cannot fire):
- Intervals are of Python ints, which have no limit (issue 19): TOP is unbounded, and an op
  whose exact result interval leaves int64 gives TOP.  A value whose interval lies in
  [SMALL_MIN, INT64_MAX] is proved small (runtime_c/int.c): its word is the int itself, so it
  needs no promotion path.  An `int_guard` (passes/guard_big_ints.py) gives its operand's value as
  a C integer (inside int64, since it raises otherwise), `int_norm` its operand's value.
- An op this module does not model gives its destination the whole range, as do
  globals (a call may change them) and parameters at entry.
- The handler of a block (an exception edge) gets the join of the states at every
  point of the block, since any raising op may jump there.
- Functions too large for the analysis to stay cheap are not analysed (all top).

Across functions (interprocedural_ranges): a parameter's interval is the join of every call's argument
(param_ranges; a generator's parameters are its resume function's, given by the GenNew ops that store
them in its frame), and a call's result the join of its callee's returns (return_ranges; a GenGet of a
generator's item, the join of its Yields).  Two facts need more than joins: a parameter that a function
passes to itself as p + k grows without bound in the joins, but the stack bounds how deep the calls go
(recursion_steps, MAX_DEPTH); and what a function that calls itself returns is a guess the function's
body confirms (self_recursive_result).
"""

from __future__ import annotations

from typing import Any

from ..ir.ops import (Assign, Block, Branch, Call, CallRuntime, Const, Function, GenGet, GenNew, GenResume, ListGet, ListSet,
                      Module, NewClosure, NewList, Op, Prim, Reg, Return, Value, Yield)
from ..types.model import BOOL, BYTES, FLOAT, INT, STR, ListT, Prim as PrimType
from .guard_big_ints import INDEX_RESULTS

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
SMALL_MIN = INT64_MIN + 2**60  # runtime_c/int.c: a word below it is a big int (ir/ops.py)
SMALL = (SMALL_MIN, INT64_MAX)
NEG, POS = -(2**128), 2**128  # no int bound (an interval with them is not small)
# a length: each item takes at least a byte and no address space is larger than 2**56 bytes (x86-64
# user space is 2**47, aarch64's 2**52), so lengths, and indices and counters below them, are small
MAX_LEN = 2**56
TOP = (NEG, POS)
WIDEN_AFTER = 1
NARROW_ROUNDS = 2
# visits of a loop head after which every register is widened there, even one its loop does not assign
WIDEN_ALL_AFTER = 12
# Blocks x int registers beyond which a function is left unanalysed (a 100,000-line module body).
MAX_WORK = 4_000_000

Interval = tuple[int, int]
# id(reg) -> interval (a missing int register is TOP); and under FACTS, the relations known (see Facts)
State = dict[int, Any]
FACTS = -1  # never an id()
MAX_FACTS = 64  # beyond this many relations at one point, no new ones are recorded

# comparisons: (a OP b) as (op, swap): gt(a, b) is lt(b, a)
_CMP = {"int_lt": ("lt", False), "int_le": ("le", False), "int_gt": ("lt", True), "int_ge": ("le", True),
        "int_eq": ("eq", False), "int_ne": ("ne", False)}
_CMP.update({name + "_small": how for name, how in list(_CMP.items())})  # the same on small operands
# not (a lt b) is (b le a), and so on: (op, swap the operands)
_NEGATE = {"lt": ("le", True), "le": ("lt", True), "eq": ("eq_not", False), "ne": ("eq", False)}

RANGE_LEN = "pyz_range_len"  # the length of a range(): never negative
SPLIT_COUNT = "pyz_str_split_count"  # a number of pieces of a str (count_split_pieces.py)
# guard_big_ints.py: an int as a C integer (`_nofit`: remove_range_checks.py proved a big one raises)
GUARDS = ("int_guard", "int_guard_index", "int_guard_size", "int_guard_clamp",
          "int_guard_nofit", "int_guard_index_nofit", "int_guard_size_nofit")


def exact(lo: int, hi: int) -> Interval:
    """The exact interval of an int result (ints have no limit): a bound past int64 is no bound."""
    return (lo if lo >= INT64_MIN else NEG, hi if hi <= INT64_MAX else POS)


def clamp(lo: int, hi: int) -> Interval:
    """The exact interval of a result, as an int64 value: out of range means anything."""
    if lo < INT64_MIN or hi > INT64_MAX:
        return TOP
    return (lo, hi)


def within(lo: int, hi: int) -> Interval:
    """The exact interval of a result proved to lie inside int64 (an unchecked op)."""
    lo, hi = max(lo, INT64_MIN), min(hi, INT64_MAX)
    return (lo, hi) if lo <= hi else (INT64_MIN, INT64_MAX)


def fits(lo: int, hi: int) -> bool:
    """Is every int of [lo, hi] small (its word the int itself, runtime_c/int.c)?"""
    return SMALL_MIN <= lo and hi <= INT64_MAX


def small(iv: Interval | None) -> bool:
    return iv is not None and fits(*iv)


def join(a, b):
    if isinstance(a, frozenset):
        return a & b
    return (min(a[0], b[0]), max(a[1], b[1]))


def bitwise_span(a: Interval, b: Interval) -> Interval:
    """An interval holding a & b, a | b and a ^ b: both operands lie in [-2**k, 2**k) for the k of their
    largest bound (bits past bit k - 1 are copies of the sign), and so do the results."""
    if NEG in (a[0], b[0]) or POS in (a[1], b[1]):
        return TOP
    k = max((x if x >= 0 else ~x).bit_length() for x in (*a, *b))
    return exact(-(2**k), 2**k - 1)


def _floordiv_corners(a: Interval, b: Interval) -> tuple[int, int]:
    """Exact bounds of a // b over the rectangle; b must not contain 0 (// is monotone in each
    operand on each side of 0, so the extremes are at the corners)."""
    qs = [x // y for x in a for y in b]
    return min(qs), max(qs)


def is_int(v: Value) -> bool:
    t = v.type
    # t == INT or t == BOOL: the same object (the common case) or another Prim of that name; no other
    # class of type is equal to a Prim, and comparing one with it costs two reflected __eq__ calls
    return t is INT or t is BOOL or t.__class__ is PrimType and t.name in ("int", "bool")


class Ranges:
    """The analysis' answer for one function: the interval of each int argument and result of each op
    (ops it never reached, being unreachable, have no entry: treat them as unknown)."""

    def __init__(self) -> None:
        self.args: dict[int, list[Interval | None]] = {}
        self.results: dict[int, Interval] = {}
        self.index_checks: dict[int, str] = {}  # ListGet/ListSet: "full", "upper" (index >= 0) or "none"
        self.block_out: dict[int, State] = {}  # id(block) -> the state where it ends

    def at_end(self, block: Block, reg: Reg) -> Interval:
        """reg's interval where block ends (its last op done)."""
        st = self.block_out.get(id(block))
        if st is None or reg.is_global:
            return TOP
        return st.get(id(reg), TOP)

    def index_check(self, op: Op) -> str:
        return self.index_checks.get(id(op), "full")

    def arg(self, op: Op, i: int) -> Interval:
        got = self.args.get(id(op))
        if got is None or got[i] is None:
            return TOP
        return got[i]  # type: ignore[return-value]

    def result(self, op: Op) -> Interval:
        return self.results.get(id(op), TOP)


class Analysis:
    def __init__(self, fn: Function, params: list[Interval | None] | None = None,
                 returns: dict[str, Interval] | None = None):
        self.fn = fn
        # what each function returns, over every call (return_ranges): the interval of a Call's result
        self.returns = returns or {}
        # the entry state: each int parameter's interval over every call of fn (param_ranges), if known
        self.seeds: State = entry_seeds(fn, params)
        self.indexes: dict[int, FactIndex] = {}
        # id(block) -> (the entry state of its last walk without ranges, what that walk gave): walk_from
        self.walked: dict[int, tuple[State, tuple[State, State, dict]]] = {}
        # relations serve list indices (and the loop copies made for them), and differences `a - b` where
        # b <= a is known (`3 * i - i // 7`, prim): without list indices, none are kept
        self.track_facts = any(isinstance(op, (ListGet, ListSet)) for b in fn.blocks for op in b.ops)
        # without them, a block's own order facts (walk's `orders`), which cost less
        self.order_subs = not self.track_facts and any(isinstance(op, Prim) and op.op == "int_sub"
                                                       for b in fn.blocks for op in b.ops)

    def index(self, facts: frozenset) -> FactIndex:
        got = self.indexes.get(id(facts))
        if got is None or got.facts is not facts:
            got = self.indexes[id(facts)] = FactIndex(facts)
        return got

    # ---- values
    @staticmethod
    def get(state: State, v: Value) -> Interval:
        if v.__class__ is Reg and not v.is_global and v.type is INT:  # the common case first
            return state.get(id(v), TOP)
        if isinstance(v, Const):
            if isinstance(v.value, bool) or isinstance(v.value, int):
                n = int(v.value)
                return (n, n)
            return TOP
        if v.is_global:
            return TOP
        t = v.type
        if t is BOOL or t is not INT and t == BOOL:
            return state.get(id(v), (0, 1))
        return state.get(id(v), TOP)

    @staticmethod
    def put(state: State, reg: Reg, iv: Interval) -> None:
        if reg.is_global or not is_int(reg):
            return
        if iv == TOP:
            state.pop(id(reg), None)
        else:
            state[id(reg)] = iv

    def transfer(self, op: Op, state: State) -> Interval | None:
        """The interval op gives its int destination (None: it has none, or not an int)."""
        dst = getattr(op, "dst", None)
        if not isinstance(dst, Reg) or not is_int(dst):
            return None
        if isinstance(op, Assign):
            return TOP if op.unbinds else self.get(state, op.src)
        if isinstance(op, Prim):
            return self.prim(op, state)
        if isinstance(op, CallRuntime):
            return self.runtime(op, state)
        if isinstance(op, Call) and op.func in self.returns:
            return self.returns[op.func]
        if isinstance(op, GenGet) and op.what == "item" and items_key(op.resume) in self.returns:
            return self.returns[items_key(op.resume)]
        return (0, 1) if dst.type == BOOL else TOP

    def prim(self, op: Prim, state: State) -> Interval:
        name = op.op
        a = self.get(state, op.args[0]) if op.args else TOP
        b = self.get(state, op.args[1]) if len(op.args) > 1 else TOP
        if name == "int_add_wrap":
            return clamp(a[0] + b[0], a[1] + b[1])
        if name == "int_sub_wrap":
            return clamp(a[0] - b[1], a[1] - b[0])
        # checked ops promote past the small range: the exact result; unchecked ones were proved (by this
        # analysis, or by the builder: a counter below a length) to stay inside int64
        fit = within if name.endswith("_nocheck") else exact
        if name in ("int_add", "int_add_nocheck"):
            return fit(a[0] + b[0], a[1] + b[1])
        if name in ("int_sub", "int_sub_nocheck"):
            lo, hi = fit(a[0] - b[1], a[1] - b[0])
            if hi >= 0 and lo < 0 and _local(op.args[0]) and _local(op.args[1]) \
                    and not_above(state.get(FACTS, frozenset()), id(op.args[1]), id(op.args[0])):
                lo = 0  # b <= a
            return lo, hi
        if name in ("int_mul", "int_mul_nocheck"):
            ps = [x * y for x in a for y in b]
            return fit(min(ps), max(ps))
        if name in ("int_neg", "int_neg_nocheck"):
            return fit(-a[1], -a[0])
        if name in ("int_mod_nz", "int_mod_pos"):
            return self.mod(a, b)
        if name in ("int_floordiv_nz", "int_floordiv_pos"):
            return self.floordiv(a, b)
        if name in ("int_and", "int_and_small"):
            if a[0] >= 0 and b[0] >= 0:
                return (0, min(a[1], b[1]))
            if a[0] >= 0:
                return (0, a[1])
            if b[0] >= 0:
                return (0, b[1])
            return bitwise_span(a, b)
        if name in ("int_or", "int_or_small", "int_xor", "int_xor_small"):
            lo, hi = bitwise_span(a, b)
            if a[0] >= 0 and b[0] >= 0 or name.startswith("int_xor") and a[1] < 0 and b[1] < 0:
                return (0, hi)  # (| of two negatives is negative, as is ^ of a negative and a nonnegative)
            if name.startswith("int_xor") and (a[0] >= 0 and b[1] < 0 or a[1] < 0 and b[0] >= 0):
                return (lo, -1)
            return lo, hi
        if name in ("int_invert", "int_invert_small"):
            return exact(-a[1] - 1, -a[0] - 1)
        if name in GUARDS:  # the value as a C integer (it raised when it does not fit)
            lo, hi = max(a[0], INT64_MIN), min(a[1], INT64_MAX)
            return (lo, hi) if lo <= hi else (INT64_MIN, INT64_MAX)
        if name == "int_norm":  # the same value, as an int word
            return a
        if name in ("int_rshift_k", "int_rshift_k_small"):  # (no bound stays no bound: NEG is not a number)
            if not (b[0] == b[1] and 0 <= b[0] <= 63):
                return TOP
            return (NEG if a[0] == NEG else a[0] >> b[0], POS if a[1] == POS else a[1] >> b[0])
        if name in ("bool_to_int", "bool_not", "int_truth", "bool_and", "bool_or", "bool_xor") or name in _CMP:
            return (0, 1)
        if name in ("container_len", "str_len", "str_bytes", "bytes_len"):
            return (0, MAX_LEN)
        if op.dst is not None and op.dst.type == BOOL:
            return (0, 1)
        return TOP

    @staticmethod
    def mod(a: Interval, b: Interval) -> Interval:
        """Python's a % b: the sign of b, smaller than |b| (no bound when b has none)."""
        if b[0] > 0:
            if a[0] >= 0 and a[1] < b[0]:
                return a  # already reduced
            return (0, POS if b[1] == POS else b[1] - 1)
        if b[1] < 0:
            return (NEG if b[0] == NEG else b[0] + 1, 0)
        return TOP

    @staticmethod
    def floordiv(a: Interval, b: Interval) -> Interval:
        """a // b for b not containing 0.  NEG and POS stand for no bound, not for numbers: a // b of an
        a with no upper bound has none either (when b > 0), however large b is."""
        if not (b[0] > 0 or b[1] < 0):
            return TOP
        lo, hi = exact(*_floordiv_corners((max(a[0], INT64_MIN), min(a[1], INT64_MAX)), b))
        if a[0] == NEG:
            lo, hi = (NEG, hi) if b[0] > 0 else (lo, POS)
        if a[1] == POS:
            lo, hi = (lo, POS) if b[0] > 0 else (NEG, hi)
        return lo, hi

    def runtime(self, op: CallRuntime, state: State) -> Interval:
        if op.on is not None:  # a container's index or count (guard_big_ints.py reads the templates)
            return (-1, INT64_MAX) if op.name in INDEX_RESULTS else TOP
        if op.name == "pyz_int_mod" and len(op.args) == 2:
            return self.mod(self.get(state, op.args[0]), self.get(state, op.args[1]))
        if op.name == "pyz_int_floordiv" and len(op.args) == 2:
            return self.floordiv(self.get(state, op.args[0]), self.get(state, op.args[1]))
        if op.name == RANGE_LEN:
            return (0, INT64_MAX)
        if op.name == SPLIT_COUNT:
            return (0, MAX_LEN)
        return TOP

    # ---- one block
    def walk_from(self, block: Block, entry: State) -> tuple[State, State, dict]:
        """walk(block, a copy of entry, None), or what it gave last time if entry is the same as then: the
        narrowing rounds and the fixed point's last visits walk many blocks again from the state they had.
        (No state is changed once made: walk changes its own copy, the rounds make new ones.)"""
        last = self.walked.get(id(block))
        if last is not None and last[0] == entry:
            return last[1]
        got = self.walk(block, dict(entry), None)
        self.walked[id(block)] = (entry, got)
        return got

    def walk(self, block: Block, state: State, ranges: Ranges | None) -> tuple[State, State, dict]:
        """Run block's ops over state (changed in place).  Returns (the state at its end, the join of
        every state inside it for its handler, the comparisons whose result the branch may test)."""
        # where an exception goes: anything a register of the block is given may be there, so those are
        # TOP, and relations are dropped (handlers are cold; a join after each raising op cost more
        # than the rest of the analysis)
        handler_state = self.handler_entry(block, state)
        # id(bool reg) -> (cmp, a, b): the register holds `a cmp b` for a and b as they are now
        compares: dict[int, tuple[str, Value, Value]] = {}
        # id(guard's result) -> the int word it was made from (guard_big_ints.py), while that holds
        guarded: dict[int, Reg] = {}
        # id(register) -> the order facts its op gave it (order_facts), while they hold: in functions that
        # keep no relations, what proves `a - b >= 0` inside a block
        orders: dict[int, list[tuple]] = {}
        ordered: set[int] = set()  # every id some fact of orders has named (so a register outside it has none)
        for i, op in enumerate(block.ops):
            if ranges is not None:
                self.record(op, state, ranges)
            iv = self.transfer(op, state)
            facts = relations(self, block.ops, i, state) if self.track_facts else None
            dst = getattr(op, "dst", None)
            if self.order_subs and isinstance(dst, Reg):
                if iv is not None and iv[0] < 0 <= iv[1] and isinstance(op, Prim) \
                        and op.op in ("int_sub", "int_sub_nocheck") and _local(op.args[0]) and _local(op.args[1]) \
                        and not_above(frozenset(f for fs in orders.values() for f in fs), id(op.args[1]), id(op.args[0])):
                    iv = (0, iv[1])
                d = id(dst)
                if d in ordered:  # (every key of orders is named by its own facts)
                    for k in [k for k, fs in orders.items() if k == d or any(d in f[1:] for f in fs)]:
                        del orders[k]
                if is_int(dst) and not dst.is_global and (isinstance(op, Prim) or isinstance(op, CallRuntime)
                                                          and op.on is None) \
                        and len(op.args) == 2 and dst not in op.args:
                    got = order_facts(self, op, state, id(dst))
                    if got:
                        orders[id(dst)] = got
                        ordered.update(x for f in got for x in f[1:])
                elif isinstance(op, Assign) and not op.unbinds and is_int(dst) and not dst.is_global \
                        and _local(op.src) and op.src is not dst:
                    orders[id(dst)] = [("le", id(dst), id(op.src)), ("le", id(op.src), id(dst))]  # a copy
                    ordered.update((id(dst), id(op.src)))
            if isinstance(dst, Reg):
                if guarded:
                    for k in [k for k, w in guarded.items() if k == id(dst) or w is dst]:
                        del guarded[k]
                # the op's value is made from its operands as they were: record before forgetting them
                new_cmp = None
                if isinstance(op, Prim) and op.op in _CMP and dst.type == BOOL and len(op.args) == 2 \
                        and dst not in op.args:
                    new_cmp = (op.op, op.args[0], op.args[1])
                elif isinstance(op, Prim) and op.op == "bool_not" and isinstance(op.args[0], Reg) \
                        and id(op.args[0]) in compares and dst is not op.args[0]:
                    inner = compares[id(op.args[0])]
                    new_cmp = ("not", inner, None)  # type: ignore[assignment]
                # a register redefined: comparisons over its old value no longer hold
                if compares:
                    for k in [k for k, c in compares.items() if k == id(dst) or _mentions(c, dst)]:
                        del compares[k]
                if new_cmp is not None:
                    compares[id(dst)] = new_cmp
                if iv is not None:
                    self.put(state, dst, iv)
                    if ranges is not None:
                        ranges.results[id(op)] = iv
                else:
                    state.pop(id(dst), None)
            if facts is not None:
                state[FACTS] = facts
            if isinstance(op, Prim) and op.op in GUARDS and isinstance(dst, Reg) and isinstance(op.args[0], Reg) \
                    and op.args[0] is not dst:
                guarded[id(dst)] = op.args[0]
            if isinstance(op, (ListGet, ListSet)) and isinstance(op.index, Reg):
                # past a list index that did not raise, the index is within the list's length
                for r in (op.index, guarded.get(id(op.index))):
                    if r is not None and not r.is_global and is_int(r):
                        lo, hi = self.get(state, r)
                        if max(lo, -MAX_LEN) <= min(hi, MAX_LEN):
                            self.put(state, r, (max(lo, -MAX_LEN), min(hi, MAX_LEN)))
        return state, handler_state, compares

    @staticmethod
    def handler_entry(block: Block, state: State) -> State:
        if block.handler is None:
            return {}
        defined = {id(getattr(op, "dst")) for op in block.ops if isinstance(getattr(op, "dst", None), Reg)}
        return {k: v for k, v in state.items() if k != FACTS and k not in defined}

    def record(self, op: Op, state: State, ranges: Ranges) -> None:
        """The intervals of op's int operands, and what its list index needs checked, before it runs."""
        uses = getattr(op, "args", None)
        if isinstance(op, (Prim, CallRuntime)) and uses:
            ranges.args[id(op)] = [self.get(state, a) if is_int(a) else None for a in uses]
        elif isinstance(op, Assign):
            ranges.args[id(op)] = [self.get(state, op.src) if is_int(op.src) else None]
        else:
            ranges.args[id(op)] = [self.get(state, a) if is_int(a) else None for a in op.uses()]
        if isinstance(op, (ListGet, ListSet)) and is_int(op.index):
            lo = self.get(state, op.index)[0]
            if lo < 0:
                ranges.index_checks[id(op)] = "full"
            elif isinstance(op.index, Const) and _local(op.lst) and any(
                    f[0] == "minlen" and f[1] == id(op.lst) and f[2] > op.index.value for f in state.get(FACTS, ())):
                ranges.index_checks[id(op)] = "none"
            elif isinstance(op.index, Reg) and isinstance(op.lst, Reg) and not op.lst.is_global \
                    and below_len(state.get(FACTS, frozenset()), key_of(op.index), ("len", id(op.lst))):
                ranges.index_checks[id(op)] = "none"
            else:
                ranges.index_checks[id(op)] = "upper"

    def refine(self, state: State, cmp, taken: bool) -> State | None:
        """state on the edge where cond (`a cmp b`) is `taken`; None when that edge cannot be taken."""
        if cmp[0] == "not":
            return self.refine(state, cmp[1], not taken)
        name, a, b = cmp
        rel, swap = _CMP[name]
        if swap:
            a, b = b, a
        if not taken:
            rel, swap2 = _NEGATE[rel]
            if swap2:
                a, b = b, a
        x, y = self.get(state, a), self.get(state, b)
        if rel == "lt":
            x, y = (x[0], min(x[1], y[1] - 1)), (max(y[0], x[0] + 1), y[1])
        elif rel == "le":
            x, y = (x[0], min(x[1], y[1])), (max(y[0], x[0]), y[1])
        elif rel == "eq":
            x = y = (max(x[0], y[0]), min(x[1], y[1]))
        elif rel in ("ne", "eq_not"):
            if y[0] == y[1]:
                x = (x[0] + (x[0] == y[0]), x[1] - (x[1] == y[0]))
            if x[0] == x[1]:
                y = (y[0] + (y[0] == x[0]), y[1] - (y[1] == x[0]))
        if x[0] > x[1] or y[0] > y[1]:
            return None
        out = dict(state)
        for v, iv in ((a, x), (b, y)):
            if isinstance(v, Reg) and is_int(v) and not v.is_global:
                self.put(out, v, iv)
        if _local(a) and _local(b) and rel in ("lt", "le", "eq"):
            facts = set(out.get(FACTS, frozenset()))
            if len(facts) < MAX_FACTS:
                if rel == "eq":
                    facts |= {("le", id(a), id(b)), ("le", id(b), id(a))}
                else:
                    facts.add((rel, id(a), id(b)))
                if rel == "lt":
                    self.range_items(out, facts, a, b)
                out[FACTS] = frozenset(facts)
        return out

    def range_items(self, out: State, facts: set, idx: Reg, end: Reg) -> None:
        """On the edge where idx < end holds for a range loop's count: its item is in [start, stop).
        (Each fact only narrows, so the order the set gives them in does not change the result.)"""
        for f in [f for f in facts if f[0] == "range" and f[2] == id(idx) and f[3] == id(end)]:
            cur, stop, start_lo = f[1], f[4], f[6][1]
            stop_hi = stop[1] if isinstance(stop, tuple) else out.get(stop, TOP)[1]
            lo, hi = out.get(cur, TOP)
            if max(lo, start_lo) <= min(hi, stop_hi - 1):  # else the edge is never taken: keep what holds
                out[cur] = (max(lo, start_lo), min(hi, stop_hi - 1))
            if not isinstance(stop, tuple):
                facts.add(("lt", cur, stop))

    # ---- the fixed point
    def run(self) -> Ranges:
        fn = self.fn
        ranges = Ranges()
        n_int = sum(1 for r in fn.regs if is_int(r))
        if not fn.blocks or len(fn.blocks) * max(n_int, 1) > MAX_WORK:
            return ranges
        entry: dict[int, State] = {id(fn.blocks[0]): dict(self.seeds)}
        visits: dict[int, int] = {}
        work = [fn.blocks[0]]
        queued = {id(fn.blocks[0])}
        order = {id(b): i for i, b in enumerate(fn.blocks)}
        heads = loop_heads(fn.blocks[0])
        assigned = loop_assigned(fn, heads)
        widened = False
        while work:
            # lowest block first: loop bodies settle before the code after the loop
            work.sort(key=lambda b: -order.get(id(b), 0))
            block = work.pop()
            queued.discard(id(block))
            out, at_handler, compares = self.walk_from(block, entry[id(block)])
            for succ, st in self.edges(block, out, at_handler, compares):
                old = entry.get(id(succ))
                if old is None:
                    new = st
                else:
                    new = _join_states(old, st)
                    visits[id(succ)] = visits.get(id(succ), 0) + 1
                    if id(succ) in heads and visits[id(succ)] > WIDEN_AFTER:
                        # only what the loop changes: a register it does not assign (the index of an
                        # outer loop) grows only when an enclosing loop's head, widened itself, lets it
                        new = _widen(old, new, None if visits[id(succ)] > WIDEN_ALL_AFTER else assigned[id(succ)])
                        widened = True
                    if new == old:
                        continue
                entry[id(succ)] = new
                if id(succ) not in queued:
                    queued.add(id(succ))
                    work.append(succ)
        for _ in range(NARROW_ROUNDS if widened else 0):  # without widening there is nothing to take back
            entry = self.narrow(entry)
        for block in fn.blocks:
            if id(block) in entry:
                ranges.block_out[id(block)] = self.walk(block, dict(entry[id(block)]), ranges)[0]
        return ranges

    def narrow(self, entry: dict[int, State]) -> dict[int, State]:
        """One descending step from the fixed point: each entry state recomputed from its predecessors'
        without widening.  Starting from a sound (post-fixed) point this stays sound, and it takes
        back what widening gave away when a loop's body bounds the value again (`acc = (...) % m`)."""
        fn = self.fn
        new: dict[int, State] = {id(fn.blocks[0]): dict(self.seeds)}
        for block in fn.blocks:
            if id(block) not in entry:
                continue
            out, at_handler, compares = self.walk_from(block, entry[id(block)])
            for succ, st in self.edges(block, out, at_handler, compares):
                old = new.get(id(succ))
                new[id(succ)] = st if old is None else _join_states(old, st)
        return new

    def edges(self, block: Block, out: State, at_handler: State, compares: dict):
        if block.handler is not None and any(op.can_raise() for op in block.ops):
            yield block.handler, at_handler
        if not block.ops:
            return
        term = block.ops[-1]
        if isinstance(term, Branch):
            cmp = compares.get(id(term.cond)) if isinstance(term.cond, Reg) else None
            if isinstance(term.cond, Const):
                yield (term.then if term.cond.value else term.else_), out
                return
            for succ, taken in ((term.then, True), (term.else_, False)):
                st = out if cmp is None else self.refine(out, cmp, taken)
                if st is not None:
                    yield succ, st
        else:
            for succ in block.successors():
                if succ is not block.handler:
                    yield succ, out


def loop_heads(entry: Block) -> dict[int, list[Block]]:
    """The blocks a back edge enters (found by depth-first search), by id, each with the sources of its
    back edges: widening happens only there, so the intervals refined by a loop's test stay exact
    inside its body."""
    heads: dict[int, list[Block]] = {}
    on_stack: set[int] = set()
    done: set[int] = set()
    stack = [(entry, iter(entry.successors()))]
    on_stack.add(id(entry))
    while stack:
        block, succs = stack[-1]
        for s in succs:
            if id(s) in on_stack:
                heads.setdefault(id(s), []).append(block)
            elif id(s) not in done:
                on_stack.add(id(s))
                stack.append((s, iter(s.successors())))
                break
        else:
            stack.pop()
            on_stack.discard(id(block))
            done.add(id(block))
    return heads


def loop_assigned(fn: Function, heads: dict[int, list[Block]]) -> dict[int, set[int]]:
    """For each loop head: the ids of the registers the ops of its loop assign (op.dst): the
    natural loop of its back edges, the blocks that reach a back edge's source without passing the head."""
    preds: dict[int, list[Block]] = {}
    for b in fn.blocks:
        for s in b.successors():
            preds.setdefault(id(s), []).append(b)
    out: dict[int, set[int]] = {}
    for h, sources in heads.items():
        body: dict[int, Block] = {}
        work = list(sources)
        while work:
            b = work.pop()
            if id(b) in body or id(b) == h:
                continue
            body[id(b)] = b
            work.extend(p for p in preds.get(id(b), []) if id(p) not in body)
        regs: set[int] = set()
        for b in body.values():
            for op in b.ops:
                dst = getattr(op, "dst", None)
                if isinstance(dst, Reg):
                    regs.add(id(dst))
        for op in next((b for b in fn.blocks if id(b) == h)).ops:  # the head's own ops too
            dst = getattr(op, "dst", None)
            if isinstance(dst, Reg):
                regs.add(id(dst))
        out[h] = regs
    return out


def _mentions(cmp, reg: Reg) -> bool:
    if cmp[0] == "not":
        return _mentions(cmp[1], reg)
    return cmp[1] is reg or cmp[2] is reg


def _join_states(a: State, b: State) -> State:
    """Registers missing from either side are TOP, so only those in both stay."""
    return {k: join(a[k], b[k]) for k in a.keys() & b.keys()}



def _widen_interval(old: Interval, new: Interval) -> Interval:
    """new, its bounds that moved past old's widened: first to the small range's, then to none."""
    (olo, ohi), (lo, hi) = old, new
    lo = (SMALL_MIN if olo >= SMALL_MIN and lo >= SMALL_MIN else NEG) if lo < olo else lo
    hi = (INT64_MAX if ohi <= INT64_MAX and hi <= INT64_MAX else POS) if hi > ohi else hi
    return lo, hi


def _widen(old: State, new: State, only: set[int] | None = None) -> State:
    """new with the bounds that moved since old widened: of every register, or of those in only."""
    out: State = {}
    for k, iv in new.items():
        if k not in old:
            continue
        if k == FACTS or (only is not None and k not in only):  # facts: already the intersection with old's
            out[k] = iv
            continue
        lo, hi = _widen_interval(old[k], iv)
        if (lo, hi) != TOP:
            out[k] = (lo, hi)
    return out


def entry_params(fn: Function) -> list[Reg]:
    """The registers a function's callers give it: a generator's resume function is given the generator
    function's parameters (its frame, stored by GenNew, loaded by the first resume), not its one C parameter."""
    return fn.generator.params if fn.generator is not None else fn.params


def items_key(resume: str) -> str:
    """The key, among return ranges, of the interval of the items a generator's resume function yields
    (a space is in no function's name)."""
    return resume + " items"


def entry_seeds(fn: Function, params: list[Interval | None] | None) -> State:
    """The state at fn's entry that params (an interval or None per parameter) give: its int parameters' bounds."""
    return {id(p): iv for p, iv in zip(entry_params(fn), params or []) if iv is not None
            and iv != TOP and is_int(p) and not p.is_global}


class RangesMemo:
    """The answers of value_ranges over a module no pass changes meanwhile (remove_range_checks: the rounds
    of param_ranges and return_ranges analyse most functions several times, mostly with the same inputs).
    An analysis reads only its function, the bounds its params give at entry and, of returns, the entries of
    the functions it calls (Call) and of the generators whose items it reads (GenGet): two runs that agree
    on those give the same Ranges.  Valid while no function it has seen is changed."""

    def __init__(self) -> None:
        self.got: dict[tuple, tuple[Function, Ranges]] = {}
        self.reads: dict[int, list[str]] = {}  # id(fn) -> the keys of returns its analysis reads

    def ranges(self, fn: Function, params: list[Interval | None] | None, returns: dict[str, Interval] | None) -> Ranges:
        reads = self.reads.get(id(fn))
        if reads is None:
            reads = self.reads[id(fn)] = sorted(
                {op.func for b in fn.blocks for op in b.ops if isinstance(op, Call)}
                | {items_key(op.resume) for b in fn.blocks for op in b.ops if isinstance(op, GenGet) and op.what == "item"})
        returns = returns or {}
        key = (id(fn), tuple(entry_seeds(fn, params).items()), tuple(returns.get(name) for name in reads))
        hit = self.got.get(key)
        if hit is not None and hit[0] is fn:
            return hit[1]
        got = Analysis(fn, params, returns).run()
        self.got[key] = (fn, got)
        return got


def value_ranges(fn: Function, params: list[Interval | None] | None = None,
                 returns: dict[str, Interval] | None = None, memo: RangesMemo | None = None) -> Ranges:
    """The ranges of fn; params: an interval for each parameter that holds at every entry (param_ranges);
    returns: an interval for what each function returns (return_ranges); memo: answers of earlier runs
    over the same, unchanged functions."""
    if memo is not None:
        return memo.ranges(fn, params, returns)
    return Analysis(fn, params, returns).run()


def interprocedural_ranges(module: Module, memo: RangesMemo | None = None) -> tuple[dict[str, list[Interval | None]], dict[str, Interval]]:
    """The intervals of the parameters (param_ranges) and of the results (return_ranges) of the module's
    functions, each computed from the other (ROUNDS_WITH_RETURNS times): `acc = combine(acc, i)`, where
    combine returns `x % 1_000_003`, gives combine's acc in [0, 1_000_002].  Every step uses intervals that hold, so
    stopping after two leaves them all sound, only less exact than a fixed point might."""
    returns: dict[str, Interval] = {}
    params = param_ranges(module, returns, memo)
    for _ in range(ROUNDS_WITH_RETURNS):
        returns = return_ranges(module, params, returns, memo)
        if not returns:
            break
        params = param_ranges(module, returns, memo)
    return params, returns


def return_ranges(module: Module, params: dict[str, list[Interval | None]],
                  returns: dict[str, Interval], memo: RangesMemo | None = None) -> dict[str, Interval]:
    """For each function returning an int: the join of the intervals of its Return ops' values, given
    intervals that hold for its parameters and for what the functions it calls return."""
    out: dict[str, Interval] = {}
    known = dict(returns)  # grows as callees are done: each entry holds, so using it at once is sound
    for f in callees_first(module):
        # a generator's items (GenGet of "item" reads what its last Yield stored), else the function's result
        gives, key = (Yield, items_key(f.name)) if f.generator is not None else (Return, f.name)
        if (f.generator.item if f.generator is not None else f.return_type) != INT:
            continue

        def given() -> Interval | None:
            ranges = value_ranges(f, params.get(f.name), known, memo)
            got: Interval | None = None
            for b in f.blocks:
                for op in b.ops:
                    if isinstance(op, gives) and op.value is not None and id(op) in ranges.args:
                        iv = ranges.args[id(op)][0] or TOP
                        got = iv if got is None else join(got, iv)
            return got

        if key == f.name and key not in known and any(isinstance(op, Call) and op.func == f.name
                                                      for b in f.blocks for op in b.ops):
            got = self_recursive_result(f.name, known, given)
        else:
            got = given()
        if got is not None and got != TOP:
            out[key] = known[key] = got
    return out


RETURN_ROUNDS = 6  # guesses of a self-recursive function's result (the last ones widened)


def self_recursive_result(name: str, known: dict[str, Interval], given) -> Interval | None:
    """What a function that calls itself returns (fib: [0, POS], so `fib(n - 1) + fib(n - 2)` adds values
    >= 0): guesses G, each the widened join of the last and of what the function returns when its own calls
    give G, until what it returns lies in G.  Such a G holds (by induction on the depth of the calls that
    return), so it is kept; after RETURN_ROUNDS guesses nothing is."""
    guess: Interval = (0, 0)
    for k in range(RETURN_ROUNDS):
        known[name] = guess
        got = given()
        del known[name]
        if got is None:
            return None  # no return reached
        if guess[0] <= got[0] and got[1] <= guess[1]:
            return guess
        new = join(guess, got)
        guess = _widen_interval(guess, new) if k >= 2 else new
    return None


def callees_first(module: Module) -> list[Function]:
    """The module's functions, each after the functions it calls (depth first; a cycle is cut anywhere)."""
    by_name = {f.name: f for f in module.functions}
    order: list[Function] = []
    seen: set[str] = set()
    for root in module.functions:
        if root.name in seen:
            continue
        seen.add(root.name)
        stack = [(root, iter([op.func for b in root.blocks for op in b.ops if isinstance(op, Call)]))]
        while stack:
            f, callees = stack[-1]
            for name in callees:
                if name in by_name and name not in seen:
                    seen.add(name)
                    g = by_name[name]
                    stack.append((g, iter([op.func for b in g.blocks for op in b.ops if isinstance(op, Call)])))
                    break
            else:
                stack.pop()
                order.append(f)
    return order


ROUNDS_WITH_RETURNS = 1  # return_ranges then param_ranges again (each round costs as much as the first)
PARAM_ROUNDS = 3  # rounds of param_ranges before a bound that still moves is widened away
WIDEN_ROUNDS = 6  # rounds after those: each bound widens twice (to int64, then away), one function a round


# Recursion is bounded by the stack: every function on a call-graph cycle tests its frame's address at entry
# (mark_recursion.py) and so can raise, so each of its calls is followed by a test of the pending exception
# and is never a tail call: each active call of it holds a frame of its own, at least 8 bytes (the return
# address, or the saved link register), on a stack no larger than the address space (2**57 bytes on any
# target).  So fewer than 2**54 calls of a function can be active at once; MAX_DEPTH leaves room for clang
# inlining a level or two into one frame.
MAX_DEPTH = 2**56
MAX_STEP = 8  # |k| of the p + k a self-call may pass (beyond it the bound is no use: the interval is not small)


def recursion_steps(f: Function) -> dict[int, int]:
    """The int parameters p of f (by position) that every call f makes of itself passes as p + k, for
    constants |k| <= MAX_STEP, p never assigned in f (nqueens' `solve(n, row + 1, ...)`): position -> the
    largest |k|.  Such a p lies within k * MAX_DEPTH of what the calls of f from other functions give it."""
    if f.generator is not None:
        return {}
    self_calls = [op for b in f.blocks for op in b.ops if isinstance(op, Call) and op.func == f.name]
    if not self_calls:
        return {}
    defs: dict[int, list[Op]] = {}
    for b in f.blocks:
        for op in b.ops:
            dst = getattr(op, "dst", None)
            if isinstance(dst, Reg):
                defs.setdefault(id(dst), []).append(op)
            if isinstance(op, Prim) and op.op == "str_next" and isinstance(op.args[1], Reg):  # (written in place)
                defs.setdefault(id(op.args[1]), []).append(op)

    def step(v: Value, p: Reg, hops: int = 0) -> int | None:
        """k where v is always p + k in f, else None."""
        if v is p:
            return 0
        made = defs.get(id(v), []) if isinstance(v, Reg) and not v.is_global else []
        if len(made) != 1 or hops > 4:
            return None
        op = made[0]
        if isinstance(op, Assign) and not op.unbinds:
            return step(op.src, p, hops + 1)
        if isinstance(op, Prim) and op.op in ("int_add", "int_sub") and len(op.args) == 2:
            x, c = op.args
            if op.op == "int_add" and isinstance(x, Const):
                x, c = c, x
            if isinstance(c, Const) and type(c.value) is int and abs(c.value) <= MAX_STEP:
                inner = step(x, p, hops + 1)
                return None if inner is None else inner + (c.value if op.op == "int_add" else -c.value)
        return None

    out: dict[int, int] = {}
    for i, p in enumerate(f.params):
        if not is_int(p) or p.is_global or id(p) in defs:
            continue
        ks = [k for k in (step(op.args[i], p) for op in self_calls if i < len(op.args)) if k is not None]
        if len(ks) == len(self_calls):
            out[i] = max(abs(k) for k in ks)
    return out


def open_functions(module: Module) -> set[str]:
    """Functions entered other than by a Call op of the IR (from C: the module's body, exports, item ops
    and printers of classes, generators' resume functions, closures): their parameters may be anything."""
    names = {f.name for f in module.functions}
    out = {module.main} | {e.func for e in module.exports} | set(module.elem_ops.values())
    out |= {f.name for f in module.functions if f.generator is not None}

    def strings(x, depth=0):
        if isinstance(x, str):
            if x in names:
                out.add(x)
        elif depth < 4 and isinstance(x, (list, tuple, set, frozenset)):
            for y in x:
                strings(y, depth + 1)
        elif depth < 4 and isinstance(x, dict):
            for y in x.values():
                strings(y, depth + 1)
        elif depth < 2 and hasattr(x, "__dict__"):
            for y in vars(x).values():
                strings(y, depth + 1)
    strings(module.classes)
    for f in module.functions:
        for b in f.blocks:
            for op in b.ops:
                if isinstance(op, NewClosure):
                    out.add(op.func)
                elif isinstance(op, (GenNew, GenGet)):
                    out.add(op.resume)
                elif isinstance(op, GenResume):
                    out.update(op.targets)
    return out


def param_ranges(module: Module, returns: dict[str, Interval] | None = None,
                 memo: RangesMemo | None = None) -> dict[str, list[Interval | None]]:
    """For each function only the program's Call ops enter, an interval for each int parameter that
    every call's argument lies in (interprocedural: `fib(n - 1)` under `n >= 2`, called with 30, gives
    n in [0, 30]).  Rounds of the analysis over the callers, widening bounds that still move after
    PARAM_ROUNDS, then one round without widening to take back what widening gave away."""
    closed = {f.name: f for f in module.functions if f.generator is None and any(is_int(p) for p in f.params)}
    for name in open_functions(module):
        closed.pop(name, None)
    # a generator's resume function is entered from C, but the parameters it starts from are those each
    # GenNew stored in the frame (nothing else makes one): GenNew is its call
    closed.update((f.name, f) for f in module.functions
                  if f.generator is not None and any(is_int(p) for p in f.generator.params))
    if not closed:
        return {}

    def enters(op: Op) -> str | None:
        """The closed function op gives its parameters to, if any."""
        if isinstance(op, Call) and op.func in closed and closed[op.func].generator is None:
            return op.func
        if isinstance(op, GenNew) and op.resume in closed:
            return op.resume
        return None

    callers = [f for f in module.functions if any(enters(op) for b in f.blocks for op in b.ops)]
    seeds: dict[str, list[Interval | None]] = {}
    steps = {f.name: recursion_steps(f) for f in closed.values()}

    def one_round() -> tuple[dict[str, list], dict[str, list]]:
        """Each closed function some analysed caller calls: the join of its calls' arguments, and the
        same over its calls from other functions."""
        got: dict[str, list] = {}
        entered: dict[str, list] = {}
        for f in callers:
            if f.name in closed and f.name not in seeds:
                continue  # not called from anything analysed yet: its calls give nothing so far
            ranges = value_ranges(f, seeds.get(f.name), returns, memo)
            for b in f.blocks:
                for op in b.ops:
                    callee = enters(op)
                    if callee is None or id(op) not in ranges.args:  # (not reached: gives nothing)
                        continue
                    assert isinstance(op, (Call, GenNew))
                    row = got.setdefault(callee, [None] * len(entry_params(closed[callee])))
                    outer = entered.setdefault(callee, [None] * len(row))
                    for i, a in enumerate(op.args):
                        iv = ranges.arg(op, i) if is_int(a) else None
                        if iv is not None and i < len(row):
                            row[i] = iv if row[i] is None else join(row[i], iv)
                            if callee != f.name:
                                outer[i] = iv if outer[i] is None else join(outer[i], iv)
        return got, entered

    def by_depth(got: dict[str, list], entered: dict[str, list]) -> dict[str, list]:
        """A parameter a self-call passes as p + k lies within k * MAX_DEPTH of what other calls give it:
        where the join grows with each round (`row + 1`), that bound stops it."""
        for name, row in got.items():
            for i, k in steps[name].items():
                ext, iv = entered[name][i], row[i]
                if ext is not None and iv is not None:
                    lo, hi = exact(ext[0] - k * MAX_DEPTH, ext[1] + k * MAX_DEPTH)
                    if max(lo, iv[0]) <= min(hi, iv[1]):
                        row[i] = (max(lo, iv[0]), min(hi, iv[1]))
        return got

    for k in range(PARAM_ROUNDS + WIDEN_ROUNDS):
        got, entered = one_round()
        if k >= PARAM_ROUNDS:  # widen: a bound that moved goes (from the join with the last round's, so
            for name, row in got.items():  # that bounds only move out and the rounds end)
                old = seeds.get(name, [None] * len(row))
                for i, iv in enumerate(row):
                    before = old[i]
                    if iv is not None and before is not None:
                        row[i] = _widen_interval(before, join(before, iv))
        got = by_depth(got, entered)
        if got == seeds:
            break
        seeds = got
    else:
        return {}  # no fixed point: nothing is known
    return {name: [iv if iv is not None else TOP for iv in row] for name, row in by_depth(*one_round()).items()}


# ---- relations between values: what a list index is below
# The facts a state holds under FACTS, each a tuple:
#   ("lt", a, b) / ("le", a, b): a < b / a <= b, for keys a, b: id(int register) or ("len", id(list register))
#   ("expr", op, k1, k2, r): register r holds op(k1, k2) (k1 an id, k2 ("c", constant): `n + 1`), for value
#       numbering
#   ("nonempty", l): list register l holds at least one item
#   ("minlen", l, m): list register l holds at least m items (xs[m - 1] has run)
#   ("range", cur, idx, end, stop, step, ("n", start_lo)): a range loop (ir/build_iteration.py's counted
#       cursor) with step > 0: while idx < end, cur is an item of range(start, stop, step), so
#       start_lo <= cur < stop
# A fact goes when a register it names is assigned; every ("len", ...) fact goes at any op that might
# change a list's length (a call of the program's, a runtime call given anything but scalars), and so
# does every ("nonempty", ...) and ("minlen", ...) fact.
SCALARS = (INT, FLOAT, BOOL, STR, BYTES)
EXPR_OPS = {"int_add": "add", "int_add_nocheck": "add", "int_sub": "sub", "int_sub_nocheck": "sub",
            "int_mul": "mul", "int_mul_nocheck": "mul"}


def key_of(v: Value):
    if isinstance(v, Const):
        return ("c", v.value)
    return id(v)


def _fact_mentions(fact: tuple, rid: int) -> bool:
    return any(e == rid or e == ("len", rid) for e in fact[1:])


def _local(v: Value) -> bool:
    return isinstance(v, Reg) and not v.is_global


def resizes_lists(op: Op) -> bool:
    """May op change the length of some list?  Calls of the program's functions and generators may;
    a runtime call may only if it is handed something other than scalars."""
    if isinstance(op, (Call, GenResume, Yield)):
        return True
    if isinstance(op, CallRuntime):
        return op.on is not None or any(a.type not in SCALARS for a in op.args)
    return False


class FactIndex:
    """What a set of facts mentions, computed once per set (sets are shared between states)."""
    __slots__ = ("facts", "ids", "lists", "exprs")

    def __init__(self, facts: frozenset):
        self.facts = facts
        self.ids: set[int] = set()  # registers named (list registers as themselves)
        self.lists = False  # some fact would go if a list were resized
        self.exprs: dict[tuple, list[int]] = {}
        self.add(facts)

    def extended(self, facts: frozenset, new: list[tuple]) -> "FactIndex":
        """The index of facts, which are self's and new."""
        out = FactIndex(frozenset())
        out.facts, out.ids, out.lists = facts, set(self.ids), self.lists
        out.exprs = {k: list(v) for k, v in self.exprs.items()}
        out.add(new)
        return out

    def add(self, facts) -> None:
        for f in facts:
            if f[0] in ("nonempty", "minlen"):
                self.lists = True
            if f[0] == "expr":
                self.exprs.setdefault(f[1:4], []).append(f[4])
            for e in f[1:]:
                if type(e) is int:
                    self.ids.add(e)
                elif isinstance(e, tuple) and e[0] == "len":
                    self.ids.add(e[1])
                    self.lists = True


def relations(an: "Analysis", ops: list, i: int, state: State) -> frozenset | None:
    """The facts after ops[i], given state before it; None when they are unchanged."""
    op = ops[i]
    old: frozenset = state.get(FACTS, frozenset())
    dst = getattr(op, "dst", None)
    kill_lists = resizes_lists(op)
    seen = indexed_len(op)
    if not isinstance(dst, Reg) and not kill_lists and seen is None:
        return None
    index = an.index(old)
    if seen is not None and seen not in old and len(old) < MAX_FACTS and not isinstance(dst, Reg):
        out_facts = old | {seen}
        an.indexes[id(out_facts)] = index.extended(out_facts, [seen])
        return out_facts
    kill_lists = kill_lists and index.lists
    new: list[tuple] = []
    if isinstance(dst, Reg) and not dst.is_global and len(old) < MAX_FACTS:
        new = made_facts(an, ops, i, state, index)
    kill_dst = isinstance(dst, Reg) and id(dst) in index.ids
    if seen is not None and not (kill_dst and _fact_mentions(seen, id(dst))):
        new.append(seen)
    if not kill_lists and not kill_dst:
        if not new:
            return None
        out_facts = old | frozenset(new)
        an.indexes[id(out_facts)] = index.extended(out_facts, new)
        return out_facts
    keep_range_for = None  # the cursor's own steps keep its range fact
    if isinstance(op, Prim) and isinstance(dst, Reg) and op.args and op.args[0] is dst:
        if op.op == "int_add_wrap":
            keep_range_for = ("cur", id(dst), key_of(op.args[1]))
        elif op.op == "int_add_nocheck" and isinstance(op.args[1], Const) and op.args[1].value == 1:
            keep_range_for = ("idx", id(dst), None)
    out = set()
    for f in old:
        if kill_lists and (f[0] in ("nonempty", "minlen") or any(isinstance(e, tuple) and e[0] == "len" for e in f[1:])):
            continue
        if kill_dst and _fact_mentions(f, id(dst)):
            if f[0] == "range" and keep_range_for is not None and _keeps(f, keep_range_for):
                out.add(f)
            continue
        out.add(f)
    out.update(new)
    return frozenset(out)


def indexed_len(op: Op) -> tuple | None:
    """After xs[k] (k a constant >= 0) has run, xs has more than k items: ("minlen", xs, k + 1)."""
    if isinstance(op, (ListGet, ListSet)) and isinstance(op.index, Const) and isinstance(op.index.value, int) \
            and not isinstance(op.index.value, bool) and op.index.value >= 0 and _local(op.lst):
        return ("minlen", id(op.lst), op.index.value + 1)
    return None


def _keeps(f: tuple, keep: tuple) -> bool:
    what, rid, step = keep
    if what == "cur":
        return f[1] == rid and f[5] == step and f[2] != rid and f[3] != rid
    return f[2] == rid and f[1] != rid and f[3] != rid


def made_facts(an: "Analysis", ops: list, i: int, state: State, index: FactIndex) -> list[tuple]:
    """The facts op (ops[i]) establishes about its destination."""
    op = ops[i]
    dst: Reg = op.dst
    d = id(dst)
    out: list[tuple] = []
    old = index.facts
    # a copy: an assignment, or an int as a C integer or back as a word (the same value; a guard that
    # does not raise gives its operand's value)
    copied = op.src if isinstance(op, Assign) and not op.unbinds else \
        op.args[0] if isinstance(op, Prim) and (op.op in GUARDS or op.op == "int_norm") else None
    if copied is not None and _local(copied) and copied is not dst:
        src = id(copied)
        if is_int(dst):
            out += [("le", d, src), ("le", src, d)]
        for f in (old if src in index.ids else ()):  # what held of src holds of its copy
            if f[0] in ("lt", "le"):
                a = d if f[1] == src else ("len", d) if f[1] == ("len", src) else f[1]
                b = d if f[2] == src else ("len", d) if f[2] == ("len", src) else f[2]
                if (a, b) != (f[1], f[2]):
                    out.append((f[0], a, b))
            elif f[0] == "nonempty" and f[1] == src:
                out.append(("nonempty", d))
    if isinstance(op, Assign) and isinstance(op.src, Const) and op.src.value == 0 and is_int(dst):
        out += range_fact(an, ops, i, state)
    if isinstance(op, Prim) and op.op == "container_len" and _local(op.args[0]) and isinstance(op.args[0].type, ListT):
        ln = ("len", id(op.args[0]))
        out += [("le", d, ln), ("le", ln, d)]
    if isinstance(op, Prim) and op.op in EXPR_OPS and dst not in op.args and isinstance(op.args[1], Const):
        name, k1, k2 = EXPR_OPS[op.op], key_of(op.args[0]), key_of(op.args[1])
        for r in index.exprs.get((name, k1, k2), ()):
            if r != d:
                out += [("le", d, r), ("le", r, d)]
        out.append(("expr", name, k1, k2, d))
    if is_int(dst) and len(getattr(op, "args", ())) == 2 and dst not in op.args \
            and (isinstance(op, Prim) or isinstance(op, CallRuntime) and op.on is None) and len(old) < MAX_FACTS // 2:
        out += order_facts(an, op, state, d)
    if isinstance(op, NewList) and op.items:
        out.append(("nonempty", d))
    if isinstance(op, CallRuntime) and op.name == "pyz_list_N_repeat" and len(op.args) == 2 \
            and _local(op.args[0]) and _local(op.args[1]) and ("nonempty", id(op.args[0])) in old:
        out.append(("le", id(op.args[1]), ("len", d)))  # [x, ...] * n has at least n items
    return out


# ops whose result is not below an operand (OP(a, b) >= a when b >= 1, and a >= 0 for * and <<) or not
# above it (a // b, a % b and a >> b for a >= 0, b >= 1)
NOT_BELOW = {"int_add": 0, "int_add_nocheck": 0, "int_mul": 1, "int_mul_nocheck": 1}
NOT_ABOVE = ("int_floordiv_pos", "int_floordiv_nz", "int_mod_pos", "int_mod_nz", "pyz_int_floordiv", "pyz_int_mod")


def order_facts(an: "Analysis", op, state: State, d: int) -> list[tuple]:
    """("le", ...) facts between an arithmetic op's result d and its operands, so that a later `a - b`
    of values known to be ordered is known to be >= 0: i <= i * 3 <= acc + i * 3 and i // 7 <= i."""
    name = op.op if isinstance(op, Prim) else op.name
    a, b = op.args
    ia, ib = an.get(state, a), an.get(state, b)
    out: list[tuple] = []
    if name in NOT_BELOW:
        least = NOT_BELOW[name]  # + : the other operand >= 0; * : the other >= 1 and this one >= 0
        if _local(a) and ib[0] >= least and (least == 0 or ia[0] >= 0):
            out.append(("le", id(a), d))
        if _local(b) and ia[0] >= least and (least == 0 or ib[0] >= 0):
            out.append(("le", id(b), d))
    elif name in NOT_ABOVE and _local(a) and ia[0] >= 0 and ib[0] >= 1:
        out.append(("le", d, id(a)))
    return out


def not_above(facts: frozenset, start, target) -> bool:
    """Do the facts prove start <= target (a chain of <= and <)?"""
    if not facts:
        return False
    edges: dict[Any, list[Any]] = {}
    for f in facts:
        if f[0] in ("lt", "le"):
            edges.setdefault(f[1], []).append(f[2])
    seen = {start}
    todo = [start]
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt == target:
                return True
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return False


def range_fact(an: "Analysis", ops: list, i: int, state: State) -> list[tuple]:
    """At `idx = 0` ending a counted range loop's start (build_iteration.counted_range_cursor: cur = start;
    end = pyz_range_len(start, stop, step); idx = 0) with step > 0: the range fact."""
    if i < 2:
        return []
    idx, length, first = ops[i].dst, ops[i - 1], ops[i - 2]
    if not (isinstance(length, CallRuntime) and length.name == RANGE_LEN and length.on is None
            and isinstance(length.dst, Reg) and isinstance(first, Assign) and len(length.args) == 3):
        return []
    start, stop, step = length.args
    cur, end = first.dst, length.dst
    if first.src is not start or not _local(cur) or not _local(end) or not _local(idx):
        return []
    regs = [cur, end, idx]
    if len({id(r) for r in regs}) != 3 or any(v is r for v in (start, stop, step) for r in regs):
        return []
    if not (isinstance(stop, Const) or _local(stop)) or not (isinstance(step, Const) or _local(step)):
        return []
    if an.get(state, step)[0] <= 0:
        return []
    return [("range", id(cur), id(idx), id(end), key_of(stop), key_of(step), ("n", an.get(state, start)[0]))]


def below_len(facts: frozenset, start, target) -> bool:
    """Do the facts prove start < target (a chain of <= and < with one < at least)?"""
    edges: dict[Any, list[tuple[Any, bool]]] = {}
    for f in facts:
        if f[0] in ("lt", "le"):
            edges.setdefault(f[1], []).append((f[2], f[0] == "lt"))
    seen = {(start, False)}
    todo = [(start, False)]
    while todo:
        node, strict = todo.pop()
        for nxt, lt in edges.get(node, ()):
            st = strict or lt
            if nxt == target and st:
                return True
            if (nxt, st) not in seen:
                seen.add((nxt, st))
                todo.append((nxt, st))
    return False
