# expect: 5:7: error: array.buffer_info is not supported yet
from array import array

a = array("i")
print(a.buffer_info)
