# What an uncaught SystemExit does with its code: None and ints are the exit status
# (masked to a byte), anything else is printed on stderr with status 1.
import sys


def leave(i):
    if i == 0:
        sys.exit()
    elif i == 1:
        sys.exit(0)
    elif i == 2:
        sys.exit(3)
    elif i == 3:
        sys.exit(-1)
    elif i == 4:
        raise SystemExit(True)
    elif i == 5:
        raise SystemExit(False)
    elif i == 6:
        sys.exit("message")
    elif i == 7:
        sys.exit(2.5)
    elif i == 8:
        sys.exit(None)
    raise SystemExit(1, "two")


for i in range(10):
    try:
        leave(i)
    except SystemExit as e:
        print(i, repr(e), e.args, str(e))
print("last one escapes")
raise SystemExit(300)
