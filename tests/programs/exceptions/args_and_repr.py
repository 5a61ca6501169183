# e.args and repr(e) as CPython's BaseException keeps them: no arguments, one, several; caught by the
# class or by a builtin base; runtime-raised errors; a class with its own __repr__.
class E(Exception):
    pass


class F(ValueError):
    def __init__(self, code):
        super().__init__()
        self.code = code


class G(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.total = a + b


class Loud(Exception):
    def __repr__(self):
        return "Loud!"


def show(e):
    print(repr(e), e.args, len(e.args))


try:
    raise E()
except E as e:
    print(repr(e), e.args, str(e) == "", len(e.args))
try:
    raise E
except E as e:
    print(repr(e), e.args)
try:
    raise F(3)
except F as e:
    print(repr(e), e.args, e.code)
try:
    raise E("a", 2)
except E as e:
    print(e.args, str(e), repr(e), e.args[0])
try:
    raise G(2, 5)
except Exception as e:
    show(e)
try:
    raise F(4)
except Exception as e:
    print("as Exception:", repr(e), e.args, len(e.args))
try:
    raise E("only")
except E as e:
    print(e.args, e.args[0], len(e.args), e.args[-1], repr(e))
try:
    raise Loud("x")
except Exception as e:
    print(repr(e), str(e), e.args)
for thunk in range(4):
    try:
        if thunk == 0:
            int("nope")
        elif thunk == 1:
            {"present": 1}["missing"]
        elif thunk == 2:
            raise ValueError
        else:
            raise KeyError("k", 1)
    except (ValueError, KeyError) as e:
        show(e)
raise G(1, 1)
