import sys


def main(args):
    if len(args) < 5:
        sys.exit("usage: prog FILE (got " + str(len(args)) + " arguments)")
    return 0


print("starting")
try:
    main(["a"])
finally:
    print("finally before the exit")
