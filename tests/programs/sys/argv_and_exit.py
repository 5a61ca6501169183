# sys.argv holds the program's arguments (none here beyond the program itself); sys.exit ends it with a status.
import sys


def check(args):
    print("extra arguments:", len(args) - 1)
    for a in args[1:]:
        print("arg", a)
    return len(args) - 1


n = check(sys.argv)
print("done", n)
sys.exit(3)
print("never printed")
