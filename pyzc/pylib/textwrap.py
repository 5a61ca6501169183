"""textwrap, as CPython 3.11's: TextWrapper, wrap, fill, shorten, dedent, indent.

CPython splits text into chunks with a regular expression (TextWrapper.wordsep_re: runs
of whitespace, words, hyphenated words broken after their hyphens, em-dashes between
words); pyzc has no re module yet, so _chunks below scans for the same chunks by hand,
with re's meaning of \\w (str.isalnum() or "_") and \\d (str.isdecimal()).  dedent's and
indent's regular expressions are likewise lines scanned by hand.  The options are
CPython's keyword arguments, each typed as CPython's default is.

Not here, refused by name: the class attributes wordsep_re, wordsep_simple_re,
sentence_end_re and unicode_whitespace_trans (they are regular expressions and a table).
"""

_WHITESPACE = "\t\n\x0b\x0c\r "
_PUNCT = "!\"'&.,?"


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _is_letter(c: str) -> bool:
    return _is_word(c) and not c.isdecimal()


def _word_punct(c: str) -> bool:
    return _is_word(c) or c in _PUNCT


def _letter_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and _is_letter(text[i])


def _dashes_then_word(text: str, i: int) -> bool:
    """(?=-{2,}\\w) at i."""
    j = i
    while j < len(text) and text[j] == "-":
        j += 1
    return j - i >= 2 and j < len(text) and _is_word(text[j])


def _chunks(text: str, break_on_hyphens: bool) -> list[str]:
    """What CPython's wordsep_re (break_on_hyphens) or wordsep_simple_re splits text into."""
    out: list[str] = []
    n = len(text)
    i = 0
    while i < n:
        if text[i] in _WHITESPACE:
            j = i
            while j < n and text[j] in _WHITESPACE:
                j += 1
            out.append(text[i:j])
            i = j
            continue
        if not break_on_hyphens:
            j = i
            while j < n and text[j] not in _WHITESPACE:
                j += 1
            out.append(text[i:j])
            i = j
            continue
        if i > 0 and _word_punct(text[i - 1]) and _dashes_then_word(text, i):  # an em-dash between words
            j = i
            while text[j] == "-":
                j += 1
            out.append(text[i:j])
            i = j
            continue
        j = i + 1  # a word: the shortest run of non-space that one of the three endings follows
        while True:
            if j < n and text[j] == "-" and (_letter_at(text, j - 2) and _letter_at(text, j - 1) or
                                             _letter_at(text, j - 3) and text[j - 2] == "-" and _letter_at(text, j - 1)) \
                    and _letter_at(text, j + 1) and (_letter_at(text, j + 2) or
                                                     j + 3 < n and text[j + 2] == "-" and _letter_at(text, j + 3)):
                j += 1  # a hyphenated word, broken after its hyphen
                break
            if j == n or text[j] in _WHITESPACE:
                break
            if _word_punct(text[j - 1]) and _dashes_then_word(text, j):
                break
            j += 1
        out.append(text[i:j])
        i = j
    return out


def _sentence_end(chunk: str) -> bool:
    """CPython's sentence_end_re: [a-z][.!?]["']?\\Z"""
    k = len(chunk)
    if k >= 1 and chunk[k - 1] in "\"'":
        k -= 1
    return k >= 2 and chunk[k - 1] in ".!?" and "a" <= chunk[k - 2] <= "z"


class TextWrapper:
    def __init__(self, width: int = 70, initial_indent: str = "", subsequent_indent: str = "",
                 expand_tabs: bool = True, replace_whitespace: bool = True, fix_sentence_endings: bool = False,
                 break_long_words: bool = True, drop_whitespace: bool = True, break_on_hyphens: bool = True,
                 tabsize: int = 8, *, max_lines=None, placeholder: str = " [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text: str) -> str:
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _WHITESPACE:
                text = text.replace(c, " ")
        return text

    def _split_chunks(self, text: str) -> list[str]:
        chunks = _chunks(self._munge_whitespace(text), self.break_on_hyphens)
        if self.fix_sentence_endings:
            i = 0
            while i < len(chunks) - 1:
                if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                    chunks[i + 1] = "  "
                    i += 2
                else:
                    i += 1
        return chunks

    def _handle_long_word(self, reversed_chunks: list[str], cur_line: list[str], cur_len: int, width: int):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks: list[str]) -> list[str]:
        lines: list[str] = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        max_lines = self.max_lines
        if max_lines is not None:
            indent = self.subsequent_indent if max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line: list[str] = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                k = len(chunks[-1])
                if cur_len + k <= width:
                    cur_line.append(chunks.pop())
                    cur_len += k
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum([len(c) for c in cur_line])
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if max_lines is None:
                    fits = True
                else:
                    fits = len(lines) + 1 < max_lines or (not chunks or self.drop_whitespace and len(chunks) == 1
                                                          and not chunks[0].strip()) and cur_len <= width
                if fits:
                    lines.append(indent + "".join(cur_line))
                else:
                    placed = False
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            placed = True
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    if not placed:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def wrap(self, text: str) -> list[str]:
        return self._wrap_chunks(self._split_chunks(text))

    def fill(self, text: str) -> str:
        return "\n".join(self.wrap(text))


