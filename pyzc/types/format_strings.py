"""Constant format strings: `fmt % args` and `fmt.format(...)`, parsed at compile time.

In: the text of a constant format string.  Out: a list of pieces, in order:
`Text` (literal output), `Field` (one argument, converted and formatted), and
`Failure` (the error CPython raises when it reaches that point of the string,
e.g. "incomplete format").  Inference checks the fields against the argument
types; lowering turns the pieces into what an f-string becomes (literal parts,
`format(value, spec)` through runtime_c/format.c, `str()`/`repr()`), so the
format-spec mini-language has one implementation for f-strings, `%` and
`str.format`.

%-conversions map onto format specs exactly (checked against CPython over
every flag, width, precision and conversion): `-` is `<` alignment, `+`/` `
the sign, `#` the alternate form, `0` sign-aware zero padding (unless `-`),
`%s`/`%r`/`%c` right-align by default, `%d`/`%i`/`%u` take int(value).
Refused at compile time, with `FormatRefusal`: `%(key)s` fields mixed with
positional ones, `*` widths, a precision on an integer conversion (`%.3d`), `%a`; in str.format,
nested fields in a spec, `!a`, malformed `{0.x[1]}` lookups.
"""

from __future__ import annotations

from dataclasses import dataclass, field as dc_field


class FormatRefusal(Exception):
    """A construct pyzc does not compile yet; the message names it."""


@dataclass
class Text:
    text: str


@dataclass
class Field:
    """One replacement: argument `arg` (an int position, or a keyword name for str.format),
    converted by `conv` ('s', 'r', 'c', 'd', 'f' (any float type), 'x' (any of x X o), or ''
    for plain format()), then formatted with `spec` ('' for none).  `char` is the
    %-conversion character as written (for CPython's error messages), or for conv '!' (an
    unknown conversion character) the message of the ValueError raised once the argument
    is fetched."""
    arg: int | str
    conv: str
    spec: str
    char: str = ""
    lookups: list = dc_field(default_factory=list)  # str.format's {0.attr[key]}: ("attr", name) / ("item", int or str)
    nested: list | None = None  # a spec with fields of its own ("{:>{w}}"): its Text and Field pieces


@dataclass
class Failure:
    """CPython raises `kind(message)` when formatting reaches this point (after a TypeError
    "format requires a mapping" when `needs_mapping` and the argument is not one)."""
    kind: str
    message: str
    needs_mapping: bool = False


PERCENT_FLAGS = "-+ #0"


def parse_percent(fmt: str) -> list:
    """Pieces of `fmt % args`; a field's arg counts the arguments consumed before it, or is
    the key of `%(key)s`."""
    out: list = []
    text: list[str] = []
    i, n, argno = 0, len(fmt), 0
    while i < n:
        c = fmt[i]
        if c != "%":
            text.append(c)
            i += 1
            continue
        i += 1
        if i < n and fmt[i] == "%":
            text.append("%")
            i += 1
            continue
        if text:
            out.append(Text("".join(text)))
            text = []
        key = None
        if i < n and fmt[i] == "(":  # %(key)s: the key runs to the matching ')'
            depth, j = 1, i + 1
            while j < n and depth:
                depth += {"(": 1, ")": -1}.get(fmt[j], 0)
                j += 1
            if depth:
                out.append(Failure("ValueError", "incomplete format key", needs_mapping=True))
                return out
            key = fmt[i + 1:j - 1]
            i = j
        flags = ""
        while i < n and fmt[i] in PERCENT_FLAGS:
            flags += fmt[i]
            i += 1
        width = ""
        while i < n and fmt[i].isdigit():
            width += fmt[i]
            i += 1
        prec = None
        if i < n and fmt[i] == ".":
            i += 1
            prec = ""
            while i < n and fmt[i].isdigit():
                prec += fmt[i]
                i += 1
        if i < n and fmt[i] == "*":
            raise FormatRefusal("'*' widths and precisions in %-formatting are not supported yet")
        while i < n and fmt[i] in "hlL":
            i += 1
        if i >= n:
            out.append(Failure("ValueError", "incomplete format"))
            return out
        ch = fmt[i]
        i += 1
        field = percent_field(argno if key is None else key, flags, width, prec, ch, i - 1)
        argno += key is None
        out.append(field)
        if isinstance(field, Failure):
            return out
    if text:
        out.append(Text("".join(text)))
    keyed = {isinstance(p.arg, str) for p in out if isinstance(p, Field)}
    if len(keyed) == 2:
        raise FormatRefusal("mixing %(name) and positional fields in one format string is not supported yet")
    return out


