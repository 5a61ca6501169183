"""pyzc's on-disk cache: where it is, what is in it, and how old entries go.

Location: `$PYZC_CACHE`, else `$XDG_CACHE_HOME/pyzc`, else `~/.cache/pyzc`.

Every entry is named by a digest of its content's inputs and pyzc's version,
never by the path pyzc is installed at, so two virtualenvs with the same
pyzc share the compiled runtime:

    runtime-<digest>/libpyzrt.a     the C runtime compiled for one (target, CPU, flags)
    runtime-table-*.json            the runtime's function table, parsed from pyz.h
    runtime-raises-*.json           which runtime functions can raise (a scan of the C)
    built/<digest>                  a marker: zig has built its C library for one
                                    (zig version, target, CPU, profile)

Pruning: an entry's modification time is its last use (`touch` marks it
whenever a build uses it).  Whenever a build writes a new entry, entries
unused for PRUNE_AFTER_DAYS days are removed.  `pyzc cache clean` removes
everything; `pyzc cache info` shows what is there.  zig keeps its own cache
(its C library builds) in `~/.cache/zig`; pyzc neither prunes nor cleans it.
"""

from __future__ import annotations

import os
import shutil
import time

from . import __version__

PRUNE_AFTER_DAYS = 30


def root() -> str:
    if os.environ.get("PYZC_CACHE"):
        return os.environ["PYZC_CACHE"]
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return os.path.join(xdg, "pyzc")
    return os.path.join(os.path.expanduser("~"), ".cache", "pyzc")


def version_key() -> str:
    """What every entry's digest includes besides its own inputs."""
    return f"pyzc {__version__}"


def touch(path: str):
    """Mark an entry as used now (its mtime is its last use)."""
    try:
        os.utime(path)
    except OSError:
        pass


def entries() -> list[str]:
    """The entries (files and directories) in the cache, as paths."""
    top = root()
    found = []
    try:
        names = sorted(os.listdir(top))
    except OSError:
        return []
    for name in names:
        path = os.path.join(top, name)
        if name == "built" and os.path.isdir(path):
            found += [os.path.join(path, m) for m in sorted(os.listdir(path))]
        elif not name.endswith(".tmp") and not name.startswith("."):  # work in progress
            found.append(path)
    return found


def size_of(path: str) -> int:
    if os.path.isfile(path):
        return os.path.getsize(path)
    total = 0
    for dirpath, _, files in os.walk(path):
        for f in files:
            try:
                total += os.path.getsize(os.path.join(dirpath, f))
            except OSError:
                pass
    return total


def last_use(path: str) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0


def remove(path: str):
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path, ignore_errors=True)
    else:
        try:
            os.remove(path)
        except OSError:
            pass


def prune(max_age_days: float = PRUNE_AFTER_DAYS, now: float | None = None) -> list[str]:
    """Remove the entries unused for max_age_days; returns what was removed."""
    limit = (now if now is not None else time.time()) - max_age_days * 86400
    gone = []
    for path in entries():
        if last_use(path) < limit:
            remove(path)
            gone.append(path)
    return gone


def clean() -> tuple[int, int]:
    """Remove every entry; returns (entries, bytes) removed."""
    n = size = 0
    for path in entries():
        size += size_of(path)
        remove(path)
        n += 1
    return n, size


def kind_of(path: str) -> str:
    name = os.path.basename(path)
    if os.path.basename(os.path.dirname(path)) == "built":
        return "zig C library markers"
    if name.startswith("runtime-table"):
        return "runtime function tables"
    if name.startswith("runtime-raises"):
        return "runtime raise scans"
    if name.startswith("runtime-"):
        return "compiled runtimes"
    return "other"


def info() -> str:
    """A few lines saying where the cache is and what it holds."""
    top = root()
    items = entries()
    lines = [f"cache: {top}" + ("" if os.path.isdir(top) else " (empty: not created yet)")]
    by_kind: dict[str, list[str]] = {}
    for path in items:
        by_kind.setdefault(kind_of(path), []).append(path)
    total = 0
    for kind in sorted(by_kind):
        paths = by_kind[kind]
        size = sum(size_of(p) for p in paths)
        total += size
        lines.append(f"  {kind}: {len(paths)} ({human_size(size)})")
    lines.append(f"total: {len(items)} entries, {human_size(total)}")
    if items:
        oldest = min(last_use(p) for p in items)
        days = max(0.0, (time.time() - oldest) / 86400)
        lines.append(f"least recently used: {days:.0f} days ago; entries unused for {PRUNE_AFTER_DAYS} days "
                     "are removed when a build adds a new one")
    lines.append("zig's own cache (its C library builds) is separate: ~/.cache/zig, or $ZIG_GLOBAL_CACHE_DIR")
    return "\n".join(lines)


def human_size(n: float) -> str:
    for unit in ("B", "KB", "MB"):
        if n < 1024:
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"
