# expect: 5:1: error: slice assignment to an array is not supported yet
from array import array

a = array("i", [1, 2])
a[0:1] = array("i", [5])
print(a)
