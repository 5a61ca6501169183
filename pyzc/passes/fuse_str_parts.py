"""Strs made only to be copied into a concatenation are written into it instead.

In: the IR after guard_big_ints.py.  Out: the same IR where a part of a `BuildStr` (f-strings, chains
of `+`) that was made by one of these, in the same block, and is read nowhere else, is taken into
the BuildStr, and the op that made it is gone:
- `s.rjust(w)`, `s.ljust(w)`, `s.zfill(w)`, `f"{s:>w}"`, `f"{s:<w}"`, `f"{s:w}"` with a constant width
  w of 1..9999 (and the default fill, a space): the part is s, with a pad of its own (`">7"`, `"<7"`,
  `"=7"` for zfill) that runtime_c/format.c's `pyz_str_build` writes; `str(n).rjust(w)` and
  `str(n).zfill(w)` of an int n are the int part n padded as `f"{n:w}"` and `f"{n:0w}"` are;
- `str(n)`, and `f"{n:02d}"`, `f"{n:5}"`, `format(n, "3d")` of an int n with a constant spec that is
  only a width (1..9999), maybe after a "0" and before a "d": the int part n with that pad, written
  in the block without a str of its own (runtime_c/format.c's is_int part; a big int's digits as
  `str(n)` gives them);
- another BuildStr: its parts (and pads) go in its place (`f"{a}:{b}" + c`);
- `sep.join(xs)` of a list of strs and a constant separator: the part is the list, its pad `"j"` and
  the separator, when no op in between may change a list (only primitives, str and int functions of
  plain values, other joins and BuildStrs).
`"|".join([ident.zfill(7), " ".join(kept), score.rjust(4)])` and `name.ljust(10) + str(n).rjust(5)`
build one str, not four and three.  A sum of two strs (`pyz_str_concat`) whose left one is a constant
or made so, and one of them made so, becomes a BuildStr first (`"n=" + str(n)`: one str, not two);
with a left str in a variable it stays a concatenation, which appends to that str's buffer in place.

Moving the work from its op to the BuildStr later in the block is invisible: the values it reads
are read there, so no op in between may write them; a pad of a constant width and a join raise only
when memory runs out; a BuildStr or str() that raises (an int's str past 4,300 digits) is taken only
when no op in between may raise, so the first exception stays the first.  Generators' resume functions
are left alone, as the other passes leave them.
"""

from __future__ import annotations

import re
from typing import Callable

from ..ir.ops import Assign, BuildStr, CallRuntime, Const, Function, Module, Op, Prim, Reg, Value
from ..types.model import BOOL, FLOAT, INT, STR, ListT

# runtime function -> the pad's alignment; its arguments are (s, width) or (s, width, fill)
PADS = {"pyz_str_rjust": ">", "pyz_str_ljust": "<", "pyz_str_zfill": "="}
# a str's format spec that is a pad with the default fill: "<7", ">7", "7" (a str's default is "<")
STR_SPEC = re.compile(r"([<>]?)([1-9][0-9]{0,3})")
# an int's format spec that is a width, maybe zero-filled: "02d", "5", "07" (an int's default is ">")
INT_SPEC = re.compile(r"(0?[1-9][0-9]{0,3})d?")
MAX_WIDTH = 9999
PLAIN = (INT, FLOAT, BOOL, STR)  # values that hold no list


def _pad_of(op: Op) -> tuple[Value, str] | None:
    """(source, pad) when op makes a padded str that a BuildStr can write itself."""
    if not isinstance(op, CallRuntime) or op.on is not None or op.dst is None:
        return None
    if op.name in PADS:
        src, width, *fill = op.args
        if not (isinstance(width, Const) and width.type == INT and isinstance(width.value, int)
                and 1 <= width.value <= MAX_WIDTH):
            return None
        if fill and not (isinstance(fill[0], Const) and fill[0].value == " "):
            return None
        return src, f"{PADS[op.name]}{width.value}"
    if op.name == "pyz_str_format" and isinstance(op.args[1], Const) and isinstance(op.args[1].value, str):
        m = STR_SPEC.fullmatch(op.args[1].value)
        if m:
            return op.args[0], f"{m[1] or '<'}{m[2]}"
    return None


