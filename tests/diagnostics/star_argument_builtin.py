# expect: 3:11: error: unpacking with * is not supported here yet (it is in calls of the program's own functions, in print() and in assignments)
p = (3, 4)
print(max(*p))
