# expect: 5:5: error: function 'f' returns str here but int elsewhere; a function must return one type
def f(x):
    if x:
        return 1
    return "no"
print(f(1))
