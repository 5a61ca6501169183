# expect: 3:20: error: sum() with a start of type list[int] is not supported (only numbers)
numbers = [1, 2]
print(sum(numbers, [0]))
