# expect: 3:16: error: str.encode() with an encoding other than a constant 'utf-8' is not supported yet
s = "text"
print(s.encode("utf-16"))
