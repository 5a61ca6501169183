# expect: 5:6: error: file.__enter__() is not supported yet
import sys


with sys.stdin as f:
    pass
