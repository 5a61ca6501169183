# expect: 3:17: error: must be real number, not str
import math
print(math.sqrt("4"))
