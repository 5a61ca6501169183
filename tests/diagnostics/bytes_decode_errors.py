# expect: 2:7: error: bytes.decode() with an errors argument is not supported yet
print(b"x".decode("utf-8", "ignore"))
