# expect: 2:1: error: pathlib.PurePath is not supported yet
from pathlib import PurePath

print(PurePath("a"))
