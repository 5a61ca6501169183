"""The type of `e.code` of a caught SystemExit, from every SystemExit the program raises.

An exception value is one C type (`EXC`) that keeps its arguments as `repr(e.args)` and
`str(e.args[0])`, not as typed values.  `e.code` is the one argument (None without one), so its
type is the join of what the program passes to `sys.exit()` and `SystemExit(...)`: inference
notes each (`Inferencer.note_exit_code`), and `e.code` is that type, or that type or None.  The
runtime reads the value back from the arguments (`pyz_exc_code_*`), which is exact for ints,
floats (their repr round-trips) and strs.  Codes of several types (an int here, a str there),
bools, and a SystemExit of several arguments (its code is their tuple) are refused where `.code`
is read.
"""

from __future__ import annotations

from .model import FLOAT, INT, NONE, STR, OptT, Type

READABLE = (INT, FLOAT, STR)


def exit_code_type(codes: frozenset[Type]) -> Type | None:
    """The type of e.code given the types of every code raised; None when pyzc cannot hold it."""
    values = codes - {NONE}
    if not values:
        return NONE
    if len(values) > 1:
        return None
    t = next(iter(values))
    if t not in READABLE:
        return None
    return OptT(t) if NONE in codes else t


def refusal(codes: frozenset[Type]) -> str:
    names = ", ".join(sorted("None" if t == NONE else str(t) for t in codes))
    return ("e.code is supported when every SystemExit the program raises has one code of one type (an int, a float"
            f" or a str, or none); here the codes are: {names}")