def percent_field(argno: int | str, flags: str, width: str, prec: str | None, ch: str, index: int):
    """The Field for one %-conversion."""
    left = "-" in flags
    precision = "" if prec is None else "." + (prec or "0")
    if ch in "sr":
        spec = ("<" if left else ">") + width + precision if (width or prec is not None) else ""
        return Field(argno, ch, spec, ch)
    if ch == "c":
        return Field(argno, "c", ("<" if left else ">") + width if width else "", ch)
    if ch == "a":
        raise FormatRefusal("the %a conversion is not supported yet")
    if ch not in "diuxXoeEfFgG":
        # CPython fetches the argument first, then rejects the character
        shown = ch if 31 <= ord(ch) <= 126 else "?"
        return Field(argno, "!", "", f"unsupported format character '{shown}' (0x{ord(ch):x}) at index {index}")
    sign = "+" if "+" in flags else (" " if " " in flags else "")
    zero = "0" if "0" in flags and not left else ""
    alt = "#" if "#" in flags else ""
    if ch in "diuxXo":
        if prec is not None:
            raise FormatRefusal(f"a precision with %{ch} is not supported yet")
        typ = "d" if ch in "diu" else ch
        return Field(argno, "d" if ch in "diu" else "x", ("<" if left else "") + sign + alt + zero + width + typ, ch)
    return Field(argno, "f", ("<" if left else "") + sign + alt + zero + width + precision + ch, ch)


def parse_format(fmt: str, nested: bool = False) -> list:
    """Pieces of `fmt.format(*args, **kwargs)`, as CPython's MarkupIterator and parse_field
    (Objects/stringlib/unicode_format.h) read it: a malformed field is a Failure where
    CPython raises, and a conversion other than r/s/a fails only once the argument is found.
    With nested, a spec holding fields of its own is parsed into the Field's `nested` pieces,
    numbered on from the field's own, as CPython formats the spec after finding the field's
    argument (else it is refused)."""
    state = {"auto": 0, "numbering": ""}
    return parse_pieces(fmt, state, 1 if nested else 0)


