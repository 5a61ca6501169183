# expect: 3:7: error: atan2 expected 2 arguments, got 1
import math
print(math.atan2(1.0))
