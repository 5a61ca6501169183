# expect: 3:9: error: cannot assign int items to a slice of a list[float]
b = [1.5, 2.5]
b[1:] = [3, 4]
print(b)
