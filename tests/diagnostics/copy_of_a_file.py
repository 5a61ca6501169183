# expect: 4:7: error: copy.copy() of a file is not supported yet
import copy
import sys
out = copy.copy(sys.stdout)
