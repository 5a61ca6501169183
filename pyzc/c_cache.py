"""The generated C of earlier builds, kept so that one program built several ways runs the front end once.

The test suite builds each of its programs up to four times: release, the debug (UBSan) sample, gcc's
ASan build (`make test-asan`, another pytest run) and the cross targets.  The C of all of them is one
text but for the build-info literal (`pyz_build_info`: target, CPU, profile), since compile_program
takes neither target nor profile.  driver.build(c_cache=folder) looks the C up here first and keeps
what it makes; the front end (parse, inference, lowering, passes, codegen: most of a debug build's
time) then runs once per program, and the other builds only substitute their build-info literal.

An entry is named by a digest of everything the C is made from, so that a stale C cannot be found:
- pyzc itself: every file of the package (its Python, templates, runtime C and header, pylib), the
  Python running it and the versions of the packages it renders and reads the header with;
- the program: its path as given (the #line directives and the build info name it) and its bytes;
- the folder it imports from (frontend/modules.py: a module is a .py file next to the program, else
  pyzc's own; a folder of that name is refused): the name and bytes of every .py file there and the
  name of every subfolder but __pycache__, so that a changed, added or removed module changes the key;
- whether the IR checker ran (PYZC_CHECK_IR): a C made without it is not taken where it is asked for.
The key and pyzc's tree are read again after the front end ran, and the C kept only when both are
unchanged (a file edited during the build, or pyzc's own since this process loaded it).  Only plain builds are kept: not pgo's (counters, a profile).

An entry is a gzipped JSON file (the C is about 100 KB, its entry about 10 KB): the C, the build-info
literal it holds, and the functions left out (the build info lists them).  Entries of another pyzc tree are removed by prune_other_trees(), which the
test suite calls once per run; the folder is the suite's (.pytest_cache), not pyzc's own cache.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import importlib.metadata
import json
import os
import shutil
import sys
import tempfile

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
VERSION = "c-cache-1"  # of the entries' format
# how templates/module.c.j2 declares the literal (not starting at pyz_: test_runtime_table.py takes a
# quoted "pyz_... in pyzc's source for a runtime function's name)
INFO_DECLARATION = "char pyz_build_info[] = "


@functools.lru_cache(maxsize=None)
def tree_digest() -> str:
    """The digest of pyzc's tree as this process first saw it (when its modules were loaded).
    Each build's entry is kept only when the tree is still that (still_current)."""
    return tree_digest_now()


def tree_digest_now() -> str:
    """A digest of every file of the pyzc package (not __pycache__), of the Python running it and of
    the versions of jinja2, pycparser and ziglang."""
    h = hashlib.sha256(VERSION.encode() + b"\0" + sys.version.encode() + b"\0")
    for dist in ("jinja2", "pycparser", "ziglang"):
        try:
            h.update(f"{dist}={importlib.metadata.version(dist)}\0".encode())
        except importlib.metadata.PackageNotFoundError:
            h.update(f"{dist}=none\0".encode())
    for dirpath, dirnames, files in os.walk(PACKAGE_DIR):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(".pyc"):
                continue
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                data = f.read()
            h.update(f"{os.path.relpath(path, PACKAGE_DIR)}\0{len(data)}\0".encode() + data)
    return h.hexdigest()[:32]


def program_digest(source_path: str, check_ir: bool) -> str:
    """The key of the C of source_path (see the module docstring)."""
    h = hashlib.sha256(f"{tree_digest()}\0{source_path}\0{os.path.abspath(source_path)}\0{int(check_ir)}\0".encode())
    with open(source_path, "rb") as f:
        data = f.read()
    h.update(f"{len(data)}\0".encode() + data)
    folder = os.path.dirname(os.path.abspath(source_path))
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name == "__pycache__":
            continue  # CPython's, made when it runs the program; importing it is refused whether it is there or not
        if os.path.isdir(path):
            h.update(f"dir\0{name}\0".encode())
        elif name.endswith(".py") and os.path.isfile(path):
            with open(path, "rb") as f:
                data = f.read()
            h.update(f"py\0{name}\0{len(data)}\0".encode() + data)
    return h.hexdigest()


def tree_folder() -> str:
    """The entries of this pyzc tree under this Python: py3.11-<digest> (make test-pythons runs the
    suite under other Pythons in the same folder)."""
    return f"py{sys.version_info[0]}.{sys.version_info[1]}-{tree_digest()}"


def still_current(source_path: str, check_ir: bool, key: str) -> bool:
    """Whether key is still that of source_path, and pyzc's tree the one this process loaded: else a
    file changed while the front end ran, and what it made may be of neither version."""
    try:
        return program_digest(source_path, check_ir) == key and tree_digest_now() == tree_digest()
    except OSError:
        return False


def entry_path(folder: str, key: str) -> str:
    return os.path.join(folder, tree_folder(), key[:40] + ".json.gz")


def lookup(folder: str, key: str) -> dict | None:
    """The entry of key: {"c": the C, "info": its build-info literal, "left_out": [[name, line, why], ...]}."""
    try:
        with gzip.open(entry_path(folder, key), "rt", encoding="utf-8") as f:
            entry = json.load(f)
    except (OSError, ValueError, EOFError):
        return None
    return entry if entry.get("key") == key else None


def store(folder: str, key: str, c_text: str, info_literal: str, left_out: list):
    """Keep an entry (written beside its place and renamed there: builds running side by side
    never read half an entry)."""
    path = entry_path(folder, key)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".", suffix=".tmp")
    os.close(fd)
    try:
        with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=3) as f:
            json.dump({"key": key, "c": c_text, "info": info_literal, "left_out": left_out}, f)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def with_build_info(c_text: str, old_literal: str, new_literal: str) -> str:
    """The C with its build-info literal replaced; it is declared once (templates/module.c.j2)."""
    old, new = INFO_DECLARATION + old_literal + ";", INFO_DECLARATION + new_literal + ";"
    if c_text.count(old) != 1:
        raise AssertionError("a cached C without its one build-info declaration")
    return c_text.replace(old, new)


def prune_other_trees(folder: str):
    """Remove the entries of every other pyzc tree under this Python (no build of this tree can find them)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    mine = tree_folder()
    for name in names:
        if name != mine and name.startswith(mine.split("-")[0] + "-"):
            shutil.rmtree(os.path.join(folder, name), ignore_errors=True)
