# expect: 4:22: error: math.dist() needs numbers, not str items
import math

print(math.dist([1], ["a"]))
