# expect: 2:31: error: open() encoding must be "utf-8" in pyzc (other encodings are not supported yet)
f = open("data.txt", encoding="latin-1")
print(f.read())
