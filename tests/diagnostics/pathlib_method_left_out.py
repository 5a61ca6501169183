# expect: 5:7: error: pathlib.Path.stat is not supported yet
from pathlib import Path

p = Path("x")
print(p.stat().st_size)
