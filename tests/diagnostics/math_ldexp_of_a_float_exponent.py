# expect: 4:23: error: Expected an int as second argument to ldexp.
import math

print(math.ldexp(1.0, 2.0))
