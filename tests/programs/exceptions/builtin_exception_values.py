# Builtin exceptions made as values: kept in variables and lists, printed, tested, raised later.
def check(x):
    err = None
    if x < 0:
        err = ValueError(f"negative: {x}")
    elif x > 100:
        err = OverflowError("too big", x)
    if err:
        raise err
    return x
print(check(1))
for v in (-1, 500):
    try:
        check(v)
    except (ValueError, OverflowError) as e:
        print("caught", type(e).__name__, e, repr(e), e.args)
errs = [ValueError("v"), TypeError("t"), KeyError("k"), ZeroDivisionError()]
for e in errs:
    try:
        raise e
    except (ValueError, TypeError) as x:
        print("VT", type(x).__name__, x)
    except LookupError as x:
        print("L", repr(x))
    except Exception as x:
        print("E", type(x).__name__, repr(x))
print(str(ValueError(3)), repr(IndexError("list index out of range")), str(KeyError("k")), repr(KeyError()))
print(isinstance(errs[2], LookupError), isinstance(errs[0], KeyError), [str(e) for e in errs])
def validate(rows):
    problems = []
    for i, r in enumerate(rows):
        if not r:
            problems.append(ValueError(f"row {i} empty"))
    return problems
ps = validate(["a", "", "b", ""])
print(len(ps), [str(p) for p in ps])
if ps:
    raise ps[0]
