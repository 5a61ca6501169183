# expect: 5:32: error: FileNotFoundError() with a strerror that is not a constant str is not supported (nor one holding ": '"): e.strerror is read back from the message
import sys

try:
    raise FileNotFoundError(2, sys.argv[0], "x")
except OSError as e:
    print(e.strerror)
