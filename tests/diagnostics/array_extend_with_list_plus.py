# expect: 5:1: error: can only extend array with array (not "list[int]")
from array import array

a = array("i", [1, 2])
a += [3]
print(a)
