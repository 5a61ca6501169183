"""The part of os written in Python (compiled_modules.PYTHON_PARTS): a program's `os.walk`
is this module's walk.  The calls that ask the system are the compiler's (runtime_c/os.c,
declared in primitives/module_ops.py): os.listdir, os.mkdir, os.getcwd...

environ is a dict[str, str] made once, when a program that uses it starts, from the
process's environment; getenv reads it, as CPython's does.  Unlike CPython's, storing
into it does not change the environment of the process (a compiled program starts no
other process that would see it).  stat() and lstat() give a stat_result read by field
name (st_size, st_mtime, st_mtime_ns...) and by index, printed as CPython's.  walk is a generator, as CPython's: top-down, removing
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


class stat_result:
    def __init__(self):
        self._fields = (os._stat_field(0), os._stat_field(1), os._stat_field(2), os._stat_field(3),
                        os._stat_field(4), os._stat_field(5), os._stat_field(6), os._stat_field(7),
                        os._stat_field(8), os._stat_field(9))
        self.st_mode = self._fields[0]
        self.st_ino = self._fields[1]
        self.st_dev = self._fields[2]
        self.st_nlink = self._fields[3]
        self.st_uid = self._fields[4]
        self.st_gid = self._fields[5]
        self.st_size = self._fields[6]
        self.st_atime = os._stat_time(0)
        self.st_mtime = os._stat_time(1)
        self.st_ctime = os._stat_time(2)
        self.st_atime_ns = os._stat_field(10)
        self.st_mtime_ns = os._stat_field(11)
        self.st_ctime_ns = os._stat_field(12)
        self.st_blksize = os._stat_field(13)
        self.st_blocks = os._stat_field(14)
        self.st_rdev = os._stat_field(15)

    def __repr__(self):
        names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime",
                 "st_ctime")
        return "os.stat_result(" + ", ".join(names[i] + "=" + str(self._fields[i]) for i in range(10)) + ")"

    def __str__(self):
        return self.__repr__()

    def __len__(self):
        return 10

    def __getitem__(self, i):
        return self._fields[i]

    def __eq__(self, other):
        return self._fields == other._fields


def stat(path, follow_symlinks=True):
    os._stat(fspath(path), follow_symlinks)
    return stat_result()


def lstat(path):
    os._stat(fspath(path), False)
    return stat_result()


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
