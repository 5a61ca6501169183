"""Read a source file and parse it; every failure becomes one diagnostic."""

from __future__ import annotations

import ast
import codecs
import os
import re

from ..diagnostics import CompileError, Diagnostic, Location, SourceFile
from .fold_ints import fold_int_constants
from .set_constants import mark_frozenset_constants


def read_source(path: str) -> SourceFile:
    if os.path.isdir(path):
        raise CompileError(Diagnostic(f"{path}: is a directory, not a Python file"))
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        raise CompileError(Diagnostic(f"{path}: no such file"))
    except OSError as e:
        raise CompileError(Diagnostic(f"{path}: cannot read: {e.strerror or e}"))
    if b"\0" in data:
        raise CompileError(Diagnostic(f"{path}: source code cannot contain null bytes"))
    return SourceFile(path, decode_source(path, data))


# PEP 263: a comment on line 1 or 2 (line 2 only after a blank or comment line) declares the encoding.
_CODING = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")
_BLANK_OR_COMMENT = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)")


def declared_encoding(data: bytes) -> tuple[str | None, int]:
    """The encoding a source declares, as written, and the line that declares it (None, 0: none)."""
    for number, line in enumerate(data.splitlines(keepends=True)[:2], 1):
        m = _CODING.match(line)
        if m:
            return m.group(1).decode("ascii"), number
        if not _BLANK_OR_COMMENT.match(line):
            break
    return None, 0


def normal_encoding_name(name: str) -> str:
    """CPython's tokenizer's get_normal_name: the spellings of utf-8 and latin-1 it knows, else as written."""
    low = name[:12].lower().replace("_", "-")
    if low == "utf-8" or low.startswith("utf-8-"):
        return "utf-8"
    if low in ("latin-1", "iso-8859-1", "iso-latin-1") or low.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return name


def decode_source(path: str, data: bytes) -> str:
    """Source bytes -> text as CPython reads them: UTF-8 unless a coding comment says otherwise,
    a BOM only with UTF-8, and CPython's SyntaxError for what it refuses."""
    bom = data.startswith(codecs.BOM_UTF8)
    if bom:
        data = data[len(codecs.BOM_UTF8):]
    declared, line = declared_encoding(data)
    encoding = normal_encoding_name(declared) if declared else "utf-8"

    def problem(message: str):
        loc = Location(path, line or 1, 1)
        raise CompileError(Diagnostic(f"SyntaxError: {message}", loc, None))

    if bom and encoding != "utf-8":
        problem(f"encoding problem: {encoding} with BOM")
    if encoding != "utf-8":
        try:
            codec = codecs.lookup(encoding)
            ascii_compatible = codec.decode(b"#\n\t coding: print(1)")[0] == "#\n\t coding: print(1)"
        except (LookupError, UnicodeError, ValueError):
            ascii_compatible = False
        if not ascii_compatible:  # CPython reads the source through the codec and fails the same way
            problem(f"encoding problem: {encoding}")
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as e:
            line_no = data[:e.start].count(b"\n") + 1
            raise CompileError(Diagnostic(f"SyntaxError: (unicode error) '{encoding}' codec can't decode byte "
                                          f"0x{data[e.start]:02x} in position {e.start}: {e.reason}",
                                          Location(path, line_no, 1), None))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line_no = data[:e.start].count(b"\n") + 1
        raise CompileError(Diagnostic(f"SyntaxError: Non-UTF-8 code starting with '\\x{data[e.start]:02x}' on line "
                                      f"{line_no}, but no encoding declared (PEP 263)",
                                      Location(path, line_no, 1), None))


def parse(source: SourceFile) -> ast.Module:
    """The module's AST, its constant int expressions folded exactly (fold_ints.py), its set displays
    that CPython makes frozenset constants marked with their layout (set_constants.py)."""
    try:
        return mark_frozenset_constants(fold_int_constants(ast.parse(source.text, filename=source.path)))
    except SyntaxError as e:
        line = e.lineno or 1
        col = e.offset or 1
        loc = Location(source.path, line, col)
        text = source.line_text(line)
        raise CompileError(Diagnostic(f"SyntaxError: {e.msg}", loc, text))
    except (ValueError, RecursionError, MemoryError) as e:
        raise CompileError(Diagnostic(f"{source.path}: cannot parse: {e}"))
