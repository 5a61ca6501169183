# expect: 3:11: error: can only concatenate list (not "int") to list
numbers = [1, 2]
print(sum(numbers, [0]))
