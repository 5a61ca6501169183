# expect: 5:7: error: printing hash objects is not supported yet
import hashlib

h = hashlib.md5()
print(h)
