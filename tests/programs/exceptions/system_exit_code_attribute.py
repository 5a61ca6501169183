# e.code of a caught SystemExit: the code sys.exit() or SystemExit() was given, None without one.
import sys


def check(n):
    if n < 0:
        sys.exit(2)
    if n == 0:
        sys.exit()
    if n > 100:
        raise SystemExit(n - 100)
    return n


for n in [5, -1, 0, 150]:
    try:
        print(check(n))
    except SystemExit as e:
        print("exit", e.code, e.code is None, repr(e))
        if e.code is not None:
            print("status", e.code + 1)

try:
    raise SystemExit
except SystemExit as e:
    print(e.code)

try:
    int("x")
except (ValueError, SystemExit) as e:
    try:
        print(e.code)
    except AttributeError as err:
        print("AttributeError:", err)

try:
    sys.exit(None)
except BaseException as e:
    print(e.code, type(e).__name__)
sys.exit(7)
