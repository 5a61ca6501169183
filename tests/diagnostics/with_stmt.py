# expect: 5:6: error: with statements are supported only for open(...) for now
import sys


with sys.stdin as f:
    pass
