# pathlib.Path on the file system: mkdir, write_text/read_text, open, iterdir, glob, exists, unlink, rename.
import sys
from pathlib import Path

base = Path(sys.argv[1])
d = base / "data"
d.mkdir()
d.mkdir(exist_ok=True)
(d / "x" / "y").mkdir(parents=True)
(d / "x" / "y").mkdir(parents=True, exist_ok=True)
n = (d / "one.txt").write_text("hello\nworld\n")
print(n, (d / "one.txt").read_text().split())
(d / "two.py").write_text("print(1)\n")
(d / "x" / "three.txt").write_text("3")
(d / ".hidden.txt").write_text("h")
print(sorted(q.name for q in d.iterdir()))
print(sorted(str(q.relative_to(base)) for q in d.glob("*.txt")))
print(sorted(str(q.relative_to(base)) for q in d.glob("**/*.txt")))
print(sorted(str(q.relative_to(base)) for q in d.glob("*/*")))
print(sorted(str(q.relative_to(base)) for q in d.glob("t?o.[pq]y")))
print(sorted(str(q.relative_to(base)) for q in d.glob("x/three.txt")), list(d.glob("nothing*")))
print(sorted(str(q.relative_to(base)) for q in d.glob("**")))
print((d / "one.txt").exists(), (d / "one.txt").is_file(), d.is_dir(), (d / "nope").exists(), d.is_file())
with (d / "one.txt").open() as f:
    print(f.readline().strip())
with (d / "log.txt").open("w") as f:
    f.write("w\n")
with (d / "log.txt").open("a") as f:
    f.write("a\n")
with open(d / "log.txt") as f:
    print(f.read().split())
with open(d / "out.txt", "w") as f:
    print("via open()", file=f)
print((d / "out.txt").read_text(), end="")
(d / "log.txt").unlink()
(d / "log.txt").unlink(missing_ok=True)
print(d.resolve() == d.absolute(), d.resolve().is_absolute(), Path.cwd().is_absolute())
t = (d / "two.py").rename(d / "two.txt")
print(t.name, sorted(q.name for q in d.iterdir()))
(d / "empty").mkdir()
(d / "empty").rmdir()
(d / "touched").touch()
print((d / "touched").read_text() == "", (d / "bytes.bin").write_bytes(b"\x00\x01"), (d / "bytes.bin").read_bytes())
for what, fn in [("read missing", lambda: (d / "missing.txt").read_text()),
                ("mkdir existing", lambda: str(d.mkdir())),
                ("mkdir no parent", lambda: str((d / "p" / "q").mkdir())),
                ("unlink missing", lambda: str((d / "missing").unlink())),
                ("rmdir not empty", lambda: str(d.rmdir())),
                ("iterdir missing", lambda: str(list((d / "missing").iterdir())))]:
    try:
        fn()
    except OSError as e:
        print(what, type(e).__name__, str(e).replace(str(base), "B"))
