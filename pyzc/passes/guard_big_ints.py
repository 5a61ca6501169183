"""Big ints where only a C integer will do: a conversion before each such use, a normalisation after.

In: the IR after lowering and CFG cleanup.  Out: the same IR where every int operand that an op
reads as a C integer (an index, a count, a length, a runtime function's int64_t parameter) is
first converted to one, every int a runtime function returns as a C integer is made an int word,
and the int ops that promote (runtime_c/int.c) are marked as not raising.

An int is one int64_t word (runtime_c/int.c): small words are the int itself, big words (below
PYZ_SMALL_MIN) hold a PyzLong.  An op reads its int operands in one of three ways:
- with a path for big words (BIG_AWARE below: arithmetic, comparisons, hashing, printing,
  conversion to text or float; and a container's items, whose equality, order, hash and repr come
  from codegen's value_ops, which handle big words);
- by moving them (assignments, calls of the program's functions, returns, fields, items of lists
  and tuples, closures, generator frames): memory the collector scans, so a big word stays alive;
- as a C integer (anything else): such an operand is replaced by a new register made by
  `int_guard` (its value as a C int64_t; OverflowError "Python int too large to convert to C
  ssize_t", as CPython says for a length or a count, when it does not fit) or, for a list index,
  `int_guard_index` (IndexError "cannot fit 'int' into an index-sized integer"), `int_guard_size`
  (OverflowError with those words: a repeat count) or `int_guard_clamp` (a slice bound, clamped
  to int64 as CPython does).  So
  `range(-2**63, ...)` gets -2**63 although that int is a big word.
A C integer a runtime function returns may lie below PYZ_SMALL_MIN (struct.unpack of -2**63): it
goes through `int_norm`, which boxes such a value.  The new registers of int_guard are C
integers, not int words: only the op they were made for reads them.

remove_range_checks.py then makes each guard and norm whose operand value_ranges.py proves small a
plain assignment.  A new runtime function taking an int64_t is guarded until it is added to
BIG_AWARE_RUNTIME, so it cannot misread a big word: the worst case is an OverflowError CPython
would not raise (a value past int64 where CPython would take it), never a wrong answer.
"""

from __future__ import annotations

import os
import re

from ..ir.ops import (Assign, Branch, BuildStr, Call, CallRuntime, CheckObj, ClosureGet, Const, Function, GenGet,
                      GenNew, GenResume, GetField, Goto, ListGet, ListSet, MakeTuple, Module, NewClosure, NewList,
                      NewObject, Op, Prim, Propagate, Raise, ReadVar, Reg, Reraise, Return, SetField, StackCheck, TupleGet, Value,
                      Yield, is_small_int, is_temp, temp_name)
from ..types.model import INT

# Prims with a path for big words (codegen/prims.py), or whose operands are small by construction
# (the builder's *_nocheck counters and the wrapping step of a counted range loop)
BIG_AWARE_PRIMS = frozenset({
    "int_add", "int_sub", "int_mul", "int_neg", "int_lshift_k", "int_rshift_k", "int_and", "int_or", "int_xor",
    "int_invert", "int_eq", "int_ne", "int_lt", "int_le", "int_gt", "int_ge", "int_truth", "int_to_float", "hash_int",
    "float_int_lt", "float_int_le", "float_int_eq", "float_int_ne", "float_int_gt", "float_int_ge",
    "num_from_int", "num_from_bool", "num_from_float",
    "int_add_nocheck", "int_sub_nocheck", "int_mul_nocheck", "int_neg_nocheck", "int_add_wrap", "int_sub_wrap",
    "int_guard", "int_guard_index", "int_guard_size", "int_guard_clamp", "int_norm", "opt_wrap",
    "str_next",  # its position is a byte offset the builder counts from 0, written in place
    # the plain C forms, on operands proved small or on C integers the builder made (a range's counter)
    "int_and_small", "int_or_small", "int_xor_small", "int_invert_small", "int_eq_small", "int_ne_small",
    "int_lt_small", "int_le_small", "int_gt_small", "int_ge_small", "int_rshift_k_small", "int_to_float_small",
    "int_mod_nz", "int_mod_pos", "int_floordiv_nz", "int_floordiv_pos",
})
GUARD_OPS = ("int_guard", "int_guard_index", "int_guard_size", "int_guard_clamp")
# Prims whose int result is any C integer (a hash of an address): int_norm makes it a word
C_INT_PRIMS = frozenset({"hash_ptr"})
# Prims that promote instead of raising OverflowError: they raise nothing now
PROMOTING_PRIMS = frozenset({"int_add", "int_sub", "int_mul", "int_neg", "int_lshift_k"})
# Prims that may raise for a big operand only (float(): OverflowError past the float range)
RAISE_IF_BIG_PRIMS = frozenset({"int_to_float"})

