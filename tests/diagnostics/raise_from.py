# expect: 5:36: error: raise ... from ... is not supported yet
try:
    x = int("a")
except ValueError as e:
    raise RuntimeError("bad") from e
