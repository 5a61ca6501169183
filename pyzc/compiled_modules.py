"""The standard modules whose members the compiler implements itself: the one list.

A leaf module (it imports nothing of pyzc), read by the front end, which lets a
program import these (frontend/check.py, frontend/modules.py), and by the
primitive registry, which declares their functions (primitives/registry.py
`MODULES`).  A dotted name (`os.path`) makes its package importable too, but
only the submodule's members are implemented.  The standard modules pyzc writes
in Python are pylib/ instead.
"""

from __future__ import annotations

COMPILED_MODULES = ("math", "time", "sys", "os.path", "gc", "copy", "collections", "itertools", "functools",
                    "struct", "array", "hashlib", "re", "pprint", "operator", "_json", "abc", "dataclasses", "enum")
