# expect: 3:1: error: 'bytes' object does not support item assignment
data = b"abc"
data[0] = 65
