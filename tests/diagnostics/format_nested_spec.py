# expect: 3:7: error: nested replacement fields in format specs are not supported yet
w = 5
print("{:{:{}}}".format(1, w, 2))
