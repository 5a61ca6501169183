# expect: 6:11: error: the attribute 'code' of an exception is not supported yet (its .args is)
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print(e.code)
