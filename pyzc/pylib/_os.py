"""The part of os written in Python (compiled_modules.PYTHON_PARTS): a program's `os.walk`
is this module's walk.  The calls that ask the system are the compiler's (runtime_c/os.c,
declared in primitives/module_ops.py): os.listdir, os.mkdir, os.getcwd...

environ is a dict[str, str] made once, when a program that uses it starts, from the
process's environment; getenv reads it, as CPython's does.  Unlike CPython's, storing
into it does not change the environment of the process (a compiled program starts no
other process that would see it).  walk is a generator, as CPython's: top-down, removing
names from `dirs` while iterating prunes the walk; onerror is called with the OSError of
a folder it cannot list.
"""

import os

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"


def fspath(path):
    if isinstance(path, str):  # decided when compiling: each instance types one branch
        return path
    else:
        return path.__fspath__()


def _make_environ():
    env = {}
    for item in os._environ_list():
        key, _, value = item.partition("=")
        env[key] = value
    return env


environ = _make_environ()


def getenv(key, default=None):
    if key in environ:
        return environ[key]
    return default


def walk(top, topdown=True, onerror=None, followlinks=False):
    yield from _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    try:
        names = os.listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for n in names:
        if os.path.isdir(os.path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = os.path.join(top, d)
            if followlinks or not os.path.islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = os.path.join(top, d)
            if followlinks or not os.path.islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def makedirs(name, mode=0o777, exist_ok=False):
    _makedirs(fspath(name), mode, exist_ok)


def _makedirs(name, mode, exist_ok):
    head, tail = os.path.split(name)
    if not tail:
        head, tail = os.path.split(head)
    if head and tail and not os.path.exists(head):
        try:
            _makedirs(head, 0o777, exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        os.mkdir(name, mode)
    except OSError:
        if not exist_ok or not os.path.isdir(name):
            raise


def removedirs(name):
    os.rmdir(name)
    head, tail = os.path.split(name)
    if not tail:
        head, tail = os.path.split(head)
    while head and tail:
        try:
            os.rmdir(head)
        except OSError:
            break
        head, tail = os.path.split(head)