# Runtime functions whose int64_t parameters and results are int words, big ones too (runtime_c/int.c,
# arith.c, format.c, print.c; num.c: a PyzNum holds an int word)
BIG_AWARE_RUNTIME = frozenset({
    "pyz_int_floordiv", "pyz_int_mod", "pyz_int_pow", "pyz_int_truediv", "pyz_int_lshift", "pyz_int_rshift",
    "pyz_int_abs", "pyz_int_to_str", "pyz_write_int", "pyz_int_format", "pyz_int_powmod", "pyz_int_bit_length", "pyz_int_bit_count", "pyz_hash_of_hash",
    "pyz_int_to_bytes", "pyz_int_from_bytes", "pyz_int_round_digits", "pyz_float_round_digits",
    "pyz_int_gcd", "pyz_math_lcm", "pyz_math_isqrt", "pyz_math_ldexp",
})
# Runtime functions some of whose int64_t parameters are int words (these positions), the others C integers
WORD_PARAMS = {"pyz_struct_put_int": frozenset({2}), "pyz_array_int_item": frozenset({0})}
# (pyz_exc_*: their ints are exception kinds and line numbers, never Python ints)
BIG_AWARE_PREFIXES = ("pyz_num_", "pyz_exc_")
# Runtime functions that take C integers (guarded) but give an int word, big past the small range
WORD_RESULTS = frozenset({
    "pyz_float_to_int", "pyz_float_round", "pyz_str_to_int", "pyz_str_to_int_base", "pyz_math_floor", "pyz_math_ceil", "pyz_math_trunc",
    "pyz_math_factorial", "pyz_math_comb", "pyz_math_perm", "pyz_struct_get_int",
    "pyz_array_int_item", "pyz_array_int_from_bytes",
})
# ... of which these raise only for a big operand (its text past CPython's 4300 digits)
RAISE_IF_BIG_RUNTIME = frozenset({"pyz_int_to_str", "pyz_write_int"})

# Runtime functions whose int result needs no int_norm: a C integer the builder keeps (a range loop's
# counter), or a count that is never negative
C_RESULTS = frozenset({"pyz_range_last", "pyz_range_len", "pyz_str_split_count"})
# ... and those whose result is a byte offset in a str (-1 or more, at most its length: runtime_c/str.c,
# the split loops and unpacked splits): a temp every write of which is one, or 0, is a C integer and a
# word alike, passed on to the next with no guard
OFFSET_RESULTS = frozenset({"pyz_str_split_find", "pyz_str_split_next", "pyz_str_word_start", "pyz_str_word_end",
                            "pyz_str_line_end", "pyz_str_line_next"})

# Ops that move their operands (into memory the collector scans) or read no int as a C integer
MOVES = (Assign, Call, Return, GetField, SetField, ReadVar, NewClosure, ClosureGet, TupleGet, Yield, GenNew, GenGet,
         GenResume, NewObject, Goto, Raise, NewList, MakeTuple, BuildStr, Branch, StackCheck, CheckObj, Propagate,
         Reraise)

TEMPLATES = os.path.join(os.path.dirname(os.path.dirname(__file__)), "templates")
_SIGNATURE = re.compile(r"^static([^(]*)\bpyz_(list|dict|set|deque|tuple)_\{\{ N \}\}_(\w+)\(([^)]*)\)", re.M)


INDEX_VERBS = ("next", "index", "find", "slot", "count", "lookup", "index_of", "tuple_index", "array_index",
               "last_pos")
ITEM_VERBS = ("count_of",)  # an int64_t that is an item: a Counter's count


