# expect: 3:7: error: copy() missing 1 required positional argument: 'x'
from copy import copy
print(copy())
