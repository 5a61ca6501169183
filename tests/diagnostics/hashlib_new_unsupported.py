# expect: 4:19: error: hashlib.new('blake2b') is not supported yet (md5, sha1, sha224, sha256, sha384 and sha512 are)
import hashlib

print(hashlib.new("blake2b", b"x").hexdigest())
