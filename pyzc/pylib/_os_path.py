"""The part of os.path written in Python (compiled_modules.PYTHON_PARTS), as CPython's
posixpath writes it: a program's `os.path.splitext` is this module's.  Each function
takes a str or an object whose class defines __fspath__ (a pathlib.Path), as CPython's
do through os.fspath.  exists, isfile, isdir, getsize, getmtime, islink, join, basename
and dirname are the compiler's (runtime_c/file.c, os.c; a Path argument is converted
by types/primitive_call.py).
"""

import os

sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"


def _fspath(path):
    if isinstance(path, str):  # decided when compiling: each instance types one branch
        return path
    else:
        return path.__fspath__()


def normcase(s):
    return s


def lexists(path):
    return os.path.exists(path) or os.path.islink(path)


def isabs(s):
    return _isabs(_fspath(s))


def _isabs(s):
    return s.startswith("/")


def split(p):
    return _split(_fspath(p))


def _split(p):
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    return _splitext(_fspath(p))


def _splitext(p):
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    return p[:0], p


def normpath(path):
    return _normpath(_fspath(path))


def _normpath(path):
    if path == "":
        return "."
    initial_slashes = 1 if path.startswith("/") else 0
    if initial_slashes and path.startswith("//") and not path.startswith("///"):
        initial_slashes = 2
    comps = path.split("/")
    new_comps = []
    for comp in comps:
        if comp == "" or comp == ".":
            continue
        if comp != ".." or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == ".."):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def abspath(path):
    return _abspath(_fspath(path))


def _abspath(path):
    if not _isabs(path):
        path = os.path.join(os.getcwd(), path)
    return _normpath(path)


def expanduser(path):
    return _expanduser(_fspath(path))


def _expanduser(path):
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i != 1:  # ~user: the password database, which pyzc does not read
        return path
    userhome = os.getenv("HOME")
    if userhome is None:
        return path
    root = "/"
    userhome = userhome.rstrip(root)
    return (userhome + path[i:]) or root


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            return s1[:i]
    return s1


def relpath(path, start="."):
    return _relpath(_fspath(path), _fspath(start))


def _relpath(path, start):
    if not path:
        raise ValueError("no path specified")
    start_list = [x for x in _abspath(start).split("/") if x]
    path_list = [x for x in _abspath(path).split("/") if x]
    i = 0
    while i < len(start_list) and i < len(path_list) and start_list[i] == path_list[i]:
        i += 1
    rel_list = [".."] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return "."
    return "/".join(rel_list)
