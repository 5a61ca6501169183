"""pathlib.Path, as CPython 3.11's PosixPath: a path parsed into its root and its parts,
with the file-system methods as calls of os (runtime_c/os.c, file.c).

A path is its root ("", "/", or "//": POSIX keeps exactly two leading slashes) and its
parts, parsed as CPython's: empty parts and "." are dropped, ".." is kept, and a part
that is absolute starts the path again.  It prints as CPython's (`PosixPath('a/b')`),
compares and hashes by its parts, and sorts as CPython's does (by its parts' list).

Path(...) takes strs, or Paths (all of one type in one call: pyzc's `*args` is a tuple
of one type); `p / "x"`, `"x" / p` and `p / q` make new paths.  glob() takes the
patterns of the fnmatch module's `*`, `?`, `[...]` in each part (a `*` matches a leading
dot too, as CPython 3.11's), and `**` for a part (this folder and those below); iterdir() and glob() are generators, as CPython's, and
give the entries in the system's order.  resolve() makes the path absolute and
normalizes it without following symbolic links.  open() takes the text modes "r", "w"
and "a" only.  Not supported: PosixPath (a Path prints as one), PurePath, PurePosixPath, PureWindowsPath,
WindowsPath,
and the methods left out below (chmod, owner, symlink_to, rglob, samefile...).
"""

import os

__all__ = ["Path"]


def _parse(path, root, parts):
    """Adds path's parts to root and parts (a list changed in place); returns the root."""
    if path.startswith("/"):
        root = "//" if path.startswith("//") and not path.startswith("///") else "/"
        parts.clear()
    for p in path.split("/"):
        if p != "" and p != ".":
            parts.append(p)
    return root


def _match(name, pat):
    """fnmatch's matching of one name against one part of a pattern (* ? [seq] [!seq])."""
    n = len(name)
    m = len(pat)
    i = 0
    j = 0
    star_j = -1
    star_i = 0
    while i < n:
        if j < m and pat[j] == "*":
            star_j = j
            star_i = i
            j += 1
            continue
        if j < m:
            step = _match_one(name[i], pat, j)
            if step > 0:
                i += 1
                j += step
                continue
        if star_j < 0:
            return False
        star_i += 1
        i = star_i
        j = star_j + 1
    while j < m and pat[j] == "*":
        j += 1
    return j == m


def _match_one(c, pat, j):
    """How many characters of pat at j match the one character c (0: no match)."""
    p = pat[j]
    if p == "?":
        return 1
    if p == "[":
        k = j + 1
        negate = False
        if k < len(pat) and pat[k] == "!":
            negate = True
            k += 1
        start = k
        if k < len(pat) and pat[k] == "]":
            k += 1
        while k < len(pat) and pat[k] != "]":
            k += 1
        if k >= len(pat):  # no closing bracket: a literal "["
            return 1 if c == "[" else 0
        body = pat[start:k]
        found = False
        q = 0
        while q < len(body):
            if q + 2 < len(body) and body[q + 1] == "-":
                if body[q] <= c <= body[q + 2]:
                    found = True
                q += 3
            else:
                if body[q] == c:
                    found = True
                q += 1
        if found != negate:
            return k - j + 1
        return 0
    return 1 if p == c else 0