def _template_signatures() -> tuple[dict[str, frozenset[int]], frozenset[str], frozenset[str]]:
    """For each container template function (`pyz_list_N_insert`): the positions of its parameters
    that are items (C type `{{ T }}`, `{{ K }}` or `{{ V }}`): those take big words, the others are
    C integers (an index, a count); those of INDEX_VERBS returning an int64_t (an index or a count:
    -1 or more); and the others returning an int64_t that is not an item (a hash: any C integer,
    which int_norm makes a word)."""
    out: dict[str, set[int]] = {}
    counts: set[str] = set()
    c_ints: set[str] = set()
    for name in ("list", "dict", "set", "deque", "tuple"):
        with open(os.path.join(TEMPLATES, f"{name}.c.j2"), encoding="utf-8") as f:
            text = f.read()
        for ret, kind, verb, params in _SIGNATURE.findall(text):
            items = {i for i, p in enumerate(params.split(",")) if "{{" in p}
            out.setdefault(f"pyz_{kind}_N_{verb}", set()).update(items)
            if "int64_t" in ret.split() and "{{" not in ret:
                if verb in INDEX_VERBS:
                    counts.add(f"pyz_{kind}_N_{verb}")
                elif verb not in ITEM_VERBS:  # a hash: any int64_t
                    c_ints.add(f"pyz_{kind}_N_{verb}")
    return {k: frozenset(v) for k, v in out.items()}, frozenset(counts), frozenset(c_ints)


ITEM_PARAMS, INDEX_RESULTS, C_INT_RESULTS = _template_signatures()


class Temps:
    """New registers of one function."""

    def __init__(self, fn: Function):
        self.fn = fn
        self.n = 1 + max((int(r.name[2:]) for r in fn.regs if is_temp(r.name) and r.name[2:].isdigit()), default=0)

    def new(self) -> Reg:
        r = Reg(temp_name(self.n), INT)
        self.n += 1
        self.fn.regs.append(r)
        return r


def _needs(v: Value, c_ints: "set[int] | frozenset[int]") -> bool:
    """An int operand that may be big (a constant's value is known; a guard's result is a C integer)."""
    if v.type != INT or id(v) in c_ints:
        return False
    if isinstance(v, Const):
        return not isinstance(v.value, int) or not is_small_int(v.value)
    return True


def raises_if_big(op: Op, c_ints: frozenset[int] | set[int] = frozenset()) -> bool:
    """op raises when one of its int operands is big (an int's text past 4,300 digits, float() past the
    float range): a BuildStr with an int part, RAISE_IF_BIG_RUNTIME and RAISE_IF_BIG_PRIMS.  Before this
    pass has run (no c_ints known), an operand that is not a small constant may be big."""
    if isinstance(op, BuildStr):
        return op.pads is not None and any(_needs(p, c_ints) for p in op.parts if p.type == INT)
    if isinstance(op, CallRuntime) and op.on is None and op.name in RAISE_IF_BIG_RUNTIME:
        return any(_needs(a, c_ints) for a in op.args)
    if isinstance(op, Prim) and op.op in RAISE_IF_BIG_PRIMS:
        return any(_needs(a, c_ints) for a in op.args)
    return False


def mark_raising_if_big(module: Module) -> None:
    """Every op that raises_if_big marked raising, before the passes that drop the blocks nothing reaches
    (a handler whose try holds only `str(n)`): guard_function then unmarks those whose operands it
    finds to be C integers."""
    for fn in module.functions:
        for b in fn.blocks:
            for op in b.ops:
                if raises_if_big(op):
                    op.raises = True  # type: ignore[attr-defined]


