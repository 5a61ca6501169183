"""Files: open(), input(), and the methods of a file object (runtime_c/file.c, a `PyzFile *`).

What pyzc supports is text I/O in UTF-8: open() modes "r", "w", "a" (with an
optional "t"), and binary I/O: "rb", "wb", "ab" (a BINFILE, whose read() gives
bytes and write() takes them), given as string literals so that a refused mode
("r+", "x") is reported at compile time; encoding= must be a literal naming UTF-8.
open() is a pair (its mode and keywords are checked at compile time); the
methods are table entries.  read(size) reads size characters (all with none or
a negative size); readline()/readlines() with a size are refused as "not
supported yet" (cpython_max).  sys.stdin/stdout/stderr and a
file's .name and .closed are attributes, not calls: types/files.py.
"""

from __future__ import annotations

import ast

from ..types.model import BINFILE, BOOL, BYTES, FILE, INT, NONE, STR, ClassT, ListT
from .registry import function, method, param, runtime_helper, special

OPEN_MODES = {"r": "r", "rt": "r", "tr": "r", "w": "w", "wt": "w", "tw": "w", "a": "a", "at": "a", "ta": "a"}
BINARY_MODES = {"rb": "r", "br": "r", "wb": "w", "bw": "w", "ab": "a", "ba": "a"}
UTF8_NAMES = {"utf-8", "utf8", "utf_8", "u8"}
_IO = "OSError (and its subclasses), ValueError (a closed file), UnicodeDecodeError"

method("file", "read", [param("size", INT, -1, what="argument should be integer or None, not")], STR, c="pyz_file_read_n",
       raises=True, raises_what=_IO)
for _name, _result in (("readline", STR), ("readlines", ListT(STR))):
    method("file", _name, [], _result, c=f"pyz_file_{_name}", raises=True, raises_what=_IO, cpython_max=1)
FILE_WRITE = method("file", "write", [param("s", STR, what="write() argument")], INT, c="pyz_file_write", raises=True,
                    raises_what=_IO)
method("file", "writelines", [param("lines", ListT(STR), message="writelines() of a {t} is not supported yet (a list of strs is)")],
       NONE, c="pyz_file_writelines", raises=True, raises_what=_IO)
FILE_FLUSH = method("file", "flush", [], NONE, c="pyz_file_flush", raises=True, raises_what=_IO)
FILE_CLOSE = method("file", "close", [], NONE, c="pyz_file_close", raises=True, raises_what=_IO + " (its last writes)")

function("input", [param("prompt", STR, None, message="input() prompt must be a str in pyzc, not {t}")], STR,
         c="pyz_input", raises=True, raises_what="EOFError at end of input")

# what ir/build_files.py calls for the attributes, print(file=) and `for line in f`
SYS_FILES = {name: runtime_helper(f"pyz_sys_{name}", [], FILE, raises=False) for name in ("stdin", "stdout", "stderr")}
FILE_NAME = runtime_helper("pyz_file_name", [param("f", FILE)], STR, raises=False)
FILE_CLOSED = runtime_helper("pyz_file_closed", [param("f", FILE)], BOOL, raises=False)
FILE_NEXT_LINE = runtime_helper("pyz_file_next_line", [param("f", FILE)], STR, raises=True,
                                raises_what=_IO + "; NULL at end of file")
FILE_OPEN = runtime_helper("pyz_file_open", [param("path", STR), param("mode", INT)], FILE, raises=True,
                           raises_what="OSError subclasses (FileNotFoundError, PermissionError...)")
BINARY_OPEN = runtime_helper("pyz_file_open_binary", [param("path", STR), param("mode", INT)], BINFILE, raises=True,
                             raises_what="OSError subclasses (FileNotFoundError, PermissionError...)")

# binary files: read() and read(n) give bytes, write(b) takes a bytes (or bytearray) and returns its length
method("binfile", "read", [], BYTES, c="pyz_file_read_bytes", raises=True, raises_what="OSError, ValueError (closed)")
method("binfile", "read", [param("size", INT, what="argument should be integer or None, not")], BYTES,
       c="pyz_file_read_bytes_n", raises=True, raises_what="OSError, ValueError (closed)")
method("binfile", "write", [param("buffer", BYTES, message="a bytes-like object is required, not '{t}'")], INT,
       c="pyz_file_write", raises=True, raises_what="OSError, ValueError (closed)")
method("binfile", "tell", [], INT, c="pyz_file_tell", raises=True, raises_what="ValueError (closed)")
method("binfile", "seek", [param("offset", INT, what="an integer is required, not"), param("whence", INT, 0)], INT,
       c="pyz_file_seek", raises=True, raises_what="ValueError (closed, whence), OSError (a negative position)")
method("binfile", "flush", [], NONE, c="pyz_file_flush", raises=True, raises_what=_IO)
method("binfile", "close", [], NONE, c="pyz_file_close", raises=True, raises_what=_IO + " (its last writes)")


# A file as the manager of a with statement that is not `with open(...)` (`with path.open() as f:`):
# frontend/with_open.py's protocol calls __enter__ (the file itself) and __exit__ (close; the
# exception goes on), with the exception or None as arguments, which only these pairs take.
def enter_type(inf, node, recv, rt, forms):
    inf.nargs(node, "__enter__", 0, 0)
    return rt


