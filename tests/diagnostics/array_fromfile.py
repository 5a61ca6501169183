# expect: 6:5: error: array.array.fromfile() is not supported yet
from array import array

a = array("i")
with open("data.bin", "rb") as f:
    a.fromfile(f, 1)
print(a)
