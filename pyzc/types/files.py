"""Type rules for files and the command line: sys.stdin/stdout/stderr, a file's .name
and .closed (open(), input(), the file methods and os.path are declared in
primitives/: file_ops.py, module_ops.py; print(file=...) in builtin_ops.py).

Free functions of the `Inferencer` (types/infer.py), not a mixin.  A file object has the type
FILE (model.py), a `PyzFile *` in C (runtime_c/file.c); sys.stdin, sys.stdout
and sys.stderr are values of that type too.  A file is not printable or
comparable (CPython's repr names a memory address), and cannot be None.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from .model import BOOL, STR, Type

if TYPE_CHECKING:
    from .infer import Inferencer

def is_os_path(inf: Inferencer, node: ast.expr) -> bool:
    """node is `os.path` (the module os imported, not shadowed)."""
    return (isinstance(node, ast.Attribute) and node.attr == "path" and isinstance(node.value, ast.Name)
            and node.value.id == "os" and "os" in inf.program.imports and not inf.is_variable_name("os"))


def file_attr(inf: Inferencer, node: ast.Attribute) -> Type:
    if node.attr == "name":
        return STR
    if node.attr == "closed":
        return BOOL
    raise inf.source.error(node, f"file.{node.attr} is not supported yet (files have .name and .closed)")
