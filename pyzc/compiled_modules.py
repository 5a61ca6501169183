"""The standard modules whose members the compiler implements itself: the one list.

A leaf module (it imports nothing of pyzc), read by the front end, which lets a
program import these (frontend/check.py, frontend/modules.py), and by the
primitive registry, which declares their functions (primitives/registry.py
`MODULES`).  A dotted name (`os.path`) makes its package importable too, but
only the submodule's members are implemented.  The standard modules pyzc writes
in Python are pylib/ instead.

A compiled module may have a Python part (PYTHON_PARTS): a private module of pylib/
(`_os.py` for os) whose top-level names are members of the compiled module.  The front end
splices the part where the module is imported, when the importing file names one of them
(frontend/modules.py), and `os.walk` becomes the part's `walk`; the rest of `os` stays
the compiler's.  So what is best written in Python (os.walk, os.makedirs, posixpath's
string functions, time.struct_time) is, and a program that uses none of it gets none of it.
"""

from __future__ import annotations

COMPILED_MODULES = ("math", "time", "sys", "os", "os.path", "gc", "copy", "collections", "itertools", "functools",
                    "struct", "array", "hashlib", "re", "pprint", "operator", "_json", "abc", "dataclasses", "enum")

PYTHON_PARTS = {"os": "_os", "os.path": "_os_path", "time": "_time"}
