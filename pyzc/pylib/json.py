"""json, as CPython 3.11's: dumps/dump of every value pyzc builds, loads/load into an annotated type.

dumps walks the value the way CPython's encoder does (json/encoder.py `_make_iterencode`):
one function `_enc` takes a value of any type, and each of its instances (one per static
type: pyzc compiles a function once per argument type) keeps only the branch for that
type, because `isinstance(o, dict)` on a value whose type is known is decided when
compiling (types/static_isinstance.py).  A number of several types, None or a value, and
an object are tested at run time, as CPython does.  An object (or a set, bytes, a deque...)
raises CPython's TypeError "Object of type X is not JSON serializable" when it is reached,
unless dumps(default=f) is given: then f(o) is encoded in its place (f is called with each
type of value that reaches it, one instance per type).

loads parses the document as CPython's scanner does (the same JSONDecodeError messages and
positions) into a flat `_Tape` (numbers in lists the collector does not scan), then
converts it into the type the program declares for the result.  A call `json.loads(s)` has no type of its own in a typed
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
        super().__init__("%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
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


def _enc(o, out, opts, level, default):
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
        _enc_list(o, out, opts, level, default)
    elif isinstance(o, tuple):
        _enc_tuple(o, out, opts, level, default)
    elif isinstance(o, dict):
        _enc_dict(o, out, opts, level, default)
    elif default is not None:  # decided when compiling: None unless dumps(default=f)
        _enc(default(o), out, opts, level, default)
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


def _enc_list(o, out, opts, level, default):
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
        _enc(x, out, opts, level + 1, default)
    _close(out, opts, level, "]")


def _enc_tuple(o, out, opts, level, default):
    # a tuple's items may have different types, so it is not iterated: each position is written out,
    # and in a tuple of known length `len(o) > 2` is decided when compiling (types/static_isinstance.py)
    if len(o) == 0:
        out.append("[]")
        return
    sep = _open(out, opts, level, "[")
    _enc(o[0], out, opts, level + 1, default)
    if len(o) > 1:
        out.append(sep)
        _enc(o[1], out, opts, level + 1, default)
    if len(o) > 2:
        out.append(sep)
        _enc(o[2], out, opts, level + 1, default)
    if len(o) > 3:
        out.append(sep)
        _enc(o[3], out, opts, level + 1, default)
    if len(o) > 4:
        out.append(sep)
        _enc(o[4], out, opts, level + 1, default)
    if len(o) > 5:
        out.append(sep)
        _enc(o[5], out, opts, level + 1, default)
    if len(o) > 6:
        out.append(sep)
        _enc(o[6], out, opts, level + 1, default)
    if len(o) > 7:
        out.append(sep)
        _enc(o[7], out, opts, level + 1, default)
    if len(o) > 8:
        out.append(sep)
        _enc(o[8], out, opts, level + 1, default)
    if len(o) > 9:
        out.append(sep)
        _enc(o[9], out, opts, level + 1, default)
    if len(o) > 10:
        out.append(sep)
        _enc(o[10], out, opts, level + 1, default)
    if len(o) > 11:
        out.append(sep)
        _enc(o[11], out, opts, level + 1, default)
    if len(o) > 12:
        out.append(sep)
        _enc(o[12], out, opts, level + 1, default)
    if len(o) > 13:
        out.append(sep)
        _enc(o[13], out, opts, level + 1, default)
    if len(o) > 14:
        out.append(sep)
        _enc(o[14], out, opts, level + 1, default)
    if len(o) > 15:
        out.append(sep)
        _enc(o[15], out, opts, level + 1, default)
    if len(o) > 16:  # only a tuple whose items share a type is this long here
        for x in o[16:]:
            out.append(sep)
            _enc(x, out, opts, level + 1, default)
    _close(out, opts, level, "]")


def _enc_dict(o, out, opts, level, default):
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
        _enc(v, out, opts, level + 1, default)
    _close(out, opts, level, "}")


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, indent=None,
          separators=None, default=None, sort_keys=False):
    opts = _options(skipkeys, ensure_ascii, allow_nan, indent, separators, sort_keys, True)
    out = []
    _enc(obj, out, opts, 0, default)
    return "".join(out)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, indent=None,
         separators=None, default=None, sort_keys=False):
    opts = _options(skipkeys, ensure_ascii, allow_nan, indent, separators, sort_keys, False)
    out = []
    _enc(obj, out, opts, 0, default)
    for chunk in out:
        fp.write(chunk)


# ---------------------------------------------------------------- decoding

_NULL = 0
_FALSE = 1
_TRUE = 2
_INT = 3
_FLOAT = 4
_STR = 5
_ARRAY = 6
_OBJECT = 7
_KINDS = ["null", "false", "true", "an int", "a float", "a string", "an array", "an object"]


class _Tape:
    """The document as CPython's scanner reads it, flat: one entry per value, in document order,
    its kind, its byte position and an int: an int's value, the index of a float in floats or of
    a str in strs, an array's count of items or an object's count of keys.  An object's entries
    are key (a _STR entry), value, key, value...  Numbers stay in lists of ints and floats,
    which the collector never scans; `at` is the converter's cursor."""

    def __init__(self):
        self.kinds = [0]
        self.kinds.clear()
        self.poss = [0]
        self.poss.clear()
        self.aux = [0]
        self.aux.clear()
        self.floats = [0.0]
        self.floats.clear()
        self.strs = [""]
        self.strs.clear()
        self.at = 0

    def add(self, kind, pos, aux):
        self.kinds.append(kind)
        self.poss.append(pos)
        self.aux.append(aux)


