# expect: 7:36: error: raise ... from NAME is supported when NAME is a caught exception (except E as NAME) for now
def fail(err):
    try:
        x = int("a")
    except ValueError:
        print(err)
    raise RuntimeError("bad") from err
fail("x")
