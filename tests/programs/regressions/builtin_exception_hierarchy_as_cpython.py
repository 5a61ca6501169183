# The builtin exception classes as CPython has them: BaseException is a class of its own (a class
# derived from it is not an Exception, and a raised one prints as BaseException), IOError and
# EnvironmentError are OSError, UnicodeError sits between ValueError and the codec errors,
# BrokenPipeError is a ConnectionError, and io.UnsupportedOperation is also a ValueError.
import sys


class Stop(BaseException):
    pass


class DiskFull(IOError):
    pass


e = DiskFull("disk full")
print(isinstance(e, OSError), isinstance(e, IOError), isinstance(e, EnvironmentError), isinstance(e, Exception))
print(isinstance(e, ValueError), isinstance(Stop("x"), Exception), isinstance(Stop("x"), BaseException))
try:
    try:
        raise Stop("halt")
    except Exception:
        print("Stop caught as an Exception")
except BaseException as b:
    print("Stop caught as a BaseException:", b)


def classify(n):
    try:
        if n == 0:
            raise UnicodeError("bad text")
        if n == 1:
            raise TimeoutError("too slow")
        if n == 2:
            raise BrokenPipeError("pipe closed")
        if n == 3:
            raise ModuleNotFoundError("no module named x")
        if n == 4:
            raise UnboundLocalError("unbound")
        if n == 5:
            raise FileExistsError("exists")
        if n == 6:
            raise FloatingPointError("fp")
        if n == 7:
            raise NotADirectoryError("not a folder")
        raise EnvironmentError("env")
    except ValueError as e:
        return "a ValueError: " + repr(e)
    except ConnectionError as e:
        return "a ConnectionError: " + repr(e)
    except ImportError as e:
        return "an ImportError: " + repr(e)
    except NameError as e:
        return "a NameError: " + repr(e)
    except ArithmeticError as e:
        return "an ArithmeticError: " + repr(e)
    except IOError as e:
        return "an OSError: " + repr(e)


for n in range(9):
    print(n, classify(n))

with open(sys.argv[1] + "/out.txt", "w") as f:
    try:
        f.read()
    except ValueError as e:
        print("io.UnsupportedOperation is a ValueError:", e)

try:
    raise IOError("disk")
except EnvironmentError as e:
    print("IOError is EnvironmentError:", repr(e))
raise BaseException("boom")
