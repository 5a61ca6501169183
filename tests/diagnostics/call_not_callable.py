# expect: 3:7: error: 'int' object is not callable
count = 3
print(count(1))
