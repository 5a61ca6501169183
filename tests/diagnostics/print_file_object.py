# expect: 3:7: error: printing file objects is not supported yet
f = open("data.txt")
print(f)
