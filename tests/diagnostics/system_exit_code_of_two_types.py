# expect: 10:11: error: e.code is supported when every SystemExit the program raises has one code of one type (an int, a float or a str, or none); here the codes are: int, str
import sys


def stop(n):
    sys.exit(n if n > 0 else 1)
try:
    stop(3)
except SystemExit as e:
    print(e.code)
sys.exit("done")
