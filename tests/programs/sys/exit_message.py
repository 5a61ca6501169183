# sys.exit with a message prints it to stderr and exits with status 1.
import sys


def validate(values):
    for v in values:
        if v < 0:
            sys.exit("negative value found: " + str(v))
        print("ok", v)


validate([3, 1, 4, -1, 5])
