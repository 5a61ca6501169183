"""The compile-time parsers of %-formatting and str.format (pyzc/types/format_strings.py).

The pieces they produce are evaluated here in Python exactly as the lowering
evaluates them (pyzc/ir/build_format.py: one conversion per field, then
format(value, spec)), and compared with CPython's own `fmt % args` and
`fmt.format(...)` on random format strings, flags, arguments and malformed
input, error messages included.
"""

import random

import pytest

from pyzc.types.format_strings import Failure, FormatRefusal, Text, parse_format, parse_percent

ERRORS = {"ValueError": ValueError, "TypeError": TypeError}


def convert(piece, v):
    c = piece.conv
    if c == "!":
        raise ValueError(piece.char)
    if c == "s":
        v = str(v)
    elif c == "r":
        v = repr(v)
    elif c == "c":
        if isinstance(v, int):
            if not 0 <= v < 0x110000:
                raise OverflowError("%c arg not in range(0x110000)")
            v = chr(v)
        elif not (isinstance(v, str) and len(v) == 1):
            raise TypeError("%c requires int or char")
    elif c == "d":
        if not isinstance(v, (int, float)):
            raise TypeError(f"%{piece.char} format: a real number is required, not {type(v).__name__}")
        v = int(v)
    elif c == "x":
        if not isinstance(v, int):
            raise TypeError(f"%{piece.char} format: an integer is required, not {type(v).__name__}")
        v = int(v)
    elif c == "f":
        if not isinstance(v, (int, float)):
            raise TypeError(f"must be real number, not {type(v).__name__}")
        v = float(v)
    return format(v, piece.spec) if piece.spec else str(v)


def percent(fmt, args):
    items = list(args) if isinstance(args, tuple) else [args]
    mapping = not isinstance(args, tuple) and isinstance(args, (list, dict))
    out, used = [], 0
    for p in parse_percent(fmt):
        if isinstance(p, Text):
            out.append(p.text)
            continue
        if isinstance(p, Failure):
            if p.needs_mapping and not mapping:
                raise TypeError("format requires a mapping")
            raise ERRORS[p.kind](p.message)
        if isinstance(p.arg, str):
            if not mapping:
                raise TypeError("format requires a mapping")
            out.append(convert(p, args[p.arg]))
            continue
        if p.arg >= len(items):
            raise TypeError("not enough arguments for format string")
        used += 1
        out.append(convert(p, items[p.arg]))
    if used < len(items) and not mapping:
        raise TypeError("not all arguments converted during string formatting")
    return "".join(out)


def str_format(fmt, args, kwargs):
    out = []
    for p in parse_format(fmt):
        if isinstance(p, Text):
            out.append(p.text)
            continue
        if isinstance(p, Failure):
            raise ERRORS[p.kind](p.message)
        if isinstance(p.arg, int):
            if p.arg >= len(args):
                raise IndexError(f"Replacement index {p.arg} out of range for positional args tuple")
            v = args[p.arg]
        else:
            if p.arg not in kwargs:
                raise KeyError(p.arg)
            v = kwargs[p.arg]
        for kind, key in p.lookups:
            v = getattr(v, key) if kind == "attr" else v[key]
        if p.conv == "!":
            raise ValueError(p.char)
        if p.conv == "r":
            v = repr(v)
        elif p.conv == "s":
            v = str(v)
        out.append(format(v, p.spec))
    return "".join(out)


def outcome(f, *a):
    try:
        return repr(f(*a))
    except FormatRefusal:
        return None
    except Exception as e:
        return f"{type(e).__name__}: {e}"


VALUES = [0, 7, -42, 255, 3.25, -0.5, 1e20, 2.5e-7, float("nan"), float("inf"), "ab", "it's", "", True, None,
          [1, 2], {"a": 1, "k": 2.5, "": "e"}, 233, 0x110000, "é"]


@pytest.mark.parametrize("seed", range(4))
def test_percent_matches_cpython(seed):
    rnd = random.Random(seed)
    compared = 0
    for _ in range(4000):
        fmt = ""
        for _ in range(rnd.randint(0, 4)):
            if rnd.random() < 0.3:
                fmt += rnd.choice(["a", " ", "xy", ":", "%%", "é"])
            else:
                fmt += ("%" + "".join(rnd.choice("-+ #0") for _ in range(rnd.choice([0, 0, 1, 2])))
                        + rnd.choice(["", "", "3", "10"]) + rnd.choice(["", "", ".2", ".", ".0"])
                        + rnd.choice("sdifeEgGxXorcu%yFaLé" if rnd.random() < 0.9 else ["(k)s", "(a)d", "(x)r", "()s", "(k", "*d", ""]))
        args = rnd.choice(VALUES) if rnd.random() < 0.3 else tuple(rnd.choice(VALUES) for _ in range(rnd.randint(0, 4)))
        mine = outcome(percent, fmt, args)
        if mine is None:
            continue
        compared += 1
        assert mine == outcome(lambda f, a: f % a, fmt, args), (fmt, args)
    assert compared > 2000


@pytest.mark.parametrize("seed", range(4))
def test_str_format_matches_cpython(seed):
    rnd = random.Random(seed)
    compared = 0
    for _ in range(4000):
        fmt = ""
        for _ in range(rnd.randint(0, 4)):
            if rnd.random() < 0.3:
                fmt += rnd.choice(["a", " ", "{{", "}}", "}", "{", ":", "!", "é"])
            else:
                fmt += ("{" + rnd.choice(["", "", "0", "1", "2", "x", "y", " ", "0.real", "-1", "x[0]", "1.imag", "[1]", ".real"])
                        + rnd.choice(["", "", "!r", "!s", "!", "!x", "!rr"])
                        + rnd.choice(["", "", ":", ":>5", ":08.3f", ":,", ":_x", ":^9", ":+d", ":.2%", ":{}"])
                        + rnd.choice(["}", "}", "}", ""]))
        args = tuple(rnd.choice(VALUES) for _ in range(rnd.randint(0, 3)))
        kwargs = {"x": rnd.choice(VALUES)}
        mine = outcome(str_format, fmt, args, kwargs)
        if mine is None:
            continue
        compared += 1
        assert mine == outcome(lambda f, a, k: f.format(*a, **k), fmt, args, kwargs), (fmt, args)
    assert compared > 2000


def test_refusals_name_the_construct():
    for fmt, words in [("%*d", "'*' widths"), ("%.3d", "precision with %d"),
                       ("%a", "%a")]:
        with pytest.raises(FormatRefusal, match="not supported yet") as e:
            parse_percent(fmt)
        assert words in str(e.value)
    for fmt in ["{0.}", "{0[]}", "{0[1]x}", "{:{}}", "{!a}"]:
        with pytest.raises(FormatRefusal, match="not supported"):
            parse_format(fmt)
