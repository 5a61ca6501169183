"""What `raise OSError(errno, strerror[, filename[, winerror[, filename2]]])` needs decided when compiling.

CPython's OSError_new (Objects/exceptions.c) reads two to five arguments as errno, strerror,
filename, winerror and filename2, and, called on OSError itself, makes an object of the subclass
its errnomap gives for an int errno (2 makes a FileNotFoundError).  A raise is one Raise op of one
kind (ir/build_exceptions.py), so the errno must be a constant there: an errno of an int type known
only at run time is refused, not guessed.  str(e) is "[Errno e] strerror: 'filename'" only when the
filename is not None, so a filename that may or may not be None is refused too.

A caught OSError keeps only its message: e.errno, e.strerror, e.filename and e.filename2 are read
back from it (runtime_c/os.c).  That gives CPython's values when the errno is an int (not a bool;
-1 would read back as None), the strerror a constant str in which no ": '" could be taken for the
filename's start, and the filenames strs.  Anything else is refused, not read back wrong.
"""

from __future__ import annotations

import ast

from ..exceptions import canonical, is_oserror_call, oserror_class, oserror_errno
from .model import BOOL, FLOAT, INT, NONE, NUM, STR, OptT, Type, walk_types

ERRNO_READ_BACK = range(0, 10 ** 8)  # the errnos runtime_c/os.c reads back from "[Errno N] "


def refusal(name: str, args: list[ast.expr], types: list[Type]) -> tuple[ast.expr, str] | None:
    """The argument to point at and the message, when pyzc cannot raise `name(*args)` as CPython does."""
    if not is_oserror_call(name, len(args)):
        return None
    errno = oserror_errno(args[0])
    if canonical(name) == "OSError" and errno is None and \
            any(t in (INT, BOOL, NUM) for t in walk_types(types[0])):
        return args[0], (f"{name}() with an errno that is not a constant int is not supported: CPython picks the "
                         "subclass from its value (2 makes a FileNotFoundError); write the errno as a constant or "
                         "raise the subclass itself")
    if types[0] != INT or (errno is not None and int(errno) not in ERRNO_READ_BACK):  # (True: e.errno is True)
        return args[0], f"{name}() with an errno that is not an int from 0 to 99999999 is not supported"
    kind = oserror_class(name, errno) if errno is not None else canonical(name)
    strerror = args[1]
    if not (isinstance(strerror, ast.Constant) and isinstance(strerror.value, str)) or \
            ": '" in strerror.value or ': "' in strerror.value:
        return strerror, (f"{name}() with a strerror that is not a constant str is not supported (nor one holding "
                          "\": '\"): e.strerror is read back from the message")
    for i in (2, 4):
        if i >= len(types):
            break
        if isinstance(types[i], OptT):
            return args[i], (f"{name}() with a filename that may be None is not supported: CPython's message then "
                             "depends on it (\"[Errno 2] strerror: 'name'\" or \"[Errno 2] strerror\")")
        # its characters_written (a float: CPython's TypeError, ir/build_exceptions.py)
        written = i == 2 and kind == "BlockingIOError" and types[i] in (INT, BOOL, FLOAT)
        if types[i] not in (STR, NONE) and not written:
            return args[i], f"{name}() with a filename that is not a str is not supported"
    return None
