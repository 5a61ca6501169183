# expect: 2:5: error: integer literal does not fit in 64 bits (pyzc ints are 64-bit)
x = 99999999999999999999