def _int_spec_of(op: Op) -> tuple[Value, str] | None:
    """(the int, its pad: "02", "5", or "" for str(n)) when op is `format(n, spec)` of an int n with a
    spec INT_SPEC takes, or `str(n)`."""
    n = _int_str(op)
    if n is not None:
        return n, ""
    if isinstance(op, CallRuntime) and op.name == "pyz_int_format" and op.on is None and op.dst is not None \
            and op.args[0].type == INT and isinstance(op.args[1], Const) and isinstance(op.args[1].value, str):
        m = INT_SPEC.fullmatch(op.args[1].value)
        if m:
            return op.args[0], m[1]
    return None


def _join_of(op: Op) -> tuple[Value, str] | None:
    """(the list, its pad "j<separator>") when op is `sep.join(xs)` of a list of strs and a constant sep."""
    if isinstance(op, CallRuntime) and op.name == "pyz_str_join" and op.on is None and op.args[1].type == ListT(STR) \
            and isinstance(op.args[0], Const) and isinstance(op.args[0].value, str):
        return op.args[1], "j" + op.args[0].value
    return None


def _quiet(op: Op) -> bool:
    """op raises only when memory runs out: a pad of a constant width, or a join (whose OverflowError
    needs a result past 2**63 bytes), so moving it past an op that raises changes nothing seen."""
    return _pad_of(op) is not None or _join_of(op) is not None


def _leaves_lists(op: Op) -> bool:
    """op cannot change a list: no call of the program's code, no op that takes a container (a list the
    join read may be changed between it and the BuildStr that now reads the list)."""
    if isinstance(op, (Prim, BuildStr)):
        return True
    if isinstance(op, Assign):
        return op.dst.type in PLAIN
    if isinstance(op, CallRuntime):
        return op.on is None and op.name.startswith(("pyz_str_", "pyz_int_")) and op.dst is not None and op.dst.type in PLAIN \
            and (all(a.type in PLAIN for a in op.args) or _join_of(op) is not None)
    return False


def _int_str(op: Op) -> Value | None:
    """n when op is str(n) or f"{n}" of an int n."""
    if isinstance(op, CallRuntime) and op.name == "pyz_int_to_str" and op.on is None and op.args[0].type == INT:
        return op.args[0]
    if isinstance(op, BuildStr) and len(op.parts) == 1 and op.parts[0].type == INT and op.pads == [""]:
        return op.parts[0]
    return None


def _takeable(op: Op) -> bool:
    """op makes a str that a BuildStr can take in (a pad, a join, an int's digits, another BuildStr)."""
    return _pad_of(op) is not None or _join_of(op) is not None or _int_spec_of(op) is not None or isinstance(op, BuildStr)


def _fresh_concat(op: Op, made: dict[int, int], uses: dict[int, int], defs: dict[int, int], ops: list[Op]) -> bool:
    """op is `a + b` of two strs whose left one is a constant or a str made in this block only for it
    by an op a BuildStr takes in, and one of the two is made so: then op becomes a BuildStr, and those
    are taken in (`"n=" + str(n)`, `f"{a}:" + s`, `s.rjust(5) + t`).  A left str in a variable stays a
    concatenation: `s = s + t` appends to s's buffer in place (runtime_c/str.c)."""
    if not (isinstance(op, CallRuntime) and op.name == "pyz_str_concat" and op.on is None and op.dst is not None
            and len(op.args) == 2 and all(a.type == STR for a in op.args)):
        return False

    def fresh(v: Value) -> bool:
        i = made.get(id(v)) if isinstance(v, Reg) else None
        return i is not None and uses.get(id(v)) == 1 and defs.get(id(v)) == 1 and _takeable(ops[i])
    left, right = op.args
    return (isinstance(left, Const) or fresh(left)) and (fresh(left) or fresh(right))


def _counts(fn: Function) -> tuple[dict[int, int], dict[int, int]]:
    """How many times each register (by id) is read, and written, in fn."""
    uses: dict[int, int] = {}
    defs: dict[int, int] = {}
    for b in fn.blocks:
        for op in b.ops:
            for v in op.uses():
                if isinstance(v, Reg):
                    uses[id(v)] = uses.get(id(v), 0) + 1
            d = getattr(op, "dst", None)
            if isinstance(d, Reg):
                defs[id(d)] = defs.get(id(d), 0) + 1
    return uses, defs


