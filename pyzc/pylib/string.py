"""string, as CPython's: the character-class constants, capwords, and Template with a mapping.

Template.substitute and safe_substitute take one mapping (a dict); CPython's
keyword form (`t.substitute(who="x")`) needs **kws, which pyzc does not compile
yet.  A subclass that changes delimiter, idpattern or pattern is not supported:
the placeholders are CPython's defaults, `$$`, `$name` and `${name}` with ASCII
identifiers.  The scanner below is what CPython's regular expression matches.
"""

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s: str, sep: str = ""):
    # "" stands for CPython's None (split on whitespace, join with a space): a parameter that is
    # None or a str is not compiled yet, so capwords(s, "") splits on whitespace where CPython
    # raises ValueError: empty separator
    if sep == "":
        return " ".join([w.capitalize() for w in s.split()])
    return sep.join([w.capitalize() for w in s.split(sep)])


def _id_start(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")


def _id_char(c):
    return _id_start(c) or ("0" <= c <= "9")


def _identifier_end(text, i):
    """The end of the identifier that starts at i, or i when none does."""
    if i >= len(text) or not _id_start(text[i]):
        return i
    j = i + 1
    while j < len(text) and _id_char(text[j]):
        j += 1
    return j


def _placeholders(text):
    """Each `$` of text, as CPython's pattern matches it: (start, end, name); name is "$" for `$$`
    and "" for an invalid placeholder (end is then just past the `$`)."""
    out = []
    i = text.find("$")
    while i >= 0:
        end = _identifier_end(text, i + 1)
        close = _identifier_end(text, i + 2)
        if i + 1 < len(text) and text[i + 1] == "$":
            out.append((i, i + 2, "$"))
        elif end > i + 1:
            out.append((i, end, text[i + 1:end]))
        elif text[i + 1:i + 2] == "{" and close > i + 2 and close < len(text) and text[close] == "}":
            out.append((i, close + 1, text[i + 2:close]))
        else:
            out.append((i, i + 1, ""))
        i = text.find("$", out[-1][1])
    return out


def _invalid(text, i):
    lines = text[:i].splitlines(True)
    if not lines:
        colno = 1
        lineno = 1
    else:
        colno = i - len("".join(lines[:-1]))
        lineno = len(lines)
    raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")


class Template:
    def __init__(self, template):
        self.template = template

    def _substitute(self, mapping, safe):
        text = self.template
        out = []
        start = 0
        for i, end, name in _placeholders(text):
            out.append(text[start:i])
            start = end
            if name == "$":
                out.append("$")
            elif name == "" and not safe:
                _invalid(text, i + 1)  # where CPython's empty "invalid" group starts
            elif name == "" or (safe and name not in mapping):
                out.append(text[i:end])
            else:
                out.append(str(mapping[name]))
        out.append(text[start:])
        return "".join(out)

    def substitute(self, mapping):
        return self._substitute(mapping, False)

    def safe_substitute(self, mapping):
        return self._substitute(mapping, True)

    def is_valid(self):
        for _, _, name in _placeholders(self.template):
            if name == "":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for _, _, name in _placeholders(self.template):
            if name != "" and name != "$" and name not in ids:
                ids.append(name)
        return ids
