# expect: 6:19: error: OSError() with an errno that is not a constant int is not supported: CPython picks the subclass from its value (2 makes a FileNotFoundError); write the errno as a constant or raise the subclass itself
import sys

code = len(sys.argv) + 1
try:
    raise OSError(code, "No such file or directory")
except OSError as e:
    print(e)
