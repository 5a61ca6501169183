# expect: 3:7: error: bytes.hex() with a separator is not supported yet
data = b"ab"
print(data.hex(":"))
