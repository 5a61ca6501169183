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


class _Node:
    """One JSON value as CPython's scanner reads it; kind says which field holds it."""

    def __init__(self, kind, pos):
        self.kind = kind
        self.pos = pos
        self.i = 0
        self.f = 0.0
        self.s = ""
        self.items = [self]
        self.items.clear()
        self.keys = [""]
        self.keys.clear()


def _skip(s, i, n):
    while i < n:
        c = s[i]
        if c != " " and c != "\t" and c != "\n" and c != "\r":
            break
        i += 1
    return i


def _hex4(s, i):
    """The value of the 4 hex digits at s[i:i+4], or -1."""
    v = 0
    for k in range(i, i + 4):
        c = ord(s[k])
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
    """The str whose opening quote is at end - 1, and the index after its closing quote (CPython's scanstring)."""
    begin = end - 1
    chunks = []
    while True:
        nxt = end
        c = ""
        while nxt < n:
            c = s[nxt]
            if c == '"' or c == "\\":
                break
            if ord(c) <= 0x1F:
                raise JSONDecodeError("Invalid control character at", s, nxt)
            nxt += 1
        if nxt >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if c == '"' and not chunks:
            return s[end:nxt], nxt + 1
        if nxt != end:
            chunks.append(s[end:nxt])
        nxt += 1
        if c == '"':
            end = nxt
            break
        if nxt == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[nxt]
        if c != "u":
            end = nxt + 1
            if c == '"' or c == "\\" or c == "/":
                chunks.append(c)
            elif c == "b":
                chunks.append("\b")
            elif c == "f":
                chunks.append("\f")
            elif c == "n":
                chunks.append("\n")
            elif c == "r":
                chunks.append("\r")
            elif c == "t":
                chunks.append("\t")
            else:
                raise JSONDecodeError("Invalid \\escape", s, end - 2)
        else:
            nxt += 1
            end = nxt + 4
            if end >= n:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt - 1)
            u = _hex4(s, nxt)
            if u < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end - 5)
            if 0xD800 <= u <= 0xDBFF and end + 6 < n and s[end] == "\\" and s[end + 1] == "u":
                u2 = _hex4(s, end + 2)
                if u2 < 0:
                    raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
                if 0xDC00 <= u2 <= 0xDFFF:
                    u = 0x10000 + (((u - 0xD800) << 10) | (u2 - 0xDC00))
                    end += 6
            chunks.append(chr(u))
    return "".join(chunks), end


def _is_digit(c):
    return "0" <= c <= "9"


def _number(s, start, n):
    idx = start
    if s[idx] == "-":
        idx += 1
        if idx >= n:
            raise JSONDecodeError("Expecting value", s, start)
    c = s[idx]
    if "1" <= c <= "9":
        idx += 1
        while idx < n and _is_digit(s[idx]):
            idx += 1
    elif c == "0":
        idx += 1
    else:
        raise JSONDecodeError("Expecting value", s, start)
    is_float = False
    if idx < n - 1 and s[idx] == "." and _is_digit(s[idx + 1]):
        is_float = True
        idx += 2
        while idx < n and _is_digit(s[idx]):
            idx += 1
    if idx < n - 1 and (s[idx] == "e" or s[idx] == "E"):
        e_start = idx
        idx += 1
        if idx < n - 1 and (s[idx] == "-" or s[idx] == "+"):
            idx += 1
        while idx < n and _is_digit(s[idx]):
            idx += 1
        if _is_digit(s[idx - 1]):
            is_float = True
        else:
            idx = e_start
    node = _Node(_FLOAT if is_float else _INT, start)
    if is_float:
        node.f = float(s[start:idx])
    else:
        node.i = int(s[start:idx])
    return node, idx


def _constant(kind, pos, f):
    node = _Node(kind, pos)
    node.f = f
    return node


