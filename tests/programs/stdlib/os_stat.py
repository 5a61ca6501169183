# os.stat, os.lstat, Path.stat and os.path.getatime/getctime: a stat_result by name and by index.
import os
import sys
from pathlib import Path

p = os.path.join(sys.argv[1], "f.txt")
with open(p, "w") as f:
    f.write("hello")
s = os.stat(p)
print(s.st_size, s[6], len(s), s.st_mtime == os.path.getmtime(p), s.st_mtime_ns // 10**9 == s[8], s.st_nlink)
print(os.path.getatime(p) == s.st_atime, os.path.getctime(p) == s.st_ctime, s.st_mode & 0o777 == s[0] & 0o777)
print(Path(p).stat().st_size, Path(p).stat() == s, str(s) == repr(s), repr(s).startswith("os.stat_result(st_mode="))
print(os.lstat(p).st_size, os.stat(Path(p)).st_size)
try:
    os.stat(p + ".nope")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename == p + ".nope")