def wrap(text: str, width: int = 70, *, initial_indent: str = "", subsequent_indent: str = "",
         expand_tabs: bool = True, replace_whitespace: bool = True, fix_sentence_endings: bool = False,
         break_long_words: bool = True, drop_whitespace: bool = True, break_on_hyphens: bool = True,
         tabsize: int = 8, max_lines=None, placeholder: str = " [...]") -> list[str]:
    w = TextWrapper(width, initial_indent, subsequent_indent, expand_tabs, replace_whitespace, fix_sentence_endings,
                    break_long_words, drop_whitespace, break_on_hyphens, tabsize, max_lines=max_lines,
                    placeholder=placeholder)
    return w.wrap(text)


def fill(text: str, width: int = 70, *, initial_indent: str = "", subsequent_indent: str = "",
         expand_tabs: bool = True, replace_whitespace: bool = True, fix_sentence_endings: bool = False,
         break_long_words: bool = True, drop_whitespace: bool = True, break_on_hyphens: bool = True,
         tabsize: int = 8, max_lines=None, placeholder: str = " [...]") -> str:
    w = TextWrapper(width, initial_indent, subsequent_indent, expand_tabs, replace_whitespace, fix_sentence_endings,
                    break_long_words, drop_whitespace, break_on_hyphens, tabsize, max_lines=max_lines,
                    placeholder=placeholder)
    return w.fill(text)


def shorten(text: str, width: int, *, initial_indent: str = "", subsequent_indent: str = "",
            expand_tabs: bool = True, replace_whitespace: bool = True, fix_sentence_endings: bool = False,
            break_long_words: bool = True, drop_whitespace: bool = True, break_on_hyphens: bool = True,
            tabsize: int = 8, placeholder: str = " [...]") -> str:
    w = TextWrapper(width, initial_indent, subsequent_indent, expand_tabs, replace_whitespace, fix_sentence_endings,
                    break_long_words, drop_whitespace, break_on_hyphens, tabsize, max_lines=1,
                    placeholder=placeholder)
    return w.fill(" ".join(text.strip().split()))


def _lines(text: str) -> list[str]:
    """text cut after each "\\n" (the pieces keep it): the lines re.MULTILINE's ^ and $ see."""
    out: list[str] = []
    start = 0
    while True:
        k = text.find("\n", start)
        if k < 0:
            out.append(text[start:])
            return out
        out.append(text[start:k + 1])
        start = k + 1


def dedent(text: str) -> str:
    lines = _lines(text)
    margin = ""
    found = False
    for i in range(len(lines)):
        line = lines[i]
        body = line[:-1] if line.endswith("\n") else line
        if body and body.strip(" \t") == "":  # whitespace only: emptied, as CPython's ^[ \t]+$ does
            lines[i] = line[len(body):]
            continue
        stripped = body.lstrip(" \t")
        if not stripped:
            continue
        indent = body[:len(body) - len(stripped)]
        if not found:
            margin = indent
            found = True
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for k in range(min(len(margin), len(indent))):
                if margin[k] != indent[k]:
                    margin = margin[:k]
                    break
    if margin:
        for i in range(len(lines)):
            if lines[i].startswith(margin):
                lines[i] = lines[i][len(margin):]
    return "".join(lines)


def _has_text(line: str) -> bool:
    return line.strip() != ""


def indent(text: str, prefix: str, predicate=None) -> str:
    out: list[str] = []
    if predicate is None:
        for line in text.splitlines(True):
            out.append(prefix + line if _has_text(line) else line)
    else:
        for line in text.splitlines(True):
            out.append(prefix + line if predicate(line) else line)
    return "".join(out)
