"""The builtin exception classes: the one table the compiler and the runtime share.

Each row is a class a program may name (or, for io.UnsupportedOperation, that
only the runtime raises), with its base as CPython has it.  Every stage reads
its view from here:

- the front end: which names are builtin exception classes (`PYTHON_NAMES`)
  and which of them are another class's other name (`ALIASES`: in CPython
  `IOError is OSError`);
- inference and lowering: the hierarchy, for isinstance of a user exception
  object (`chain`);
- codegen: the C kind of each class, `PYZ_EXC_<name>`;
- the runtime: the section of runtime_c/pyz.h between the GENERATED markers is
  written from this table (`python -m pyzc.exceptions` rewrites it;
  tests/test_exceptions_table.py fails when it is stale).  It is an X-macro
  list, PYZ_EXC_KINDS, from which pyz.h makes the enum of kinds and exc.c the
  names and bases, so the C cannot disagree with itself either.

SystemExit ends the program without a traceback when nobody catches it (its
code is the exit status, or printed, exc.c), and `sys.exit()` raises it.
Classes whose behaviour pyzc does not model are left out on purpose, so that
a program naming them is refused by name: KeyboardInterrupt (uncaught, CPython
ends by SIGINT), the Python-level warnings machinery's categories are plain
classes here (nothing issues warnings), and UnicodeTranslateError (its
constructor takes five arguments).
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass

from .package_data import RUNTIME_HEADER


@dataclass(frozen=True)
class BuiltinException:
    name: str  # the Python name; the C kind is PYZ_EXC_<name>
    base: str | None  # its base class (None for the root, BaseException)
    shown: str = ""  # the name a traceback prints, when it is not `name`
    builtin: bool = True  # a builtin name a program may use (False: only the runtime raises it)
    second_base: str | None = None  # a second base (CPython's io.UnsupportedOperation is also a ValueError)
    module: str = ""  # a class of a standard module (struct.error): the module, whose member `shown` names it

    @property
    def display(self) -> str:
        return self.shown or self.name


# In the order of the C enum (kind 1, 2, ...); a base before the classes derived from it.
TABLE: tuple[BuiltinException, ...] = (
    BuiltinException("BaseException", None),
    BuiltinException("SystemExit", "BaseException"),
    BuiltinException("GeneratorExit", "BaseException"),
    BuiltinException("Exception", "BaseException"),
    BuiltinException("ArithmeticError", "Exception"),
    BuiltinException("ZeroDivisionError", "ArithmeticError"),
    BuiltinException("OverflowError", "ArithmeticError"),
    BuiltinException("FloatingPointError", "ArithmeticError"),
    BuiltinException("LookupError", "Exception"),
    BuiltinException("IndexError", "LookupError"),
    BuiltinException("KeyError", "LookupError"),
    BuiltinException("ValueError", "Exception"),
    BuiltinException("UnicodeError", "ValueError"),
    BuiltinException("UnicodeDecodeError", "UnicodeError"),
    BuiltinException("UnicodeEncodeError", "UnicodeError"),
    BuiltinException("TypeError", "Exception"),
    BuiltinException("RuntimeError", "Exception"),
    BuiltinException("RecursionError", "RuntimeError"),
    BuiltinException("NotImplementedError", "RuntimeError"),
    BuiltinException("AssertionError", "Exception"),
    BuiltinException("AttributeError", "Exception"),
    BuiltinException("NameError", "Exception"),
    BuiltinException("UnboundLocalError", "NameError"),
    BuiltinException("ImportError", "Exception"),
    BuiltinException("ModuleNotFoundError", "ImportError"),
    BuiltinException("MemoryError", "Exception"),
    BuiltinException("StopIteration", "Exception"),
    BuiltinException("StopAsyncIteration", "Exception"),
    BuiltinException("SyntaxError", "Exception"),
    BuiltinException("IndentationError", "SyntaxError"),
    BuiltinException("TabError", "IndentationError"),
    BuiltinException("SystemError", "Exception"),
    BuiltinException("ReferenceError", "Exception"),
    BuiltinException("BufferError", "Exception"),
    BuiltinException("EOFError", "Exception"),
    BuiltinException("OSError", "Exception"),
    BuiltinException("FileNotFoundError", "OSError"),
    BuiltinException("FileExistsError", "OSError"),
    BuiltinException("PermissionError", "OSError"),
    BuiltinException("IsADirectoryError", "OSError"),
    BuiltinException("NotADirectoryError", "OSError"),
    BuiltinException("TimeoutError", "OSError"),
    BuiltinException("InterruptedError", "OSError"),
    BuiltinException("ConnectionError", "OSError"),
    BuiltinException("BrokenPipeError", "ConnectionError"),
    BuiltinException("ConnectionAbortedError", "ConnectionError"),
    BuiltinException("ConnectionRefusedError", "ConnectionError"),
    BuiltinException("ConnectionResetError", "ConnectionError"),
    BuiltinException("BlockingIOError", "OSError"),
    BuiltinException("ChildProcessError", "OSError"),
    BuiltinException("ProcessLookupError", "OSError"),
    BuiltinException("Warning", "Exception"),
    BuiltinException("UserWarning", "Warning"),
    BuiltinException("DeprecationWarning", "Warning"),
    BuiltinException("PendingDeprecationWarning", "Warning"),
    BuiltinException("SyntaxWarning", "Warning"),
    BuiltinException("RuntimeWarning", "Warning"),
    BuiltinException("FutureWarning", "Warning"),
    BuiltinException("ImportWarning", "Warning"),
    BuiltinException("UnicodeWarning", "Warning"),
    BuiltinException("BytesWarning", "Warning"),
    BuiltinException("ResourceWarning", "Warning"),
    BuiltinException("EncodingWarning", "Warning"),
    BuiltinException("UnsupportedOperation", "OSError", shown="io.UnsupportedOperation", builtin=False,
                     second_base="ValueError"),
    BuiltinException("StructError", "Exception", shown="struct.error", builtin=False, module="struct"),
    BuiltinException("ReError", "Exception", shown="re.error", builtin=False, module="re"),
    BuiltinException("FrozenInstanceError", "AttributeError", shown="dataclasses.FrozenInstanceError", builtin=False,
                     module="dataclasses"),
)

BY_NAME: dict[str, BuiltinException] = {e.name: e for e in TABLE}

# Other names of a class (in CPython `IOError is OSError`): the kind, the name printed, the hierarchy are its.
ALIASES: dict[str, str] = {"IOError": "OSError", "EnvironmentError": "OSError"}

# The classes of standard modules the compiler implements, by the name the front end gives a use of one
# (frontend/modules.py rewrites `struct.error` and `from struct import error` to the Name `struct.error`,
# which no Python source can spell): `struct.error` -> StructError.
MODULE_MEMBERS: dict[str, str] = {e.shown: e.name for e in TABLE if e.module}

# Every builtin exception class a program may name.
PYTHON_NAMES: tuple[str, ...] = tuple(e.name for e in TABLE if e.builtin) + tuple(ALIASES) + tuple(MODULE_MEMBERS)


# CPython's errnomap (Objects/exceptions.c, _PyExc_InitState): OSError(errno, strerror, ...) called on OSError
# itself makes an object of the subclass for errno.  Linux's numbers: every target is Linux.
ERRNO_SUBCLASSES: dict[int, str] = {
    1: "PermissionError", 2: "FileNotFoundError", 3: "ProcessLookupError", 4: "InterruptedError",
    10: "ChildProcessError", 11: "BlockingIOError", 13: "PermissionError", 17: "FileExistsError",
    20: "NotADirectoryError", 21: "IsADirectoryError", 32: "BrokenPipeError", 103: "ConnectionAbortedError",
    104: "ConnectionResetError", 108: "BrokenPipeError", 110: "TimeoutError", 111: "ConnectionRefusedError",
    114: "BlockingIOError", 115: "BlockingIOError",
}


def oserror_errno(node: ast.expr) -> int | bool | None:
    """The errno of `OSError(errno, ...)` written as a constant int (`2`, `-1`, `True`), else None."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant) \
            and type(node.operand.value) is int:
        return -node.operand.value
    if isinstance(node, ast.Constant) and isinstance(node.value, int):  # a bool too
        return node.value
    return None