def _error(msg, s, b):
    """JSONDecodeError at byte offset b of s (its position is counted in characters)."""
    return JSONDecodeError(msg, s, _json._cp_index(s, b))


def _hex4(s, i):
    """The value of the 4 hex digits at byte i, or -1."""
    v = 0
    for k in range(i, i + 4):
        c = _json._byte(s, k)
        if 48 <= c <= 57:
            v = v * 16 + c - 48
        elif 97 <= c <= 102:
            v = v * 16 + c - 87
        elif 65 <= c <= 70:
            v = v * 16 + c - 55
        else:
            return -1
    return v


def _scanstring(s, end, n):
    """The str whose opening quote is at byte end - 1, and the byte after its closing quote
    (CPython's scanstring; the document is read as UTF-8 bytes, so 4 hex digits are 4 bytes)."""
    begin = end - 1
    chunks = []
    while True:
        nxt = _json._plain_end(s, end)
        c = _json._byte(s, nxt)
        if c == -1:
            raise _error("Unterminated string starting at", s, begin)
        if c < 0x20:
            raise _error("Invalid control character at", s, nxt)
        if c == 34 and not chunks:
            return _json._slice(s, end, nxt), nxt + 1
        if nxt != end:
            chunks.append(_json._slice(s, end, nxt))
        nxt += 1
        if c == 34:
            end = nxt
            break
        if nxt == n:
            raise _error("Unterminated string starting at", s, begin)
        c = _json._byte(s, nxt)
        if c != 117:  # not \u
            end = nxt + 1
            if c == 34:
                chunks.append('"')
            elif c == 92:
                chunks.append("\\")
            elif c == 47:
                chunks.append("/")
            elif c == 98:
                chunks.append("\b")
            elif c == 102:
                chunks.append("\f")
            elif c == 110:
                chunks.append("\n")
            elif c == 114:
                chunks.append("\r")
            elif c == 116:
                chunks.append("\t")
            else:
                raise _error("Invalid \\escape", s, end - 2)
        else:
            nxt += 1
            end = nxt + 4
            if end >= n:
                raise _error("Invalid \\uXXXX escape", s, nxt - 1)
            u = _hex4(s, nxt)
            if u < 0:
                raise _error("Invalid \\uXXXX escape", s, end - 5)
            if 0xD800 <= u <= 0xDBFF and end + 6 < n and _json._byte(s, end) == 92 and _json._byte(s, end + 1) == 117:
                u2 = _hex4(s, end + 2)
                if u2 < 0:
                    raise _error("Invalid \\uXXXX escape", s, end + 1)
                if 0xDC00 <= u2 <= 0xDFFF:
                    u = 0x10000 + (((u - 0xD800) << 10) | (u2 - 0xDC00))
                    end += 6
            chunks.append(chr(u))
    return "".join(chunks), end


def _scan(s, idx, n, tape):
    """Adds the value at byte idx to the tape; the byte after it (CPython's scan_once)."""
    c = _json._byte(s, idx)
    if c == 34:
        text, end = _scanstring(s, idx + 1, n)
        tape.add(_STR, idx, len(tape.strs))
        tape.strs.append(text)
        return end
    if c == 123:
        return _object(s, idx + 1, n, tape)
    if c == 91:
        return _array(s, idx + 1, n, tape)
    if c == 110 and _json._match(s, idx, "null"):
        tape.add(_NULL, idx, 0)
        return idx + 4
    if c == 116 and _json._match(s, idx, "true"):
        tape.add(_TRUE, idx, 0)
        return idx + 4
    if c == 102 and _json._match(s, idx, "false"):
        tape.add(_FALSE, idx, 0)
        return idx + 5
    if c == 78 and _json._match(s, idx, "NaN"):
        return _float(tape, idx, float("nan"), idx + 3)
    if c == 73 and _json._match(s, idx, "Infinity"):
        return _float(tape, idx, float("inf"), idx + 8)
    if c == 45 and _json._match(s, idx, "-Infinity"):
        return _float(tape, idx, -float("inf"), idx + 9)
    found = _json._number_end(s, idx)
    if found < 0:
        raise _error("Expecting value", s, idx)
    end = found // 2
    if found % 2:
        return _float(tape, idx, float(_json._slice(s, idx, end)), end)
    tape.add(_INT, idx, int(_json._slice(s, idx, end)))
    return end


def _float(tape, idx, f, end):
    tape.add(_FLOAT, idx, len(tape.floats))
    tape.floats.append(f)
    return end


