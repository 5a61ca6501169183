"""Diagnostics: the one error type of the compiler and the one place that prints it.

Every refusal, type conflict, syntax error or unreadable input becomes a
`CompileError` carrying a `Diagnostic`; the CLI prints it as

    app.py:LINE:COL: error: message
        source line
        ^

and exits with status 1.  Columns are 1-based, as CPython's own messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Location:
    path: str
    line: int  # 1-based
    col: int  # 1-based

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"


@dataclass
class Diagnostic:
    message: str
    location: Location | None = None
    source_line: str | None = None
    notes: list[tuple[Location, str]] = field(default_factory=list)

    def render(self) -> str:
        if self.location is None:
            return f"pyzc: error: {self.message}"
        out = [f"{self.location}: error: {self.message}"]
        if self.source_line is not None:
            text = self.source_line.rstrip("\n")
            out.append(f"    {text}")
            col = max(self.location.col - 1, 0)
            prefix = "".join(ch if ch == "\t" else " " for ch in text[:col])
            out.append(f"    {prefix}^")
        for loc, note in self.notes:
            out.append(f"{loc}: note: {note}")
        return "\n".join(out)


class CompileError(Exception):
    """Raised by any stage to refuse the program; caught once, in the CLI."""

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


LINE_STRIDE = 1_000_000  # file k of a program numbers its lines from k * LINE_STRIDE


class SourceFile:
    """The program's text, kept so that any stage can point into it.

    A program may span several files (the main one and the modules it imports, which the
    front end splices into one module).  File k's AST lines are shifted by k * LINE_STRIDE,
    so a line number alone says which file a node came from; `locate` turns it back into
    (path, line) for diagnostics, tracebacks and #line directives."""

    def __init__(self, path: str, text: str):
        self.path = path
        self.text = text
        self.lines = text.splitlines()
        self.files: list[tuple[str, list[str]]] = [(path, self.lines)]
        self.texts = [text]

    def add_file(self, path: str, text: str) -> int:
        """Another file of the program; returns the offset to add to its AST's line numbers."""
        self.files.append((path, text.splitlines()))
        self.texts.append(text)
        return (len(self.files) - 1) * LINE_STRIDE

    def locate(self, line: int) -> tuple[str, int, str | None]:
        """(path, line in that file, the line's text) of a program line number."""
        k, n = divmod(line, LINE_STRIDE)
        if not 0 <= k < len(self.files):
            return self.path, line, None
        path, lines = self.files[k]
        return path, n, lines[n - 1] if 1 <= n <= len(lines) else None

    def line_text(self, line: int) -> str | None:
        return self.locate(line)[2]

    def location(self, node) -> Location:
        line = getattr(node, "lineno", 1) or 1
        col = (getattr(node, "col_offset", 0) or 0) + 1
        path, n, text = self.locate(line)
        if text is not None:
            # ast gives UTF-8 byte offsets; report a character column.
            col = len(text.encode("utf-8")[: col - 1].decode("utf-8", "replace")) + 1
        return Location(path, n, col)

    def error(self, node, message: str, notes: list[tuple[Location, str]] | None = None) -> CompileError:
        loc = self.location(node)
        return CompileError(Diagnostic(message, loc, self.locate(getattr(node, "lineno", 1) or 1)[2], notes or []))
