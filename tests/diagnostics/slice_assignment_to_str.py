# expect: 3:1: error: 'str' object does not support item assignment
s = "abc"
s[1:2] = "x"