class Path:
    def __init__(self, *args):
        self._root = ""
        self._parts = []
        for a in args:
            self._root = _parse(str(a), self._root, self._parts)

    def _derive(self, root, parts):
        p = Path()
        p._root = root
        p._parts = parts
        return p

    def _key(self):
        if self._root:
            return [self._root] + self._parts
        return list(self._parts)

    def __str__(self):
        if not self._root and not self._parts:
            return "."
        return self._root + "/".join(self._parts)

    def __fspath__(self):
        return str(self)

    def __repr__(self):
        return "PosixPath(" + repr(str(self)) + ")"

    def __eq__(self, other):
        return self._key() == other._key()

    def __ne__(self, other):
        return self._key() != other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __ge__(self, other):
        return self._key() >= other._key()

    def __hash__(self):
        return hash(str(self))

    def __truediv__(self, other):
        parts = list(self._parts)
        root = _parse(str(other), self._root, parts)
        return self._derive(root, parts)

    def __rtruediv__(self, other):
        parts = []
        root = _parse(other, "", parts)
        root = _parse(str(self), root, parts)
        return self._derive(root, parts)

    def joinpath(self, *others):
        parts = list(self._parts)
        root = self._root
        for o in others:
            root = _parse(str(o), root, parts)
        return self._derive(root, parts)

    # ------------------------------------------------------------ the parts of the name
    @property
    def parts(self):
        return tuple(self._key())

    @property
    def name(self):
        if not self._parts:
            return ""
        return self._parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._derive(self._root, self._parts[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while p._parts:
            p = p.parent
            out.append(p)
        return out

    @property
    def anchor(self):
        return self._root

    @property
    def root(self):
        return self._root

    @property
    def drive(self):
        return ""

    def with_name(self, name):
        if not self._parts:
            raise ValueError(f"{self!r} has an empty name")
        if name == "" or "/" in name or name == ".":
            raise ValueError(f"Invalid name {name!r}")
        return self._derive(self._root, self._parts[:-1] + [name])

    def with_suffix(self, suffix):
        if "/" in suffix or suffix and (not suffix.startswith(".") or suffix == "."):
            raise ValueError(f"Invalid suffix {suffix!r}")
        name = self.name
        if not name:
            raise ValueError(f"{self!r} has an empty name")
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:len(name) - len(old)] + suffix
        return self._derive(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def is_absolute(self):
        return self._root != ""

    def relative_to(self, other):
        mine = self._key()
        theirs = Path(other)._key()
        n = len(theirs)
        if mine[:n] != theirs or (n == 0 and self._root):
            raise ValueError(f"{str(self)!r} is not in the subpath of {str(Path(other))!r} OR one path is "
                             "relative and the other is absolute.")
        return self._derive("", mine[n:])

    def as_posix(self):
        return str(self)

    # ------------------------------------------------------------ the file system
    @staticmethod
    def cwd():
        return Path(os.getcwd())

    @staticmethod
    def home():
        return Path(os.path.expanduser("~"))

    def absolute(self):
        if self._root:
            return self
        return Path(os.getcwd()) / self

    def resolve(self):
        return Path(os.path.abspath(str(self)))

    def expanduser(self):
        return Path(os.path.expanduser(str(self)))

    def exists(self):
        return os.path.exists(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def stat(self):
        return os.stat(str(self))

    def lstat(self):
        return os.lstat(str(self))

    def is_symlink(self):
        return os.path.islink(str(self))

    def read_text(self, encoding=None):
        with open(str(self)) as f:
            return f.read()

    def write_text(self, data, encoding=None):
        with open(str(self), "w") as f:
            return f.write(data)

    def read_bytes(self):
        with open(str(self), "rb") as f:
            return f.read()

    def write_bytes(self, data):
        with open(str(self), "wb") as f:
            return f.write(data)

    def open(self, mode="r", encoding=None):
        if mode == "w":
            return open(str(self), "w")
        if mode == "a":
            return open(str(self), "a")
        if mode != "r":
            raise ValueError(f"pyzc's Path.open() takes the modes 'r', 'w' and 'a', not {mode!r}")
        return open(str(self))

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self / name

    def glob(self, pattern):
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        if pattern.startswith("/"):
            raise NotImplementedError("Non-relative patterns are unsupported")
        pats = [p for p in pattern.split("/") if p != "" and p != "."]
        yield from _glob(self, pats, 0)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        if parents:
            os.makedirs(str(self), mode, exist_ok)
            return
        try:
            os.mkdir(str(self), mode)
        except FileExistsError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.remove(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), str(target))
        return Path(target)

    def replace(self, target):
        os.rename(str(self), str(target))
        return Path(target)

    def touch(self, exist_ok=True):
        if os.path.exists(str(self)):
            if not exist_ok:
                raise FileExistsError(f"[Errno 17] File exists: {str(self)!r}")
            return
        f = open(str(self), "a")
        f.close()


def _glob(base, pats, k):
    if k == len(pats):
        yield base
        return
    pat = pats[k]
    if pat == "**":
        for p in _below(base):
            yield from _glob(p, pats, k + 1)
        return
    last = k == len(pats) - 1
    if "*" not in pat and "?" not in pat and "[" not in pat:
        p = base / pat
        if (last and p.exists()) or p.is_dir():
            yield from _glob(p, pats, k + 1)
        return
    try:
        names = os.listdir(str(base))
    except OSError:
        return
    for name in names:
        if _match(name, pat):
            p = base / name
            if last or p.is_dir():
                yield from _glob(p, pats, k + 1)


def _below(base):
    """base and every folder below it (not through symbolic links), top-down: a pattern's **."""
    yield base
    try:
        names = os.listdir(str(base))
    except OSError:
        return
    for name in names:
        p = base / name
        if p.is_dir() and not p.is_symlink():
            yield from _below(p)

