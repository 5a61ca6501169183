"""Type rules for files and the command line: open(), file methods, input(),
sys.stdin/stdout/stderr, print(file=...), os.path.

A mixin of the `Inferencer` (types/infer.py).  A file object has the type
FILE (model.py), a `PyzFile *` in C (runtime_c/file.c); sys.stdin, sys.stdout
and sys.stderr are values of that type too.  What pyzc supports is text I/O
in UTF-8: open() modes "r", "w", "a" (with an optional "t"), given as string
literals so that a refused mode ("rb", "r+", "x") is reported at compile
time; encoding= must be a literal naming UTF-8.  A file is not printable or
comparable (CPython's repr names a memory address), and cannot be None.
"""

from __future__ import annotations

import ast

from .model import BOOL, BOTTOM, FILE, INT, NONE, STR, ListT, Type

OPEN_MODES = {"r": "r", "rt": "r", "tr": "r", "w": "w", "wt": "w", "tw": "w", "a": "a", "at": "a", "ta": "a"}
UTF8_NAMES = {"utf-8", "utf8", "utf_8", "u8"}
SYS_FILES = {"stdin", "stdout", "stderr"}

# method: (min args, max args, result type)
FILE_METHODS = {
    "read": (0, 0, STR), "readline": (0, 0, STR), "readlines": (0, 0, ListT(STR)),
    "write": (1, 1, INT), "close": (0, 0, NONE), "flush": (0, 0, NONE),
}
OS_PATH_FUNCS = {
    # name: (min args, max args, result type)
    "exists": (1, 1, BOOL), "isfile": (1, 1, BOOL), "isdir": (1, 1, BOOL), "getsize": (1, 1, INT),
    "join": (1, 64, STR), "basename": (1, 1, STR), "dirname": (1, 1, STR),
}


def open_mode(node: ast.Call) -> str:
    """The mode of an open(...) call that inference accepted: 'r', 'w' or 'a'."""
    mode = node.args[1] if len(node.args) > 1 else next((kw.value for kw in node.keywords if kw.arg == "mode"), None)
    return "r" if mode is None else OPEN_MODES[mode.value]


class FileRules:
    def is_os_path(self, node) -> bool:
        """node is `os.path` (the module os imported, not shadowed)."""
        return (isinstance(node, ast.Attribute) and node.attr == "path" and isinstance(node.value, ast.Name)
                and node.value.id == "os" and "os" in self.program.imports and not self.is_variable_name("os"))

    def builtin_open(self, node: ast.Call) -> Type:
        for kw in node.keywords:
            if kw.arg in ("newline", "buffering", "errors", "closefd", "opener"):
                raise self.source.error(kw, f"open() {kw.arg}= is not supported yet")
        self.no_keywords(node, "open", ("mode", "encoding", "file"))
        self.nargs(node, "open", 0, 2)
        kws = {kw.arg: kw.value for kw in node.keywords}
        path = node.args[0] if node.args else kws.get("file")
        if path is None:
            raise self.source.error(node, "open() missing required argument 'file' (pos 1)")
        if node.args and "file" in kws:
            raise self.source.error(kws["file"], "argument for open() given by name ('file') and position (1)")
        self.expect(path, STR, "open() path")
        mode = node.args[1] if len(node.args) > 1 else kws.get("mode")
        if mode is not None:
            self.expr(mode)
            if not (isinstance(mode, ast.Constant) and isinstance(mode.value, str)):
                raise self.source.error(mode, "open() mode must be a string literal in pyzc (\"r\", \"w\" or \"a\")")
            if mode.value not in OPEN_MODES:
                if "b" in mode.value:
                    raise self.source.error(mode, f"binary files (mode {mode.value!r}) are not supported yet; pyzc opens text files with modes 'r', 'w' and 'a'")
                raise self.source.error(mode, f"open() mode {mode.value!r} is not supported yet (supported: 'r', 'w', 'a')")
        enc = kws.get("encoding")
        if enc is not None:
            self.expr(enc)
            if not (isinstance(enc, ast.Constant) and isinstance(enc.value, str)
                    and enc.value.lower().replace("-", "_") in {n.replace("-", "_") for n in UTF8_NAMES}):
                raise self.source.error(enc, "open() encoding must be \"utf-8\" in pyzc (other encodings are not supported yet)")
        return FILE

    def builtin_input(self, node: ast.Call) -> Type:
        self.no_keywords(node, "input")
        self.nargs(node, "input", 0, 1)
        if node.args:
            t = self.expr(node.args[0])
            if t != STR and t != BOTTOM:
                raise self.source.error(node.args[0], f"input() prompt must be a str in pyzc, not {t}")
        return STR

    def print_file_keyword(self, kw: ast.keyword):
        """print(..., file=f) and flush=: everything else is a str keyword (sep, end)."""
        if kw.arg == "file":
            t = self.expr(kw.value)
            if t != FILE and t != BOTTOM:
                raise self.source.error(kw.value, f"print() file must be a file object, not {t}")
        elif kw.arg == "flush":
            self.cond(kw.value)
        else:
            return False
        return True

    def file_attr(self, node: ast.Attribute) -> Type:
        if node.attr == "name":
            return STR
        if node.attr == "closed":
            return BOOL
        raise self.source.error(node, f"file.{node.attr} is not supported yet (files have .name and .closed)")

    def file_method(self, node: ast.Call, attr: str) -> Type:
        if attr not in FILE_METHODS:
            if attr in ("seek", "tell", "truncate", "readable", "writable", "fileno", "isatty", "writelines",
                        "__enter__", "__exit__", "detach", "reconfigure"):
                raise self.source.error(node, f"file.{attr}() is not supported yet")
            raise self.source.error(node, f"'_io.TextIOWrapper' object has no attribute '{attr}'")
        lo, hi, result = FILE_METHODS[attr]
        self.no_keywords(node, f"file.{attr}")
        if attr in ("read", "readline", "readlines") and node.args:
            raise self.source.error(node, f"file.{attr}() with a size is not supported yet")
        self.nargs(node, attr, lo, hi)
        if attr == "write":
            t = self.expr(node.args[0])
            if t != STR and t != BOTTOM:
                raise self.source.error(node.args[0], f"write() argument must be str, not {t}")
        return result

    def os_path_call(self, node: ast.Call, attr: str) -> Type:
        if attr not in OS_PATH_FUNCS:
            raise self.source.error(node, f"os.path.{attr}() is not supported yet (supported: {', '.join(sorted(OS_PATH_FUNCS))})")
        lo, hi, result = OS_PATH_FUNCS[attr]
        self.no_keywords(node, f"os.path.{attr}")
        self.nargs(node, f"os.path.{attr}", lo, hi)
        for a in node.args:
            self.expect(a, STR, f"os.path.{attr}() argument")
        return result