def is_oserror_call(name: str, nargs: int) -> bool:
    """Whether `name(...)` with nargs arguments reads them as errno, strerror, ... (2 to 5 of them; CPython's
    oserror_parse_args): an OSError or a subclass."""
    return is_subclass(name, "OSError") and 2 <= nargs <= 5


def oserror_class(name: str, errno: int | bool) -> str:
    """The class `name(errno, strerror, ...)` makes: OSError picks a subclass by errno (a bool is the int)."""
    if canonical(name) != "OSError":
        return canonical(name)
    return ERRNO_SUBCLASSES.get(int(errno), "OSError")


def canonical(name: str) -> str:
    """The class a builtin exception name stands for (IOError -> OSError, struct.error -> StructError)."""
    return ALIASES.get(name, MODULE_MEMBERS.get(name, name))


def chain(name: str) -> list[str]:
    """name's class and every class it derives from, nearest first (second bases after the first line)."""
    out: list[str] = []
    todo = [canonical(name)]
    while todo:
        n: str | None = todo.pop(0)
        while n is not None and n not in out:
            out.append(n)
            e = BY_NAME[n]
            if e.second_base is not None:
                todo.append(e.second_base)
            n = e.base
    return out


def is_subclass(name: str, of: str) -> bool:
    """issubclass(name, of) for two builtin exception names (aliases included)."""
    return canonical(of) in chain(name)


# ---------------------------------------------------------------- the C side
HEADER = RUNTIME_HEADER
BEGIN = "/* BEGIN GENERATED exception kinds: from pyzc/exceptions.py (python -m pyzc.exceptions); do not edit */"
END = "/* END GENERATED exception kinds */"


def c_section() -> str:
    """The PYZ_EXC_KINDS X-macro, X(kind, base kind, second base kind, name printed), NONE for no base."""
    rows = []
    for e in TABLE:
        shown = e.display.replace("\\", "\\\\").replace('"', '\\"')
        rows.append(f'    X({e.name}, {e.base or "NONE"}, {e.second_base or "NONE"}, "{shown}")')
    return "\n".join([BEGIN, "#define PYZ_EXC_KINDS(X) \\", " \\\n".join(rows), END])


def header_with_section(text: str) -> str:
    """text (pyz.h) with its generated section replaced by the table's."""
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise ValueError(f"{HEADER} has no generated exception section ({BEGIN!r} ... {END!r})")
    return text[:start] + c_section() + text[end + len(END):]


def main(argv: list[str] | None = None) -> int:
    """Rewrite pyz.h's generated section from the table (--check: only say whether it is current)."""
    args = sys.argv[1:] if argv is None else argv
    with open(HEADER, encoding="utf-8") as f:
        text = f.read()
    new = header_with_section(text)
    if "--check" in args:
        print("pyz.h is current" if new == text else "pyz.h is stale: run python -m pyzc.exceptions")
        return 0 if new == text else 1
    if new != text:
        with open(HEADER, "w", encoding="utf-8") as f:
            f.write(new)
        print(f"rewrote the exception kinds in {HEADER}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
