# expect: 5:7: error: comparing array.array with list[int] is always False; pyzc refuses it as a likely mistake
from array import array

a = array("i", [1])
print(a == [1])
