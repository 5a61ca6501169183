# expect: 5:1: error: pathlib.Path.chmod is not supported yet
from pathlib import Path

p = Path("x")
p.chmod(0o644)
