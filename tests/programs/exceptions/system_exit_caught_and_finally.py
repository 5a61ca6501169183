# sys.exit() raises SystemExit: except SystemExit / BaseException catch it, finally
# clauses run, `except Exception` does not catch it; other builtin classes too.
import sys


def check(n):
    if n > 2:
        return n * 2
    sys.exit("too small: " + str(n))


def run(code):
    try:
        sys.exit(code)
    except SystemExit as e:
        print("caught", repr(e), e.args)
    finally:
        print("finally ran")


run(3)
run("bye")
try:
    check(1)
except SystemExit as e:
    print("exit with", e)
try:
    sys.exit()
except BaseException as e:
    print("base", repr(e))
try:
    try:
        raise SystemExit(4)
    except Exception:
        print("not an Exception")
except SystemExit:
    print("SystemExit is not an Exception")
try:
    raise NotImplementedError("later")
except RuntimeError as e:
    print("runtime", e)
for cls_test in range(3):
    try:
        if cls_test == 0:
            raise SyntaxError("bad syntax")
        elif cls_test == 1:
            raise DeprecationWarning("old")
        else:
            raise ConnectionResetError("reset")
    except SyntaxError as e:
        print("syntax", e)
    except Warning as e:
        print("warning", e)
    except OSError as e:
        print("os", e)
print(check(5))
try:
    print("in try")
    sys.exit(7)
finally:
    print("cleanup")
print("not reached")
