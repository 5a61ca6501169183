# expect: 5:7: error: _hashlib.HASH.hexname is not supported yet
import hashlib

h = hashlib.sha1()
print(h.hexname)
