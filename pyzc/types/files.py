"""Type rules for files and the command line: sys.stdin/stdout/stderr, print(file=...),
a file's .name and .closed (open(), input(), the file methods and os.path are
declared in primitives/: file_ops.py, module_ops.py).

A mixin of the `Inferencer` (types/infer.py).  A file object has the type
FILE (model.py), a `PyzFile *` in C (runtime_c/file.c); sys.stdin, sys.stdout
and sys.stderr are values of that type too.  A file is not printable or
comparable (CPython's repr names a memory address), and cannot be None.
"""

from __future__ import annotations

import ast

from .model import BOOL, BOTTOM, FILE, STR, Type

SYS_FILES = {"stdin", "stdout", "stderr"}


class FileRules:
    def is_os_path(self, node) -> bool:
        """node is `os.path` (the module os imported, not shadowed)."""
        return (isinstance(node, ast.Attribute) and node.attr == "path" and isinstance(node.value, ast.Name)
                and node.value.id == "os" and "os" in self.program.imports and not self.is_variable_name("os"))

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
