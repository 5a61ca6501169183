# expect: 7:8: error: getopt.error is not supported yet
import getopt
import sys

try:
    getopt.getopt(sys.argv[1:], "a")
except getopt.error:
    print("bad")
