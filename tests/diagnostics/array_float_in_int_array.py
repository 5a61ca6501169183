# expect: 5:1: error: 'float' object cannot be interpreted as an integer
from array import array

a = array("i", [1, 2])
a[0] = 1.5
print(a)
