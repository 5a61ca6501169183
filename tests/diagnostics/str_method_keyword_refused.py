# expect: 3:15: error: str.strip() takes no keyword arguments
s = " banana "
print(s.strip(chars=" "))
