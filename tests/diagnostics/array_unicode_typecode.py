# expect: 4:11: error: array.array('u') is not supported yet
from array import array

a = array("u", "abc")
print(a)
