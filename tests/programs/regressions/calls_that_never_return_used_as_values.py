# Calls of functions that never return (they always raise) where a value is wanted: beside strs in
# `+`, in displays, after a true or a false operand of `or`/`and` and before one, in a branch of a
# conditional expression, and through function values that may be such a function or one that
# returns. Inference gave such a call no type; pyzc typed `"k=" + fail()` as an int sum, and the C
# compiler refused the program; a function value that may be either typed the call as never made,
# so even the calls that return had no value. Found outside the fuzzer (left open in the work on
# lists never filled); its neverret shape has it now.


def fail(m):
    raise ValueError("no " + m)


def ok(m):
    return m + "!"


def pick(flag, m):
    if flag:
        return fail(m)
    return ok(m)


def concatenations(s):
    out = []
    for make in (lambda: "k=" + fail("a"), lambda: fail("b") + "=k", lambda: "a" + fail("c") + "b",
                 lambda: s * 2 + fail("d"), lambda: s + ok(s) + fail("e"), lambda: f"<{fail('f')}>",
                 lambda: "%s!" % fail("g"), lambda: str(fail("h")), lambda: fail("i").upper(),
                 lambda: "<" + pick(len(s) > 5, s) + ">", lambda: "<" + pick(len(s) < 5, s) + ">"):
        try:
            out.append(make())
        except ValueError as e:
            out.append(str(e))
    return out


def numbers(s):
    out = []
    for make in (lambda: fail("j") + 1, lambda: -fail("k"), lambda: len(fail("l")), lambda: int(fail("m")) + len(s)):
        try:
            out.append(make())
        except ValueError as e:
            out.append(len(str(e)))
    return out


def displays(s):
    out = []
    try:
        out.append([fail("n"), s])
    except ValueError as e:
        out.append([str(e)])
    try:
        d = {"a": fail("o")}
        out.append(list(d))
    except ValueError as e:
        out.append([str(e), "dict"])
    try:
        t = (fail("p"), 1)
        out.append([str(t)])
    except ValueError as e:
        out.append([str(e), "tuple"])
    return out


def conditions(s):
    out = []
    for make in (lambda: s or fail("q"), lambda: s and fail("r"), lambda: fail("s") or s,
                 lambda: s if len(s) > 1 else fail("t"), lambda: fail("u") if len(s) > 1 else s,
                 lambda: pick(len(s) > 5, s) or fail("v"), lambda: ok(s) or ok(s) or fail("w")):
        try:
            out.append(repr(make()))
        except ValueError as e:
            out.append(str(e))
    return out


def function_values(s):
    out = []
    for f in [ok, fail, ok]:
        try:
            r = "=" + f(s) + "."
            out.append(r + str(len(r)))
        except ValueError as e:
            out.append(str(e))
    g = fail
    try:
        x = g(s)
        out.append(x + "?")
    except ValueError as e:
        out.append(str(e))
    h = [ok, fail][len(s) % 2]
    try:
        out.append(h(s) + "#")
    except ValueError as e:
        out.append(str(e))
    return out


for text in ["", "ab", "xyz", "longer"]:
    print(concatenations(text))
    print(numbers(text))
    print(displays(text))
    print(conditions(text))
    print(function_values(text))
