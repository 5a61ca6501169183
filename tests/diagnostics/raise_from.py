# expect: 5:36: error: raise ... from ... is supported with None or the name of a caught exception (except E as name) for now
try:
    x = int("a")
except ValueError as e:
    raise RuntimeError("bad") from e.args
