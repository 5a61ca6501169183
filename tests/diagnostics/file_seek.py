# expect: 3:1: error: file.seek() is not supported yet
f = open("data.txt")
f.seek(0)