def guards_for(op: Op, temps: Temps, c_ints: set[int]) -> tuple[list[Op], list[Op]]:
    """The ops to put before op and after it (op's C-integer operands replaced by the guards'
    results; its promotion and raising marked as they must be)."""
    before: list[Op] = []

    def c_int(v: Value, index: bool = False) -> Value:
        if not _needs(v, c_ints):
            return v
        t = temps.new()
        before.append(Prim(t, "int_guard_index" if index else use, [v], getattr(op, "line", 0), True))
        return t

    # CPython's words for a size too big (`"ab" * 2**64`), and a slice bound it clamps
    name = op.name if isinstance(op, CallRuntime) else ""
    use = "int_guard_clamp" if "slice" in name else "int_guard_size" if "repeat" in name else \
        "int_guard_index" if "getitem" in name or name == "pyz_tuple_index" else "int_guard"

    if isinstance(op, BuildStr):  # an int part's str raises past 4,300 digits: only a big one's
        op.raises = raises_if_big(op, c_ints)
        return [], []
    if isinstance(op, MOVES):
        return [], []
    if isinstance(op, Prim):
        if op.op in PROMOTING_PRIMS:
            op.raises = False
        if op.op in BIG_AWARE_PRIMS:
            if op.op in RAISE_IF_BIG_PRIMS:
                op.raises = raises_if_big(op, c_ints)
            return [], []
        index = op.op in ("list_item", "tuple_item_at", "bytes_at")
        op.args = [c_int(a, index and i == 1) for i, a in enumerate(op.args)]
        if op.op in C_INT_PRIMS and op.dst is not None:
            return before, [Prim(op.dst, "int_norm", [op.dst], op.line)]
        return before, []
    if isinstance(op, CallRuntime):
        if op.on is None:
            if op.name in BIG_AWARE_RUNTIME or op.name.startswith(BIG_AWARE_PREFIXES):
                if op.name in RAISE_IF_BIG_RUNTIME:
                    op.raises = raises_if_big(op, c_ints)
                return [], []
            words = WORD_PARAMS.get(op.name, frozenset())
            op.args = [a if i in words else c_int(a) for i, a in enumerate(op.args)]
            after: list[Op] = []
            if op.dst is not None and op.dst.type == INT and op.name not in C_RESULTS | OFFSET_RESULTS | WORD_RESULTS:  # a C integer: a word
                after.append(Prim(op.dst, "int_norm", [op.dst], op.line))
            return before, after
        items = ITEM_PARAMS.get(op.name, frozenset())
        op.args = [a if i in items else c_int(a) for i, a in enumerate(op.args)]
        if op.dst is not None and op.dst.type == INT and op.name in C_INT_RESULTS:
            return before, [Prim(op.dst, "int_norm", [op.dst], op.line)]
        return before, []
    if isinstance(op, (ListGet, ListSet)):  # the item stored is moved
        op.index = c_int(op.index, True)
        return before, []
    raise AssertionError(f"guard_big_ints: an op it does not know: {type(op).__name__}")


def offset_temps(fn: Function) -> set[int]:
    """The temps every write of which is an OFFSET_RESULTS call, the constant 0 or a copy of such a temp
    (a split's cursor)."""
    writes: dict[int, list[Op]] = {}
    names: dict[int, str] = {}
    for b in fn.blocks:
        for op in b.ops:
            dst = getattr(op, "dst", None)
            if isinstance(dst, Reg):
                writes.setdefault(id(dst), []).append(op)
                names[id(dst)] = dst.name
    offsets = {r for r, ops in writes.items() if is_temp(names[r]) and any(_offset_call(op) for op in ops)}
    while True:  # drop those written otherwise (a copy of a temp that was dropped, in the end)
        kept = {r for r in offsets if all(_offset_call(op) or isinstance(op, Assign) and (
            isinstance(op.src, Const) and op.src.value == 0 and op.src.type == INT
            or isinstance(op.src, Reg) and id(op.src) in offsets) for op in writes[r])}
        if kept == offsets:
            return offsets
        offsets = kept


def _offset_call(op: Op) -> bool:
    return isinstance(op, CallRuntime) and op.on is None and op.name in OFFSET_RESULTS


def guard_function(fn: Function) -> None:
    temps = Temps(fn)
    # the builder's own C integers (ir/build.py c_int: a range loop's bounds), made once each
    c_ints = {id(op.dst) for b in fn.blocks for op in b.ops if isinstance(op, Prim) and op.op in GUARD_OPS}
    c_ints |= offset_temps(fn)
    for block in fn.blocks:
        out: list[Op] = []
        for op in block.ops:
            before, after = guards_for(op, temps, c_ints)
            out.extend(before)
            out.append(op)
            out.extend(after)
        block.ops = out


def guard_big_ints(module: Module) -> Module:
    for fn in module.functions:
        guard_function(fn)
    return module
