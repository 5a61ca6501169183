# expect: 5:1: error: array.array.frombytes() is not supported yet
from array import array

a = array("i")
a.frombytes(b"\x00\x00\x00\x01")
print(a)