def _scan(s, idx, n):
    """The value at idx and the index after it (CPython's scan_once)."""
    if idx >= n:
        raise JSONDecodeError("Expecting value", s, idx)
    c = s[idx]
    if c == '"':
        text, end = _scanstring(s, idx + 1, n)
        node = _Node(_STR, idx)
        node.s = text
        return node, end
    if c == "{":
        return _object(s, idx + 1, n)
    if c == "[":
        return _array(s, idx + 1, n)
    if c == "n" and s.startswith("null", idx):
        return _Node(_NULL, idx), idx + 4
    if c == "t" and s.startswith("true", idx):
        return _Node(_TRUE, idx), idx + 4
    if c == "f" and s.startswith("false", idx):
        return _Node(_FALSE, idx), idx + 5
    if c == "N" and s.startswith("NaN", idx):
        return _constant(_FLOAT, idx, float("nan")), idx + 3
    if c == "I" and s.startswith("Infinity", idx):
        return _constant(_FLOAT, idx, float("inf")), idx + 8
    if c == "-" and s.startswith("-Infinity", idx):
        return _constant(_FLOAT, idx, -float("inf")), idx + 9
    return _number(s, idx, n)


def _array(s, idx, n):
    node = _Node(_ARRAY, idx - 1)
    idx = _skip(s, idx, n)
    if idx < n and s[idx] == "]":
        return node, idx + 1
    while True:
        value, idx = _scan(s, idx, n)
        node.items.append(value)
        idx = _skip(s, idx, n)
        if idx < n and s[idx] == "]":
            return node, idx + 1
        if idx >= n or s[idx] != ",":
            raise JSONDecodeError("Expecting ',' delimiter", s, idx)
        idx = _skip(s, idx + 1, n)


def _object(s, idx, n):
    node = _Node(_OBJECT, idx - 1)
    idx = _skip(s, idx, n)
    if idx < n and s[idx] == "}":
        return node, idx + 1
    while True:
        if idx >= n or s[idx] != '"':
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, idx)
        key, idx = _scanstring(s, idx + 1, n)
        idx = _skip(s, idx, n)
        if idx >= n or s[idx] != ":":
            raise JSONDecodeError("Expecting ':' delimiter", s, idx)
        idx = _skip(s, idx + 1, n)
        value, idx = _scan(s, idx, n)
        node.keys.append(key)
        node.items.append(value)
        idx = _skip(s, idx, n)
        if idx < n and s[idx] == "}":
            return node, idx + 1
        if idx >= n or s[idx] != ",":
            raise JSONDecodeError("Expecting ',' delimiter", s, idx)
        idx = _skip(s, idx + 1, n)


def _parse(s):
    """The document's tree (CPython's JSONDecoder.decode)."""
    n = len(s)
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    node, end = _scan(s, _skip(s, 0, n), n)
    end = _skip(s, end, n)
    if end != n:
        raise JSONDecodeError("Extra data", s, end)
    return node


def _mismatch(node, want):
    raise TypeError(f"json: the value at char {node.pos} is {_KINDS[node.kind]}, where the program's type "
                    f"for it is {want}")


def _conv(node, proto):
    """The value of node as a value of proto's type (see the module's docstring)."""
    if isinstance(proto, tuple):  # (None, p): None or a value of p's type
        if node.kind == _NULL:
            return None
        return _conv(node, proto[1])
    if isinstance(proto, bool):
        if node.kind == _TRUE:
            return True
        if node.kind != _FALSE:
            _mismatch(node, "bool")
        return False
    if isinstance(proto, int):
        if node.kind != _INT:
            _mismatch(node, "int")
        return node.i
    if isinstance(proto, float):  # a JSON int stays an int, as in CPython: a number of several types
        if node.kind == _INT:
            x = node.i
        else:
            if node.kind != _FLOAT:
                _mismatch(node, "float")
            x = node.f
        return x
    if isinstance(proto, str):
        if node.kind != _STR:
            _mismatch(node, "str")
        return node.s
    if isinstance(proto, list):
        if node.kind != _ARRAY:
            _mismatch(node, "list")
        p = proto[0]
        return [_conv(item, p) for item in node.items]
    if isinstance(proto, dict):
        if node.kind != _OBJECT:
            _mismatch(node, "dict")
        p = proto[""]
        out = {}
        for k in range(len(node.keys)):
            out[node.keys[k]] = _conv(node.items[k], p)
        return out
    raise TypeError("json: unsupported type")


def _loads_as(s, proto):
    return _conv(_parse(s), proto)


def _load_as(fp, proto):
    return _conv(_parse(fp.read()), proto)


def loads(s):
    raise TypeError("json.loads() needs the type of its result (frontend/json_targets.py)")


def load(fp):
    raise TypeError("json.load() needs the type of its result (frontend/json_targets.py)")
