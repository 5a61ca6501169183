# expect: 6:11: error: the attribute 'errno' of an exception is not supported yet (its .args and, of a SystemExit, .code are)
import os
try:
    open("/nonexistent/file")
except OSError as e:
    print(e.errno)
