# isinstance of a value whose type is known decides the branch when compiling: one function takes
# values of several types, each instance keeping only its own branch (what pylib/json.py relies on).
def show(o):
    if isinstance(o, dict):
        return "{" + ", ".join([show(k) + ": " + show(v) for k, v in o.items()]) + "}"
    if isinstance(o, (list, tuple)):
        return "<" + " ".join([show(x) for x in o]) + ">"
    if not isinstance(o, str):
        return str(o)
    return o.upper()


def first(t):
    if len(t) > 1:
        return str(t[0]) + "+" + str(t[1])
    return str(t[0])


def describe(x):
    if isinstance(x, int):
        return "int"
    if isinstance(x, float):
        return "float"
    return "other"


print(show({"a": [1, 2], "b": [3]}))
print(show(["x", "y"]))
print(show((1.5, 2.5)))
print(show(7))
print(first((1,)), first((1, "a")), first((2, 3.5, None)))
vals = [1, 2.5, True]
print([describe(v) for v in vals])
maybe = [None, 3]
print([isinstance(m, int) for m in maybe], [isinstance(m, str) for m in maybe])
