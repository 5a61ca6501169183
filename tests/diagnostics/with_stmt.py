# expect: 5:6: error: with sys.stdout (which closes it at the end) is not supported
import sys


with sys.stdout as f:
    pass
