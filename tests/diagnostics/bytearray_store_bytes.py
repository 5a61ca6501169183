# expect: 3:1: error: 'bytes' object cannot be interpreted as an integer
buf = bytearray(2)
buf[0] = b"a"
