# expect: 3:1: error: slice assignment to a bytearray is not supported yet
buf = bytearray(b"abc")
buf[1:2] = b"x"
