# A Path's read_text of a missing file, uncaught: FileNotFoundError as CPython prints it.
from pathlib import Path

print(Path("no-such-dir-pyzc") / "x.txt")
Path("no-such-dir-pyzc/x.txt").read_text()
