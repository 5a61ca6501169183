# expect: 3:13: error: string argument without an encoding
n = 3
print(bytes("abc") * n)
