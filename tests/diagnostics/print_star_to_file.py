# expect: 4:1: error: print(*items) with file= or flush= is not supported yet
import sys
xs = [1]
print(*xs, file=sys.stderr)
