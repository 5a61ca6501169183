# e.code of a SystemExit raised with a message: the str; uncaught, it is printed on stderr (status 1).
import sys


def run(args):
    if not args:
        sys.exit("usage: run FILE")
    return len(args)


try:
    run([])
except SystemExit as e:
    print(e.code, len(e.code), e.code.upper())
try:
    raise SystemExit("stop " + "now")
except SystemExit as e:
    msg = e.code
    print(msg, msg == "stop now")
print(run(["a"]))
run([])
