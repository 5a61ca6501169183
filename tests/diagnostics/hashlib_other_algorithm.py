# expect: 4:7: error: hashlib.blake2b() is not supported yet
import hashlib

print(hashlib.blake2b(b"x").hexdigest())
