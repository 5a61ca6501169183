# isinstance() on an exception caught as a builtin class (`except Exception as e`) tests its runtime class (fuzz seed 1006).
class AppError(Exception):
    pass


class DiskError(AppError):
    pass


class BadInput(ValueError):
    pass


def fail(k):
    if k == 0:
        raise DiskError("disk full")
    if k == 1:
        raise AppError("app")
    if k == 2:
        raise BadInput("bad input")
    if k == 3:
        raise KeyError("missing")
    return 1 // (k - 4)


for k in range(5):
    try:
        fail(k)
    except Exception as e:
        print(k, repr(str(e)), isinstance(e, DiskError), isinstance(e, AppError), isinstance(e, Exception),
              isinstance(e, ValueError), isinstance(e, BadInput), isinstance(e, LookupError),
              isinstance(e, ArithmeticError), isinstance(e, (KeyError, DiskError)))
    try:
        fail(k)
    except (AppError, ValueError) as e2:
        print(k, "narrow", isinstance(e2, DiskError), isinstance(e2, ValueError), isinstance(e2, Exception))
    except Exception:
        print(k, "other")
