# expect: 3:7: error: math.gcd() with 3 arguments is not supported yet
import math
print(math.gcd(12, 18, 8))