def _array(s, idx, n, tape):
    slot = len(tape.kinds)
    tape.add(_ARRAY, idx - 1, 0)
    idx = _json._skip_ws(s, idx)
    if _json._byte(s, idx) == 93:
        return idx + 1
    count = 0
    while True:
        idx = _scan(s, idx, n, tape)
        count += 1
        idx = _json._skip_ws(s, idx)
        c = _json._byte(s, idx)
        if c == 93:
            tape.aux[slot] = count
            return idx + 1
        if c != 44:
            raise _error("Expecting ',' delimiter", s, idx)
        idx = _json._skip_ws(s, idx + 1)


def _object(s, idx, n, tape):
    slot = len(tape.kinds)
    tape.add(_OBJECT, idx - 1, 0)
    idx = _json._skip_ws(s, idx)
    if _json._byte(s, idx) == 125:
        return idx + 1
    count = 0
    while True:
        if _json._byte(s, idx) != 34:
            raise _error("Expecting property name enclosed in double quotes", s, idx)
        key, end = _scanstring(s, idx + 1, n)
        tape.add(_STR, idx, len(tape.strs))
        tape.strs.append(key)
        idx = _json._skip_ws(s, end)
        if _json._byte(s, idx) != 58:
            raise _error("Expecting ':' delimiter", s, idx)
        idx = _json._skip_ws(s, idx + 1)
        idx = _scan(s, idx, n, tape)
        count += 1
        idx = _json._skip_ws(s, idx)
        c = _json._byte(s, idx)
        if c == 125:
            tape.aux[slot] = count
            return idx + 1
        if c != 44:
            raise _error("Expecting ',' delimiter", s, idx)
        idx = _json._skip_ws(s, idx + 1)


def _parse(s):
    """The document's tape (CPython's JSONDecoder.decode).  Positions are byte offsets into s's UTF-8."""
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    n = _json._byte_len(s)
    tape = _Tape()
    end = _scan(s, _json._skip_ws(s, 0), n, tape)
    end = _json._skip_ws(s, end)
    if end != n:
        raise _error("Extra data", s, end)
    return tape


_doc = ""  # the document being converted, for _mismatch's position


def _mismatch(tape, i, want):
    raise TypeError(f"json: the value at char {_json._cp_index(_doc, tape.poss[i])} is {_KINDS[tape.kinds[i]]}, "
                    f"where the program's type for it is {want}")


def _conv(tape, proto):
    """The value under the cursor as a value of proto's type (see the module's docstring); the cursor
    moves past it."""
    i = tape.at
    kind = tape.kinds[i]
    if isinstance(proto, tuple):  # (None, p): None or a value of p's type
        if kind == _NULL:
            tape.at += 1
            return None
        return _conv(tape, proto[1])
    tape.at += 1
    if isinstance(proto, bool):
        if kind == _TRUE:
            return True
        if kind != _FALSE:
            _mismatch(tape, i, "bool")
        return False
    if isinstance(proto, int):
        if kind != _INT:
            _mismatch(tape, i, "int")
        return tape.aux[i]
    if isinstance(proto, float):  # a JSON int stays an int, as in CPython: a number of several types
        if kind == _INT:
            x = tape.aux[i]
        else:
            if kind != _FLOAT:
                _mismatch(tape, i, "float")
            x = tape.floats[tape.aux[i]]
        return x
    if isinstance(proto, str):
        if kind != _STR:
            _mismatch(tape, i, "str")
        return tape.strs[tape.aux[i]]
    if isinstance(proto, list):
        if kind != _ARRAY:
            _mismatch(tape, i, "list")
        p = proto[0]
        return [_conv(tape, p) for _ in range(tape.aux[i])]
    if isinstance(proto, dict):
        if kind != _OBJECT:
            _mismatch(tape, i, "dict")
        p = proto[""]
        out = {}
        for _ in range(tape.aux[i]):
            key = tape.strs[tape.aux[tape.at]]
            tape.at += 1
            out[key] = _conv(tape, p)
        return out
    raise TypeError("json: unsupported type")


def _text(s):
    # a bytes document: UTF-8 (CPython also detects UTF-16 and UTF-32, which pyzc does not decode)
    if isinstance(s, (bytes, bytearray)):
        if s.startswith(b"\xef\xbb\xbf"):
            return s[3:].decode()
        return s.decode()
    if isinstance(s, str):
        return s
    _not_a_document(s)  # decided when compiling: only this is compiled for another type
    return ""


def _not_a_document(s):
    raise TypeError(f"the JSON object must be str, bytes or bytearray, not {type(s).__name__}")


def _loads_as(s, proto):
    global _doc
    text = _text(s)
    tape = _parse(text)
    _doc = text
    return _conv(tape, proto)


def _load_as(fp, proto):
    return _loads_as(fp.read(), proto)


def loads(s):
    raise TypeError("json.loads() needs the type of its result (frontend/json_targets.py)")


def load(fp):
    raise TypeError("json.load() needs the type of its result (frontend/json_targets.py)")
