# expect: 4:7: error: hashlib.sha512() is not supported yet
import hashlib

print(hashlib.sha512(b"x").hexdigest())
