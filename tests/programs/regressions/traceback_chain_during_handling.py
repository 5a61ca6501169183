# An exception raised while another is handled prints both tracebacks, linked as CPython links them
def parse(text):
    try:
        int(text)
    except ValueError:
        raise RuntimeError("cannot parse " + text)
    return int(text)


def check(values):
    for v in values:
        try:
            parse(v)
        except RuntimeError:
            continue
    print("checked")


def first_or_fail(values):
    for v in values:
        try:
            return parse(v)
        except RuntimeError:
            break
    raise LookupError("no value")


check(["1", "x"])
try:
    first_or_fail(["y"])
except LookupError as e:
    print("lookup", e)
try:
    parse("z")
except RuntimeError as e:
    print("caught", e)
parse("w")