def enter_lower(b, node, recv, forms):
    return recv


def exit_type(inf, node, recv, rt, forms):
    for a in node.args:
        inf.expr(a)
    return BOOL


def exit_lower(b, node, recv, forms):
    b.call_primitive(FILE_CLOSE, [recv])
    return b.const(False, BOOL)


for _kind in ("file", "binfile"):
    special(_kind, "__enter__", enter_type, enter_lower, checks_arguments=True)
    special(_kind, "__exit__", exit_type, exit_lower, checks_arguments=True)


def open_mode(node: ast.Call) -> str:
    """The mode of an open(...) call that inference accepted: 'r', 'w' or 'a' (binary or not)."""
    mode = node.args[1] if len(node.args) > 1 else next((kw.value for kw in node.keywords if kw.arg == "mode"), None)
    if mode is None:
        return "r"
    assert isinstance(mode, ast.Constant) and isinstance(mode.value, str), "open_type accepts a literal mode only"
    return OPEN_MODES.get(mode.value) or BINARY_MODES[mode.value]


def fspath(inf, node, path):
    """open(p) of an object whose class defines __fspath__ (a pathlib.Path) opens p.__fspath__(), as
    CPython's does (and so do os's functions: types/primitive_call.py): the call is written into the
    tree in place of the argument, where lowering finds it too."""
    t = inf.expr(path)
    if not (isinstance(t, ClassT) and inf.has_method(t.name, "__fspath__")):
        return path
    call = ast.copy_location(ast.Call(func=ast.copy_location(ast.Attribute(value=path, attr="__fspath__", ctx=ast.Load()),
                                                             path), args=[], keywords=[]), path)
    for i, a in enumerate(node.args):
        if a is path:
            node.args[i] = call
    for kw in node.keywords:
        if kw.value is path:
            kw.value = call
    return call


def open_type(inf, node, recv, rt, forms):
    for kw in node.keywords:
        if kw.arg in ("buffering", "errors", "closefd", "opener"):
            raise inf.source.error(kw, f"open() {kw.arg}= is not supported yet")
        if kw.arg == "newline" and newline_of(kw.value) is False:
            raise inf.source.error(kw.value, "open() newline= is supported as None, \"\" or \"\\n\" (a constant)")
    inf.no_keywords(node, "open", ("mode", "encoding", "file", "newline"))
    inf.nargs(node, "open", 0, 2)
    kws = {kw.arg: kw.value for kw in node.keywords}
    path = node.args[0] if node.args else kws.get("file")
    if path is None:
        raise inf.source.error(node, "open() missing required argument 'file' (pos 1)")
    if node.args and "file" in kws:
        raise inf.source.error(kws["file"], "argument for open() given by name ('file') and position (1)")
    path = fspath(inf, node, path)
    inf.expect(path, STR, "open() path")
    mode = node.args[1] if len(node.args) > 1 else kws.get("mode")
    if mode is not None:
        inf.expr(mode)
        if not (isinstance(mode, ast.Constant) and isinstance(mode.value, str)):
            raise inf.source.error(mode, "open() mode must be a string literal in pyzc (\"r\", \"w\" or \"a\")")
        if mode.value not in OPEN_MODES and mode.value not in BINARY_MODES:
            raise inf.source.error(mode, f"open() mode {mode.value!r} is not supported yet (supported: 'r', 'w', 'a', 'rb', 'wb', 'ab')")
    enc = kws.get("encoding")
    if enc is not None:
        inf.expr(enc)
        if not (isinstance(enc, ast.Constant) and isinstance(enc.value, str)
                and enc.value.lower().replace("-", "_") in {n.replace("-", "_") for n in UTF8_NAMES}):
            raise inf.source.error(enc, "open() encoding must be \"utf-8\" in pyzc (other encodings are not supported yet)")
    if mode is not None and mode.value in BINARY_MODES:
        if enc is not None:
            raise inf.source.error(enc, "binary mode doesn't take an encoding argument")
        if "newline" in kws:
            raise inf.source.error(kws["newline"], "binary mode doesn't take a newline argument")
        return BINFILE
    return FILE


def newline_of(value: ast.expr) -> str | None | bool:
    """open()'s newline= when it is one pyzc takes (None, "" or "\n"), else False.  Writing, all three
    write "\n" as it is on a POSIX system; reading, "" and "\n" keep "\r" (file.c)."""
    if isinstance(value, ast.Constant) and value.value in (None, "", "\n"):
        return value.value
    return False


def open_lower(b, node, recv, forms):
    kws = {kw.arg: kw.value for kw in node.keywords}
    path = b.expr(node.args[0] if node.args else kws["file"])
    binary = b.inst.expr_types.get(id(node)) == BINFILE
    mode = open_mode(node)
    newline = newline_of(kws["newline"]) if "newline" in kws else None
    if mode == "r" and newline is not None:
        mode = "U" if newline == "" else "N"  # read lines ending at \r, \n or \r\n (or at \n only), kept as they are
    return b.call_primitive(BINARY_OPEN if binary else FILE_OPEN, [path, b.const(ord(mode), INT)])


special("builtins", "open", open_type, open_lower, checks_arguments=True)
