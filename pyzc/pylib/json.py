"""json, as CPython 3.11's: dumps/dump of every value pyzc builds, loads/load into an annotated type.

dumps walks the value the way CPython's encoder does (json/encoder.py `_make_iterencode`):
one function `_enc` takes a value of any type, and each of its instances (one per static
type: pyzc compiles a function once per argument type) keeps only the branch for that
type, because `isinstance(o, dict)` on a value whose type is known is decided when
compiling (types/static_isinstance.py).  A number of several types, None or a value, and
an object are tested at run time, as CPython does.  An object (or a set, bytes, a deque...)
raises CPython's TypeError "Object of type X is not JSON serializable" when it is reached.

loads parses the document as CPython's scanner does (the same JSONDecodeError messages and
positions) into a tree of `_Node`s, then converts the tree into the type the program
declares for the result.  A call `json.loads(s)` has no type of its own in a typed
program, so the front end (frontend/json_targets.py) rewrites `x: T = json.loads(s)` and
`return json.loads(s)` in a function annotated `-> T` into `_loads_as(s, proto)`, where
`proto` is a value of type T (a "prototype": `[0]` for list[int], `{"": ""}` for
dict[str, str], `(None, p)` for `T | None`); `_conv`'s instance for that type builds the
value.  A JSON number read where the annotation says float is an int or a float, as in
CPython (a number of several types).  A document that does not fit the type raises
TypeError naming the position (CPython would return the value anyway).
"""

import _json


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


# ---------------------------------------------------------------- encoding

class _Opts:
    def __init__(self, indent, item_sep, key_sep, sort_keys, skipkeys, ensure_ascii, allow_nan, c_encoder):
        self.c_encoder = c_encoder  # CPython's C encoder (dumps without indent) words one error otherwise
        self.indent = indent
        self.item_sep = item_sep
        self.key_sep = key_sep
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.allow_nan = allow_nan


def _indent_text(indent):
    if isinstance(indent, int):
        return " " * indent
    return indent


def _options(skipkeys, ensure_ascii, allow_nan, indent, separators, sort_keys, one_shot):
    has_indent = indent is not None
    ind = ""
    if indent is not None:
        ind = _indent_text(indent)
    item_sep = ", "
    key_sep = ": "
    if has_indent:
        item_sep = ","
    if separators is not None:
        item_sep, key_sep = separators
    return _Opts(ind if has_indent else None, item_sep, key_sep, sort_keys, skipkeys, ensure_ascii, allow_nan,
                 one_shot and not has_indent)


def _encode_str(s, opts):
    if opts.ensure_ascii:
        return _json.encode_basestring_ascii(s)
    return _json.encode_basestring(s)


def _float_text(o, opts):
    if o != o:
        text = "NaN"
    elif o == float("inf"):
        text = "Infinity"
    elif o == -float("inf"):
        text = "-Infinity"
    else:
        return repr(o)
    if not opts.allow_nan:
        if opts.c_encoder:
            raise ValueError("Out of range float values are not JSON compliant")
        raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
    return text


def _key_text(k, opts):
    if isinstance(k, str):
        return k
    if k is None:
        return "null"
    if isinstance(k, bool):
        return "true" if k else "false"
    if isinstance(k, float):
        return _float_text(k, opts)
    if isinstance(k, int):
        return str(k)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")


def _key_ok(k):
    if isinstance(k, str):
        return True
    if k is None:
        return True
    if isinstance(k, bool):
        return True
    if isinstance(k, float):
        return True
    if isinstance(k, int):
        return True
    return False


def _enc(o, out, opts, level):
    if o is None:
        out.append("null")
    elif isinstance(o, str):
        out.append(_encode_str(o, opts))
    elif isinstance(o, bool):
        out.append("true" if o else "false")
    elif isinstance(o, int):
        out.append(str(o))
    elif isinstance(o, float):
        out.append(_float_text(o, opts))
    elif isinstance(o, list):
        _enc_list(o, out, opts, level)
    elif isinstance(o, tuple):
        _enc_tuple(o, out, opts, level)
    elif isinstance(o, dict):
        _enc_dict(o, out, opts, level)
    else:
        raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def _open(out, opts, level, bracket):
    """Writes the bracket and the first item's indent; gives the separator between items."""
    out.append(bracket)
    if opts.indent is None:
        return opts.item_sep
    newline_indent = "\n" + opts.indent * (level + 1)
    out.append(newline_indent)
    return opts.item_sep + newline_indent


def _close(out, opts, level, bracket):
    if opts.indent is not None:
        out.append("\n" + opts.indent * level)
    out.append(bracket)


def _enc_list(o, out, opts, level):
    if len(o) == 0:
        out.append("[]")
        return
    sep = _open(out, opts, level, "[")
    first = True
    for x in o:
        if first:
            first = False
        else:
            out.append(sep)
        _enc(x, out, opts, level + 1)
    _close(out, opts, level, "]")


def _enc_tuple(o, out, opts, level):
    # a tuple's items may have different types, so it is not iterated: each position is written out,
    # and in a tuple of known length `len(o) > 2` is decided when compiling (types/static_isinstance.py)
    if len(o) == 0:
        out.append("[]")
        return
    sep = _open(out, opts, level, "[")
    _enc(o[0], out, opts, level + 1)
    if len(o) > 1:
        out.append(sep)
        _enc(o[1], out, opts, level + 1)
    if len(o) > 2:
        out.append(sep)
        _enc(o[2], out, opts, level + 1)
    if len(o) > 3:
        out.append(sep)
        _enc(o[3], out, opts, level + 1)
    if len(o) > 4:
        out.append(sep)
        _enc(o[4], out, opts, level + 1)
    if len(o) > 5:
        out.append(sep)
        _enc(o[5], out, opts, level + 1)
    if len(o) > 6:
        out.append(sep)
        _enc(o[6], out, opts, level + 1)
    if len(o) > 7:
        out.append(sep)
        _enc(o[7], out, opts, level + 1)
    if len(o) > 8:
        for x in o[8:]:
            out.append(sep)
            _enc(x, out, opts, level + 1)
    _close(out, opts, level, "]")


def _enc_dict(o, out, opts, level):
    if len(o) == 0:
        out.append("{}")
        return
    sep = _open(out, opts, level, "{")
    first = True
    items = list(o.items())
    if opts.sort_keys:  # by key only: keys are distinct, so CPython's sort of the items never looks at a value
        items = sorted(items, key=lambda kv: kv[0])
    for k, v in items:
        if not _key_ok(k):
            if opts.skipkeys:
                continue
            raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")
        if first:
            first = False
        else:
            out.append(sep)
        out.append(_encode_str(_key_text(k, opts), opts))
        out.append(opts.key_sep)
        _enc(v, out, opts, level + 1)
    _close(out, opts, level, "}")


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, indent=None,
          separators=None, sort_keys=False):
    opts = _options(skipkeys, ensure_ascii, allow_nan, indent, separators, sort_keys, True)
    out = []
    _enc(obj, out, opts, 0)
    return "".join(out)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, indent=None,
         separators=None, sort_keys=False):
    opts = _options(skipkeys, ensure_ascii, allow_nan, indent, separators, sort_keys, False)
    out = []
    _enc(obj, out, opts, 0)
    for chunk in out:
        fp.write(chunk)
