name = "pyzc"
print("hello from", name)
print(len(name) * 2)
