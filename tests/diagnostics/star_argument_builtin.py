# expect: 3:16: error: unpacking with * is not supported here yet (it is in displays, in calls of the program's own functions, in print() and zip(), in other builtins' calls for a display or a global tuple, and in assignments)
def biggest(p):
    return max(*p)
print(biggest((3, 4)))