def parse_pieces(fmt: str, state: dict, depth: int) -> list:
    """parse_format's pieces of fmt; state holds the automatic numbering, shared with the specs'
    fields, and depth how many levels of fields inside specs may follow (CPython allows one)."""
    out: list = []
    pos, n = 0, len(fmt)
    while pos < n:
        start, c, markup = pos, "", False
        while pos < n:
            c = fmt[pos]
            pos += 1
            if c in "{}":
                markup = True
                break
        at_end = pos >= n
        end = pos
        if c == "}" and markup and (at_end or fmt[pos] != "}"):
            out.append(Failure("ValueError", "Single '}' encountered in format string"))
            return out
        if at_end and markup and c == "{":
            out.append(Failure("ValueError", "Single '{' encountered in format string"))
            return out
        if markup:
            if fmt[pos] == c:  # '{{' or '}}': the brace is literal text
                pos += 1
                markup = False
            else:
                end -= 1
        if end > start:
            out.append(Text(fmt[start:end]))
        if not markup:
            continue
        pos, field = parse_field(fmt, pos)
        if isinstance(field, Failure):
            out.append(field)
            return out
        name, conv, spec = field
        lookups: list = []
        cut = min([k for k in (name.find("."), name.find("[")) if k >= 0], default=-1)
        if cut >= 0:
            name, lookups = name[:cut], parse_lookups(name[cut:])
        if "{" in spec and depth == 0:
            raise FormatRefusal("nested replacement fields in format specs are not supported yet")
        if conv == "a":
            raise FormatRefusal("the !a conversion is not supported yet")
        if name == "":
            if state["numbering"] == "manual":
                out.append(Failure("ValueError", "cannot switch from manual field specification to automatic field numbering"))
                return out
            state["numbering"] = "auto"
            arg: int | str = state["auto"]
            state["auto"] += 1
        elif name.isdigit() and name.isascii():
            if state["numbering"] == "auto":
                out.append(Failure("ValueError", "cannot switch from automatic field numbering to manual field specification"))
                return out
            state["numbering"] = "manual"
            arg = int(name)
        else:
            arg = name
        field_piece = Field(arg, conv, spec, lookups=lookups)
        if "{" in spec:
            inner = parse_pieces(spec, state, depth - 1)
            if any(isinstance(p, Failure) or isinstance(p, Field) and (p.lookups or p.conv == "!") for p in inner):
                raise FormatRefusal("a malformed field in a format spec is not supported yet")
            field_piece.nested = inner
        if conv not in ("", "r", "s"):  # CPython looks the argument up first, then rejects the conversion
            shown = conv if 32 < ord(conv) < 127 else f"\\x{ord(conv):x}"
            field_piece = Field(arg, "!", "", f"Unknown conversion specifier {shown}", lookups=lookups)
        out.append(field_piece)
    return out


def parse_lookups(rest: str) -> list:
    """The `.name` and `[key]` steps after a field's argument, as CPython's FieldNameIterator
    reads them (a key of digits is an int); malformed ones are refused."""
    steps: list = []
    i, n = 0, len(rest)
    while i < n:
        if rest[i] == ".":
            j = i + 1
            while j < n and rest[j] not in ".[":
                j += 1
            if j == i + 1:
                raise FormatRefusal("an empty attribute in a str.format field is not supported")
            steps.append(("attr", rest[i + 1:j]))
            i = j
        elif rest[i] == "[":
            j = rest.find("]", i)
            if j < 0 or j == i + 1 or (j + 1 < n and rest[j + 1] not in ".["):
                raise FormatRefusal("a malformed [index] in a str.format field is not supported")
            key = rest[i + 1:j]
            steps.append(("item", int(key) if key.isdigit() and key.isascii() else key))
            i = j + 1
        else:
            raise FormatRefusal("a malformed str.format field name is not supported")
    return steps


def parse_field(fmt: str, pos: int):
    """(new position, (name, conversion, spec) or a Failure) of the field starting at pos."""
    n = len(fmt)
    c = ""
    name_start = pos
    while pos < n:
        c = fmt[pos]
        pos += 1
        if c == "{":
            return pos, Failure("ValueError", "unexpected '{' in field name")
        if c == "[":
            while pos < n and fmt[pos] != "]":
                pos += 1
            continue
        if c in "}:!":
            break
    name = fmt[name_start:pos - 1]
    conv = ""
    if c in "!:":
        if c == "!":
            if pos >= n:
                return pos, Failure("ValueError", "end of string while looking for conversion specifier")
            conv = fmt[pos]
            pos += 1
            if pos < n:
                c = fmt[pos]
                pos += 1
                if c == "}":
                    return pos, (name, conv, "")
                if c != ":":
                    return pos, Failure("ValueError", "expected ':' after conversion specifier")
        spec_start, depth = pos, 1
        while pos < n:
            c = fmt[pos]
            pos += 1
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    return pos, (name, conv, fmt[spec_start:pos - 1])
        return pos, Failure("ValueError", "unmatched '{' in format spec")
    if c != "}":
        return pos, Failure("ValueError", "expected '}' before end of string")
    return pos, (name, conv, "")
