# e.code of sys.exit(1.5): the float; uncaught, a float code is printed and the status is 1.
import sys

try:
    sys.exit(2.5)
except SystemExit as e:
    print(e.code * 2, e.code)
try:
    sys.exit(0.1)
except SystemExit as e:
    print(e.code + 0.2)
sys.exit(1e300)
