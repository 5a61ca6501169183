# sys.exit() of a list, a dict or an object: str(code) on stderr, exit status 1.
import sys


class Code:
    def __str__(self):
        return "code object"


for v in range(3):
    try:
        if v == 0:
            sys.exit([1, 2])
        elif v == 1:
            sys.exit({"k": 1})
        else:
            sys.exit(Code())
    except SystemExit as e:
        print(str(e), len(e.args))
sys.exit(["fatal", "error"])
