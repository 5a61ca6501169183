# expect: 3:19: error: bytes.decode() with an encoding other than a constant 'utf-8', 'ascii' or 'latin-1' is not supported yet
data = b"\xff\xfe"
print(data.decode("utf-16"))
