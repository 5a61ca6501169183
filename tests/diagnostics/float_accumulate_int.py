# expect: 4:5: error: 'total' is int, and total += x would make it float; a variable must keep one type (start it as float, e.g. 0.0)
total = 0
for x in [0.5, 1.5]:
    total += x
print(total)
