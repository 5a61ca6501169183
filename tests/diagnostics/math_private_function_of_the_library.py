# expect: 4:7: error: math._exact_stat() is not supported yet
# pyzc's library reaches the runtime through private math functions; a program cannot
import math
print(math._exact_stat([1.0, 2.0], 0))
