"""Read a source file and parse it; every failure becomes one diagnostic."""

from __future__ import annotations

import ast
import os

from ..diagnostics import CompileError, Diagnostic, Location, SourceFile
from .fold_ints import fold_int_constants


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
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise CompileError(Diagnostic(f"{path}: not UTF-8 text (byte {e.start}: {e.reason})"))
    if text.startswith("\ufeff"):
        text = text[1:]
    return SourceFile(path, text)


def parse(source: SourceFile) -> ast.Module:
    """The module's AST, its constant int expressions folded exactly (fold_ints.py)."""
    try:
        return fold_int_constants(ast.parse(source.text, filename=source.path))
    except SyntaxError as e:
        line = e.lineno or 1
        col = e.offset or 1
        loc = Location(source.path, line, col)
        text = source.line_text(line)
        raise CompileError(Diagnostic(f"SyntaxError: {e.msg}", loc, text))
    except (ValueError, RecursionError, MemoryError) as e:
        raise CompileError(Diagnostic(f"{source.path}: cannot parse: {e}"))
