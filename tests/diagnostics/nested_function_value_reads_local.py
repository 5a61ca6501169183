# expect: 6:12: error: using the nested function 'inner' as a value is not supported yet: it reads 'n', a variable of its enclosing function
def make_adder(n):
    def inner(x):
        return x + n

    return inner


print(make_adder(2)(3))
