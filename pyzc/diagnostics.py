"""Diagnostics: the one error type of the compiler and the one place that prints it.

Every refusal, type conflict, syntax error or unreadable input becomes a
`CompileError` carrying a `Diagnostic`; the CLI prints it as

    app.py:LINE:COL: error: message
        source line
        ^

and exits with status 1.  Columns are 1-based, as CPython's own messages.

A stage that can go on after a problem (the subset check, name resolution, the names
inference meets) collects its diagnostics and raises one `CompileError` holding them
all, so that a run reports every such error of a file, in source order, up to
ERROR_LIMIT (as a C compiler's -ferror-limit).  A type conflict still ends inference:
what follows it would be guesses.

On a terminal the output is coloured as gcc's and clang's: the location bold, `error:`
bold red, `note:` bold cyan, the caret bold green.  `--color=never|always|auto` chooses;
auto colours when stderr is a terminal, unless NO_COLOR is set to a non-empty value
(no-color.org) or TERM is "dumb".
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

ERROR_LIMIT = 20  # diagnostics printed per run; the rest are counted in one closing line

BOLD, RED, CYAN, GREEN, RESET = "\033[1m", "\033[1;31m", "\033[1;36m", "\033[1;32m", "\033[0m"


def article(thing) -> str:
    """thing (a type, a name) after its indefinite article: "an int", "a str"."""
    text = str(thing)
    return ("an " if text[:1] in "aeiou" else "a ") + text


def use_color(choice: str, stream) -> bool:
    """--color=CHOICE (always, never or auto) for output written to stream."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def paint(text: str, style: str, color: bool) -> str:
    return f"{style}{text}{RESET}" if color else text


def error_prefix(where: str, color: bool = False, kind: str = "error") -> str:
    """`where: error: ` (or note:), coloured as one diagnostic line is."""
    style = RED if kind == "error" else CYAN
    return f"{paint(where + ':', BOLD, color)} {paint(kind + ':', style, color)} "


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
    # (program line, column) where SourceFile made it: orders the files of a program as the
    # linker numbered them (the main file first), whatever their names
    order: tuple[int, int] | None = None

    def render(self, color: bool = False) -> str:
        if self.location is None:
            return error_prefix("pyzc", color) + self.message
        out = [error_prefix(str(self.location), color) + self.message]
        if self.source_line is not None:
            text = self.source_line.rstrip("\n")
            out.append(f"    {text}")
            col = max(self.location.col - 1, 0)
            prefix = "".join(ch if ch == "\t" else " " for ch in text[:col])
            out.append(f"    {prefix}{paint('^', GREEN, color)}")
        for loc, note in self.notes:
            out.append(error_prefix(str(loc), color, "note") + note)
        return "\n".join(out)

    def sort_key(self) -> tuple:
        """Source order: the main file first, then the modules it imports, as the linker numbered them."""
        loc = self.location
        if loc is None:
            return (0, 0, 0)
        return (1, *(self.order or (loc.line, loc.col)))


class CompileError(Exception):
    """Raised by any stage to refuse the program; caught once, in the CLI.

    It holds one diagnostic or, from a stage that went on after its first problem, several;
    `diagnostic` is the first of them in source order."""

    def __init__(self, diagnostic: Diagnostic, *more: Diagnostic):
        super().__init__(diagnostic.message)
        self.diagnostics = [diagnostic, *more]
        self.diagnostic = diagnostic

    @staticmethod
    def of(errors: list["CompileError"]) -> "CompileError":
        """One error holding every diagnostic of errors (not empty), in source order, one per place:
        where two stages refuse the same node, the earlier stage's words are kept."""
        seen: dict[object, Diagnostic] = {}
        for e in errors:
            for d in e.diagnostics:
                seen.setdefault(d.location or d.message, d)
        ordered = sorted(seen.values(), key=Diagnostic.sort_key)
        return CompileError(*ordered)

    def render(self, color: bool = False, limit: int = ERROR_LIMIT) -> str:
        """Every diagnostic up to limit, then how many were left out, or how many there were."""
        shown = [d.render(color) for d in self.diagnostics[:limit]]
        n = len(self.diagnostics)
        if n > limit:
            shown.append(error_prefix("pyzc", color, "note") + f"{n - limit} more errors not shown "
                         f"({n} in all; pyzc shows the first {limit})")
        elif n > 1:
            shown.append(f"{n} errors")
        return "\n".join(shown)


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
        """Another file of the program; returns the offset to add to its AST's line numbers.  The same
        file added again (the front end runs again when inference asks for closures) keeps its offset,
        so that a def is at the same position in every run (frontend/closures.py position)."""
        for k, (known, _) in enumerate(self.files):
            if k > 0 and known == path and self.texts[k] == text:
                return k * LINE_STRIDE
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
        line = getattr(node, "lineno", 1) or 1
        return CompileError(Diagnostic(message, loc, self.locate(line)[2], notes or [], (line, loc.col)))
