# expect: 2:1: error: getopt.gnu_getopt is not supported yet
from getopt import getopt, gnu_getopt
import sys

print(gnu_getopt(sys.argv[1:], "a"))
