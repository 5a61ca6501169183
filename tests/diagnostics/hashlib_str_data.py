# expect: 4:19: error: Strings must be encoded before hashing
import hashlib

print(hashlib.md5("text").hexdigest())
