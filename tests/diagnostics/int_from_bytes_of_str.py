# expect: 2:22: error: cannot convert 'str' object to bytes
print(int.from_bytes("ab", "big"))
