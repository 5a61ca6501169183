# expect: 3:13: error: ** arguments are not supported yet
d = {"sep": "-"}
print(1, 2, **d)