def _untouched(ops: list[Op], v: Value) -> bool:
    """No op of ops writes v (a constant is never written)."""
    return not isinstance(v, Reg) or all(getattr(op, "dst", None) is not v for op in ops)


def _fuse(fn: Function) -> None:
    uses, defs = _counts(fn)
    for b in fn.blocks:
        made: dict[int, int] = {}  # id(reg) -> index in b.ops of the op that made it
        gone: set[int] = set()  # indexes of ops taken into a BuildStr

        def maker(v: Value, j: int, wanted: Callable[[Op], bool], between_ok: Callable[[Op], bool] = lambda o: True) -> Op | None:
            """The op that made v in this block before op j, taken out of the block, when wanted(op)
            holds, v is read only once, and the op can move to op j: nothing in between writes what it
            reads, nor raises first when the op raises (a pad's MemoryError aside: a constant width)."""
            i = made.get(id(v)) if isinstance(v, Reg) and uses.get(id(v)) == 1 and defs.get(id(v)) == 1 else None
            if i is None or i in gone or not wanted(b.ops[i]):
                return None
            src, between = b.ops[i], [o for k, o in enumerate(b.ops[i + 1:j], i + 1) if k not in gone]
            if not all(_untouched(between, u) for u in src.uses()) or not all(between_ok(o) for o in between):
                return None
            if src.can_raise() and not _quiet(src) and any(o.can_raise() and not _quiet(o) for o in between):
                return None
            gone.add(i)
            return src

        for j, op in enumerate(b.ops):
            if isinstance(op, CallRuntime) and op.dst is not None and _fresh_concat(op, made, uses, defs, b.ops):
                op = b.ops[j] = BuildStr(op.dst, list(op.args), op.line)
            if isinstance(op, BuildStr):
                # the parts from the last to the first: a part's op taken in leaves the ops between an
                # earlier part's op and this BuildStr, so that one may be taken in too (f"{a:02d}:{b:02d}":
                # the format of b raises, but it is then written by the BuildStr, after a's)
                taken: list[tuple[list[Value], list[str]]] = []
                for p, pad in reversed(list(zip(op.parts, op.pads or [""] * len(op.parts)))):
                    src = maker(p, j, lambda o: _pad_of(o) is not None or isinstance(o, BuildStr)) \
                        or maker(p, j, lambda o: _join_of(o) is not None, _leaves_lists) \
                        or maker(p, j, lambda o: _int_spec_of(o) is not None)
                    padded = _pad_of(src) if src is not None else None
                    joined = _join_of(src) if src is not None else None
                    int_spec = _int_spec_of(src) if src is not None else None
                    if src is not None and int_spec:  # f"{n:02d}": the int, padded as the BuildStr writes it
                        taken.append(([int_spec[0]], [int_spec[1]]))
                        op.raises |= src.can_raise()
                    elif joined:  # the list, joined as the BuildStr writes it
                        taken.append(([joined[0]], [joined[1]]))
                        op.raises = True
                    elif padded:
                        val, pad = padded
                        inner = maker(val, j, lambda o: _int_str(o) is not None) if pad[0] in ">=" else None
                        n = _int_str(inner) if inner is not None else None
                        if inner is not None and n is not None:  # str(n).rjust(5), str(n).zfill(6): f"{n:5}", f"{n:06}"
                            val, pad = n, ("0" if pad[0] == "=" else "") + pad[1:]
                            op.raises |= inner.can_raise()
                        taken.append(([val], [pad]))
                    elif isinstance(src, BuildStr):
                        taken.append((list(src.parts), list(src.pads or [""] * len(src.parts))))
                        op.raises |= src.can_raise()
                    else:
                        taken.append(([p], [pad]))
                parts: list[Value] = [v for vals, _ in reversed(taken) for v in vals]
                pads: list[str] = [q for _, qs in reversed(taken) for q in qs]
                op.parts = parts
                op.pads = pads if any(pads) or any(q.type == INT for q in parts) else None
            d = getattr(op, "dst", None)
            if isinstance(d, Reg) and d.type == STR:
                made[id(d)] = j
        if gone:
            b.ops = [op for k, op in enumerate(b.ops) if k not in gone]


def fuse_str_parts(module: Module) -> Module:
    for fn in module.functions:
        if fn.generator is not None:
            continue
        _fuse(fn)
    return module
