# expect: 5:11: error: array.array() needs a constant typecode (a string literal) for now
from array import array

code = "i"
a = array(code, [1])
print(a)
