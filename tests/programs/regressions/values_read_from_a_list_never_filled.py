# Values read from a list that is never given an item (`l.pop()`, `l[0]`), where a str or a float goes:
# a branch of a conditional expression, a name that holds strs, a dict's value, a function value's
# result, a concatenation, a display (found by the fuzzer's padparts shape: pyzc's IR assigned the read's int to a str and the C
# compiler refused it; no such value is ever made, since the read raises IndexError first).


def conditionals(c):
    l = []
    out = []
    try:
        out.append(str(l.pop() if l else "e") + "|")
        out.append(l.pop() if not c else "r")
        out.append(str(l.pop() if not c else 2.5))
        out.append(l[0] + "x" if c and l else "i")
        out.append(l.pop() if c else "never")
    except IndexError as e:
        out.append("IndexError: " + str(e))
    return out


def stored(c):
    l = []
    x = "a"
    y = 1.5
    d = {"k": "v"}
    try:
        y = l.pop() if c else 2.5
        if c:
            x = l.pop()
        d["b"] = l.pop()
    except IndexError as e:
        print("IndexError", e)
    return x, y, d


def g(s: str) -> str:
    return s + "!"


def function_values(c):
    l = []
    out = []
    for name, make in [("a", lambda: "x"), ("b", lambda: g(l.pop())), ("c", lambda: l.pop().upper()),
                       ("d", lambda: l.pop() if c else "y")]:
        try:
            out.append(make())
        except IndexError as e:
            out.append(name + ": " + str(e))
    return out


def operands(c):
    l = []
    out = []
    for k in range(7):
        try:
            if k == 0:
                out.append("v" + l.pop())
            elif k == 1:
                out.append(str((l.pop() + 1) + 2))
            elif k == 2:
                out.append(str([l.pop(), "a"]))
            elif k == 3:
                out.append(str((l.pop(), "a")) + str({l.pop(), "b"}))
            elif k == 4:
                out.append(str({"a": l.pop()}) + str({l.pop(): 1.5}))
            elif k == 5:
                out.append(str([*l, l[0]]))
            else:
                out.append(l[0] + "x" if c else "i")
        except IndexError as e:
            out.append(str(k) + ": " + str(e))
    return out


for c in (True, False):
    print(operands(c))
for c in (True, False):
    print(conditionals(c), stored(c), function_values(c))
